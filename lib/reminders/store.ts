/**
 * Every write to reminders. Each state change runs in one Dexie read-write transaction, so a change racing a
 * notification (or two wake-ups of the service worker racing each other) never leaves a half-written reminder
 * or notifies twice. Bad input gives `{ ok: false, error }`; nothing here throws on it.
 */
import type { TactfulDb } from '../storage/db';
import { deadlineOf, recordOutcome } from './outcomes';
import { openRemindersDueBy } from './queries';
import { isAwaitingNotification, isOpenReminder } from './schedule';
import type { Reminder, ReminderOutcome } from './types';
import { REMINDER_OUTCOMES } from './types';
import { checkNewReminder, type Checked } from './validate';

// lib/storage's status handler reads these from here.
export { countOverdue, listOpenReminders } from './queries';

export async function createReminder(
  db: TactfulDb,
  input: unknown,
  now: number,
  id: string = crypto.randomUUID(),
): Promise<Checked<Reminder>> {
  const checked = checkNewReminder(input);
  if (!checked.ok) return checked;
  const { value } = checked;
  const reminder: Reminder = {
    id,
    ticketUrl: value.ticketUrl,
    site: value.site,
    customerName: value.customerName,
    scenario: value.scenario,
    templateId: value.templateId,
    note: value.note,
    dueAt: value.dueAt,
    deadlineAt: value.dueAt,
    state: 'pending',
    createdAt: now,
    updatedAt: now,
  };
  await db.reminders.add(reminder);
  return { ok: true, value: reminder };
}

const notFound = (id: unknown): Checked<Reminder> => ({
  ok: false,
  error: `No reminder ${JSON.stringify(id)}: it may have been deleted.`,
});

/** Moves an open reminder to `dueAt`; it will notify again then. */
export async function snoozeReminder(
  db: TactfulDb,
  id: string,
  dueAt: number,
  now: number,
): Promise<Checked<Reminder>> {
  if (!Number.isFinite(dueAt)) return { ok: false, error: 'Cannot snooze: the new due time is not a date.' };
  return db.transaction('rw', db.reminders, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder) return notFound(id);
    if (!isOpenReminder(reminder)) {
      return { ok: false, error: `Cannot snooze a reminder that is already ${reminder.state}.` };
    }
    const snoozed: Reminder = {
      ...reminder,
      state: 'snoozed',
      dueAt,
      deadlineAt: deadlineOf(reminder),
      notifiedAt: undefined,
      snoozeCount: (reminder.snoozeCount ?? 0) + 1,
      updatedAt: now,
    };
    await db.reminders.put(snoozed);
    return { ok: true, value: snoozed };
  });
}

/**
 * Marks a reminder done and writes its line in the outcome record. Completing a reminder that is already
 * done records (or corrects) its outcome, so the agent can say how the customer felt later.
 */
export async function completeReminder(
  db: TactfulDb,
  id: string,
  outcome: ReminderOutcome | undefined,
  now: number,
): Promise<Checked<Reminder>> {
  if (outcome !== undefined && !REMINDER_OUTCOMES.includes(outcome)) {
    return {
      ok: false,
      error: `Unknown outcome ${JSON.stringify(outcome)}: use happy, unhappy or no-answer.`,
    };
  }
  return db.transaction('rw', db.reminders, db.outcomes, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder) return notFound(id);
    if (reminder.state === 'dismissed') {
      return { ok: false, error: 'Cannot complete a dismissed reminder.' };
    }
    const done: Reminder = {
      ...reminder,
      state: 'done',
      deadlineAt: deadlineOf(reminder),
      completedAt: reminder.completedAt ?? now,
      outcome: outcome ?? reminder.outcome,
      updatedAt: now,
    };
    await db.reminders.put(done);
    await recordOutcome(db, done);
    return { ok: true, value: done };
  });
}

/** The agent decided no follow-up is needed; not counted in the outcome record. */
export async function dismissReminder(db: TactfulDb, id: string, now: number): Promise<Checked<Reminder>> {
  return db.transaction('rw', db.reminders, async () => {
    const reminder = await db.reminders.get(id);
    if (!reminder) return notFound(id);
    if (!isOpenReminder(reminder)) {
      return { ok: false, error: `Cannot dismiss a reminder that is already ${reminder.state}.` };
    }
    const dismissed: Reminder = { ...reminder, state: 'dismissed', dismissedAt: now, updatedAt: now };
    await db.reminders.put(dismissed);
    return { ok: true, value: dismissed };
  });
}

/**
 * Marks every open, due, not-yet-notified reminder as notified and returns them, in one read-write
 * transaction. Two wake-ups racing (an alarm and a service-worker start) therefore never both claim the same
 * reminder, so none notifies twice. The claim comes before the notification: if the worker dies in between,
 * the reminder still shows as overdue on the badge and in the popup, but is not notified a second time.
 */
export async function claimDueReminders(db: TactfulDb, now: number): Promise<Reminder[]> {
  return db.transaction('rw', db.reminders, async () => {
    const due = (await openRemindersDueBy(db, now)).filter((reminder) => isAwaitingNotification(reminder));
    for (const reminder of due) {
      await db.reminders.update(reminder.id, { notifiedAt: now, updatedAt: now });
    }
    return due.map((reminder) => ({ ...reminder, notifiedAt: now, updatedAt: now }));
  });
}
