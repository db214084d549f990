import { useEffect, useState, type FormEvent } from 'react';
import { sendMessage } from '@/lib/messaging/browser';
import type { Settings } from '@/lib/storage';

/** The agent's own details, used to personalise replies; saved through the background. */
export function SettingsForm() {
  const [settings, setSettings] = useState<Settings>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    sendMessage('getSettings').then(setSettings, (cause: unknown) => setError(String(cause)));
  }, []);

  if (error) return <p role="alert">{error}</p>;
  if (!settings) return <p>Loading…</p>;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!settings) return;
    const { agentName, agentLanguage, shortcutTrigger } = settings;
    setSettings(await sendMessage('saveSettings', { agentName, agentLanguage, shortcutTrigger }));
    setSaved(true);
  }

  const update = (patch: Partial<Settings>) => {
    setSaved(false);
    setSettings({ ...settings, ...patch });
  };

  return (
    <form data-tactful="settings" onSubmit={(event) => void save(event)}>
      <h2>You</h2>
      <label>
        Your name (signs your replies)
        <input
          name="agentName"
          value={settings.agentName}
          onChange={(event) => update({ agentName: event.target.value })}
        />
      </label>
      <label>
        Your language (used when a customer's language has no template)
        <input
          name="agentLanguage"
          value={settings.agentLanguage}
          maxLength={8}
          onChange={(event) => update({ agentLanguage: event.target.value.trim().toLowerCase() })}
        />
      </label>
      <label>
        Shortcut trigger
        <input
          name="shortcutTrigger"
          value={settings.shortcutTrigger}
          maxLength={2}
          onChange={(event) => update({ shortcutTrigger: event.target.value })}
        />
      </label>
      <button type="submit">Save</button>
      {saved && (
        <span role="status" data-tactful="saved">
          Saved
        </span>
      )}
    </form>
  );
}
