/** The browser edge of reminders: the alarm, notifications, the toolbar badge and the background's handlers. */
import browser from 'webextension-polyfill';
import type { HandlerMap } from '../messaging/protocol';
import type { TactfulDb } from '../storage/db';
import { createReminderHandlers, workCalendarOf, type ReminderEffects } from './handlers';
import { actionOfButton, describeNotification, notificationIdOf, reminderIdOf } from './notification';
import { countOverdue, nextNotificationAt } from './queries';
import { REMINDER_ALARM } from './schedule';
import { claimDueReminders } from './store';
import type { Reminder } from './types';
import { isTicketUrl } from './validate';

/** Chrome refuses alarms in the past; one due now fires as soon as it may. */
const SOONEST_ALARM_DELAY = 50;

/** Re-arms the single reminder alarm from the database, the source of truth (alarms die with the browser). */
export async function rebuildReminderAlarm(db: TactfulDb): Promise<number | undefined> {
  const when = await nextNotificationAt(db);
  await browser.alarms.clear(REMINDER_ALARM);
  if (when !== undefined) {
    await browser.alarms.create(REMINDER_ALARM, { when: Math.max(when, Date.now() + SOONEST_ALARM_DELAY) });
  }
  return when;
}

export async function updateOverdueBadge(db: TactfulDb, now = Date.now()): Promise<number> {
  const overdue = await countOverdue(db, now);
  await browser.action.setBadgeText({ text: overdue > 0 ? String(overdue) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c2410c' });
  return overdue;
}

async function showNotification(reminder: Reminder, now: number, timeZone: string): Promise<void> {
  const { buttons, ...content } = describeNotification(reminder, now, timeZone);
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    ...content,
  };
  try {
    // Stays on screen until the agent acts: a follow-up that fades away unseen is a forgotten one.
    await browser.notifications.create(notificationIdOf(reminder.id), {
      ...options,
      buttons,
      requireInteraction: true,
    } as typeof options);
  } catch {
    // Firefox rejects buttons and requireInteraction; the plain notification still opens the ticket on click.
    await browser.notifications.create(notificationIdOf(reminder.id), options).catch(() => undefined);
  }
}

/** Raises one notification per newly due reminder, then re-arms the alarm and refreshes the badge. */
export async function notifyDueReminders(db: TactfulDb, now = Date.now()): Promise<Reminder[]> {
  const due = await claimDueReminders(db, now);
  if (due.length > 0) {
    const { timeZone } = await workCalendarOf(db);
    for (const reminder of due) await showNotification(reminder, now, timeZone);
  }
  await rebuildReminderAlarm(db);
  await updateOverdueBadge(db, now);
  return due;
}

function browserEffects(db: TactfulDb): ReminderEffects {
  return {
    refresh: async () => {
      await rebuildReminderAlarm(db);
      await updateOverdueBadge(db);
    },
    clearNotification: async (reminderId) => {
      await browser.notifications.clear(notificationIdOf(reminderId)).catch(() => false);
    },
    openTicket: async (url) => {
      if (isTicketUrl(url)) await browser.tabs.create({ url, active: true });
    },
  };
}

/** The background's answers to reminder messages. */
export function reminderHandlers(db: TactfulDb): HandlerMap {
  return createReminderHandlers(db, browserEffects(db));
}

/**
 * Wires reminders into the background. Alarms do not survive a browser restart (and an unpacked reload drops
 * them, RECIPE.md §7b), so every start of the service worker rebuilds the schedule from Dexie, and reminders
 * that fell due meanwhile notify at once. Listeners are added synchronously so an alarm or a notification
 * click that wakes the worker finds them.
 */
export function startReminders(db: TactfulDb): void {
  const handlers = reminderHandlers(db);
  const report = (error: unknown) => {
    console.warn('Tactful reminders:', error);
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) notifyDueReminders(db).catch(report);
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const id = reminderIdOf(notificationId);
    if (id) Promise.resolve(handlers.openReminderTicket?.({ id }, {})).catch(report);
  });
  browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
    const id = reminderIdOf(notificationId);
    const action = actionOfButton(buttonIndex);
    if (!id || !action) return;
    const acted =
      action === 'snooze'
        ? handlers.snoozeReminder?.({ id, pick: 'in-1-hour' }, {})
        : handlers.completeReminder?.({ id }, {});
    Promise.resolve(acted).catch(report);
  });
  notifyDueReminders(db).catch(report);
}
