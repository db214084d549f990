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
async function rebuildReminderAlarm(db: TactfulDb): Promise<void> {
  const when = await nextNotificationAt(db);
  // Creating an alarm under the same name replaces it; clear only when nothing is waiting.
  if (when === undefined) await browser.alarms.clear(REMINDER_ALARM);
  else
    await browser.alarms.create(REMINDER_ALARM, { when: Math.max(when, Date.now() + SOONEST_ALARM_DELAY) });
}

async function updateOverdueBadge(db: TactfulDb, now: number): Promise<void> {
  const overdue = await countOverdue(db, now);
  await browser.action.setBadgeText({ text: overdue > 0 ? String(overdue) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c2410c' });
}

let refreshing: Promise<void> = Promise.resolve();

/**
 * Re-arms the alarm and recounts the badge. Refreshes run one after another: two overlapping ones (a new
 * reminder while an alarm is being handled) could otherwise read the database in one order and write the
 * alarm in the other, leaving it armed for a stale, later time.
 */
export function refreshSchedule(db: TactfulDb, now = Date.now()): Promise<void> {
  const run = refreshing.then(async () => {
    await rebuildReminderAlarm(db);
    // Counted at least as late as the moment that asked, so a reminder just claimed as due is on the badge.
    await updateOverdueBadge(db, Math.max(now, Date.now()));
  });
  refreshing = run.catch(() => undefined);
  return run;
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
  await refreshSchedule(db, now);
  return due;
}

function browserEffects(db: TactfulDb): ReminderEffects {
  return {
    refresh: () => refreshSchedule(db),
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
 * click that wakes the worker finds them. Each listener returns its work as a promise that never rejects, so
 * whoever dispatches the event (an event page, a test's fake browser) can wait for it; the returned promise
 * is the start-up work.
 */
export function startReminders(db: TactfulDb): Promise<unknown> {
  const handlers = reminderHandlers(db);
  const settled = (work: unknown): Promise<unknown> =>
    Promise.resolve(work).catch((error: unknown) => {
      console.warn('Tactful reminders:', error);
    });

  /* eslint-disable @typescript-eslint/no-misused-promises -- `settled` promises never reject; returning them
     lets the dispatcher wait for the work instead of losing it. */
  browser.alarms.onAlarm.addListener((alarm) =>
    alarm.name === REMINDER_ALARM ? settled(notifyDueReminders(db)) : undefined,
  );
  browser.notifications.onClicked.addListener((notificationId) => {
    const id = reminderIdOf(notificationId);
    return id ? settled(handlers.openReminderTicket?.({ id }, {})) : undefined;
  });
  browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
    const id = reminderIdOf(notificationId);
    const action = actionOfButton(buttonIndex);
    if (!id || !action) return undefined;
    return settled(
      action === 'snooze'
        ? handlers.snoozeReminder?.({ id, pick: 'in-1-hour' }, {})
        : handlers.completeReminder?.({ id }, {}),
    );
  });
  /* eslint-enable @typescript-eslint/no-misused-promises */
  return settled(notifyDueReminders(db));
}
