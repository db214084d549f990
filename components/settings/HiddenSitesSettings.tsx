import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging/browser';

/**
 * The sites where the agent hid Tactful's launcher from the panel ("Hide Tactful on …"), each with a way to
 * show it again. The panel itself, opened from the toolbar or the keyboard shortcut, offers the same.
 */
export function HiddenSitesSettings() {
  const [sites, setSites] = useState<string[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    sendMessage('getSettings').then(
      (settings) => setSites(settings.dismissedSites),
      (cause: unknown) => setError(String(cause)),
    );
  }, []);

  async function show(site: string) {
    try {
      // Fresh settings first: a tab may have hidden another site since this page loaded.
      const { dismissedSites } = await sendMessage('getSettings');
      const saved = await sendMessage('saveSettings', {
        dismissedSites: dismissedSites.filter((entry) => entry !== site),
      });
      setSites(saved.dismissedSites);
    } catch (cause) {
      setError(String(cause));
    }
  }

  return (
    <section data-tactful="hidden-sites">
      <h2>Sites where the launcher is hidden</h2>
      {error && <p role="alert">{error}</p>}
      {sites?.length === 0 && (
        <p className="muted">None. Hide it on a site from the panel's “Hide Tactful on …”.</p>
      )}
      {sites && sites.length > 0 && (
        <ul>
          {sites.map((site) => (
            <li key={site} data-tactful="hidden-site" data-site={site}>
              {site}{' '}
              <button type="button" data-tactful="show-site" onClick={() => void show(site)}>
                Show it again
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
