import { useCallback, useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { sendMessage, sendMessageToTab } from '@/lib/messaging/browser';
import type { ExtensionStatus } from '@/lib/messaging';
import type { OutcomeSummary } from '@/lib/reminders/types';
import { ReminderLists } from './ReminderLists';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/** The toolbar popup: follow-ups due (overdue, today, upcoming) and a way to open the panel on the page. */
export function App() {
  const [status, setStatus] = useState<ExtensionStatus>();
  const [summary, setSummary] = useState<OutcomeSummary>();
  const [error, setError] = useState<string>();

  const refreshStatus = useCallback(() => {
    sendMessage('getStatus').then(setStatus, (cause: unknown) => setError(String(cause)));
    sendMessage('summarizeFollowUps').then(setSummary, () => setSummary(undefined));
  }, []);
  useEffect(refreshStatus, [refreshStatus]);

  async function openPanelOnPage() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      await sendMessageToTab(tab.id, 'togglePanel');
      window.close();
    } catch {
      setError('Tactful is not active on this page.');
    }
  }

  return (
    <main className="page page--popup">
      <h1>Tactful</h1>
      {error && <p role="alert">{error}</p>}
      {status && (
        <dl data-tactful="status">
          <dt>Overdue follow-ups</dt>
          <dd data-tactful="overdue-count">{status.overdueReminders}</dd>
          <dt>Open follow-ups</dt>
          <dd data-tactful="pending-count">{status.pendingReminders}</dd>
          <dt>Templates</dt>
          <dd data-tactful="template-count">{status.templateCount}</dd>
        </dl>
      )}
      <ReminderLists onChanged={refreshStatus} />
      {summary && summary.total > 0 && (
        <p className="muted" data-tactful="follow-up-summary">
          {summary.total} follow-ups done · {percent(summary.onTimeRate)} on time · customer happy in{' '}
          {percent(summary.happyRate)} of answers
        </p>
      )}
      <div className="actions">
        <button type="button" data-tactful="open-panel" onClick={() => void openPanelOnPage()}>
          Open panel on this page
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings &amp; templates
        </button>
      </div>
      {status && <footer className="muted">v{status.version}</footer>}
    </main>
  );
}
