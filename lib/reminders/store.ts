import type { TactfulDb } from '../storage/db';
import type { NewReminder } from '../messaging/protocol';
import { displayState, isAwaitingNotification, isOpenReminder } from './schedule';
import type { Reminder } from './types';

export async function createReminder(
  db: TactfulDb,
  input: NewReminder,
  now: number,
  id: string = crypto.randomUUID(),
): Promise<Reminder> {
  const reminder: Reminder = {
    id,
    ticketUrl: input.ticketUrl,
    site: input.site,
    customerName: input.customerName,
    scenario: input.scenario,
    templateId: input.templateId,
    note: input.note,
    dueAt: input.dueAt,
    state: 'pending',
    createdAt: now,
    updatedAt: now,
  };
  await db.reminders.add(reminder);
  return reminder;
}

export async function listOpenReminders(db: TactfulDb): Promise<Reminder[]> {
  const open = await db.reminders.where('state').anyOf('pending', 'snoozed').toArray();
  return open.sort((a, b) => a.dueAt - b.dueAt);
}

/**
 * Marks every open, due, not-yet-notified reminder as notified and returns them, in one read-write
 * transaction. Two wake-ups racing (an alarm and a service-worker start) therefore never both claim the same
 * reminder, so none notifies twice.
 */
export async function claimDueReminders(db: TactfulDb, now: number): Promise<Reminder[]> {
  return db.transaction('rw', db.reminders, async () => {
    const due = await db.reminders
      .where('dueAt')
      .belowOrEqual(now)
      .filter((reminder) => isAwaitingNotification(reminder))
      .toArray();
    for (const reminder of due) {
      await db.reminders.update(reminder.id, { notifiedAt: now, updatedAt: now });
    }
    return due.map((reminder) => ({ ...reminder, notifiedAt: now, updatedAt: now }));
  });
}

export async function countOverdue(db: TactfulDb, now: number): Promise<number> {
  const open = await listOpenReminders(db);
  return open.filter((reminder) => isOpenReminder(reminder) && displayState(reminder, now) === 'overdue')
    .length;
}
