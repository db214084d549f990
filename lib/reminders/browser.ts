/** The browser edge of reminders: alarms, notifications, the toolbar badge and the background's handlers. */
import browser from 'webextension-polyfill';
import type { TactfulDb } from '../storage/db';
import type { HandlerMap } from '../messaging/protocol';
import { REMINDER_ALARM, nextAlarmAt } from './schedule';
import { claimDueReminders, countOverdue, createReminder, listOpenReminders } from './store';
import type { Reminder } from './types';

/** Re-arms the single reminder alarm from the database, the source of truth (alarms die with the browser). */
export async function rebuildReminderAlarm(db: TactfulDb): Promise<number | undefined> {
  const when = nextAlarmAt(await listOpenReminders(db));
  await browser.alarms.clear(REMINDER_ALARM);
  if (when !== undefined)
    await browser.alarms.create(REMINDER_ALARM, { when: Math.max(when, Date.now() + 50) });
  return when;
}

export async function updateOverdueBadge(db: TactfulDb, now = Date.now()): Promise<number> {
  const overdue = await countOverdue(db, now);
  await browser.action.setBadgeText({ text: overdue > 0 ? String(overdue) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c2410c' });
  return overdue;
}

function notificationText(reminder: Reminder): string {
  const who = reminder.customerName ? `Ask ${reminder.customerName}` : 'Ask the customer';
  return `${who} whether they are happy now.${reminder.note ? ` ${reminder.note}` : ''}`;
}

/** Raises one notification per newly due reminder, then re-arms the alarm and refreshes the badge. */
export async function notifyDueReminders(db: TactfulDb, now = Date.now()): Promise<Reminder[]> {
  const due = await claimDueReminders(db, now);
  for (const reminder of due) {
    await browser.notifications.create(`reminder:${reminder.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Tactful: follow-up due',
      message: notificationText(reminder),
    });
  }
  await rebuildReminderAlarm(db);
  await updateOverdueBadge(db, now);
  return due;
}

/** The background's answers to reminder messages. */
export function reminderHandlers(db: TactfulDb): HandlerMap {
  return {
    createReminder: async (input) => {
      const reminder = await createReminder(db, input, Date.now());
      await rebuildReminderAlarm(db);
      return reminder;
    },
    listReminders: () => listOpenReminders(db),
  };
}

/**
 * Wires reminders into the background. Alarms do not survive a browser restart (and an unpacked reload drops
 * them), so every start of the service worker rebuilds the schedule from Dexie, and reminders that fell due
 * meanwhile notify at once.
 */
export function startReminders(db: TactfulDb): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void notifyDueReminders(db);
  });
  void notifyDueReminders(db);
}
