import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessages, sendMessageToTab } from '@/lib/messaging/browser';
import { getDb } from '@/lib/storage';
import { storageHandlers } from '@/lib/storage/browser';
import { reminderHandlers, startReminders } from '@/lib/reminders/browser';
import { toneHandlers } from '@/lib/tone/browser';
import { startTemplates, templateHandlers } from '@/lib/templates/browser';

// Wiring only: each capability's lib/<capability>/browser.ts owns its handlers and listeners.
export default defineBackground(() => {
  const db = getDb();

  onMessages({
    ...storageHandlers(db),
    ...reminderHandlers(db),
    ...toneHandlers(),
    ...templateHandlers(db),
  });
  startReminders(db);
  startTemplates(db);

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessageToTab(tab.id, 'togglePanel').catch(() => false);
  });
});
