/**
 * The background's answers to reminder messages. Browser side effects (re-arming the alarm, the badge,
 * clearing a notification, opening a tab) arrive as `effects`, so this file stays importable in Node and the
 * unit tests drive it with a fake clock. A refused request throws its message, which lib/messaging carries
 * back to the sender as `{ ok: false, error }`.
 */
import type { HandlerMap } from '../messaging/protocol';
import type { TactfulDb } from '../storage/db';
import { readSettings } from '../storage/settings';
import { quickPickDueAt, suggestDeadline } from './deadline';
import { listOutcomes, summarizeOutcomes } from './outcomes';
import { listOpenReminders, queryReminderBuckets } from './queries';
import { completeReminder, createReminder, dismissReminder, snoozeReminder } from './store';
import { QUICK_PICK_IDS, type QuickPickId, type Reminder } from './types';
import type { Checked } from './validate';
import { isTicketUrl } from './validate';
import { toWorkCalendar, type WorkCalendar } from './working-time';

export interface ReminderEffects {
  /** Re-arms the alarm and refreshes the badge after reminders changed. */
  refresh(): Promise<void>;
  clearNotification(reminderId: string): Promise<void>;
  openTicket(url: string): Promise<void>;
}

function valueOrThrow<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
}

function idOf(request: unknown): string {
  const id = (request as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string' || id === '') throw new Error('No reminder id in the request.');
  return id;
}

const isQuickPick = (value: unknown): value is QuickPickId =>
  typeof value === 'string' && (QUICK_PICK_IDS as readonly string[]).includes(value);

export async function workCalendarOf(db: TactfulDb): Promise<WorkCalendar> {
  return toWorkCalendar((await readSettings(db)).workingHours);
}

export function createReminderHandlers(
  db: TactfulDb,
  effects: ReminderEffects,
  // Read through a closure, so a test's fake clock (installed later) is the one used.
  clock: () => number = () => Date.now(),
): HandlerMap {
  /** Runs a state change, then tidies the browser side: the alarm, the badge and a shown notification. */
  async function change(id: string, write: () => Promise<Checked<Reminder>>): Promise<Reminder> {
    const reminder = valueOrThrow(await write());
    await effects.clearNotification(id);
    await effects.refresh();
    return reminder;
  }

  return {
    createReminder: async (input) => {
      const reminder = valueOrThrow(await createReminder(db, input, clock()));
      await effects.refresh();
      return reminder;
    },
    listReminders: () => listOpenReminders(db),
    listReminderBuckets: async (request) => {
      const calendar = await workCalendarOf(db);
      return queryReminderBuckets(db, clock(), calendar.timeZone, request?.limits);
    },
    suggestDeadline: async (request) =>
      suggestDeadline(request ?? {}, clock(), (await readSettings(db)).workingHours),
    snoozeReminder: async (request) => {
      const id = idOf(request);
      const now = clock();
      const dueAt =
        typeof request.dueAt === 'number' && Number.isFinite(request.dueAt)
          ? request.dueAt
          : quickPickDueAt(
              isQuickPick(request.pick) ? request.pick : 'in-1-hour',
              now,
              await workCalendarOf(db),
            );
      return change(id, () => snoozeReminder(db, id, dueAt, now));
    },
    completeReminder: async (request) => {
      const id = idOf(request);
      return change(id, () => completeReminder(db, id, request.outcome, clock()));
    },
    dismissReminder: async (request) => {
      const id = idOf(request);
      return change(id, () => dismissReminder(db, id, clock()));
    },
    openReminderTicket: async (request) => {
      const reminder = await db.reminders.get(idOf(request));
      if (!reminder) throw new Error('That reminder no longer exists.');
      if (!isTicketUrl(reminder.ticketUrl)) throw new Error('The reminder has no ticket link to open.');
      await effects.openTicket(reminder.ticketUrl);
      await effects.clearNotification(reminder.id);
      return reminder;
    },
    summarizeFollowUps: async () => summarizeOutcomes(await listOutcomes(db)),
  };
}
