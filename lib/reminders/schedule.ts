import type { Reminder, ReminderBucket, ReminderDisplayState } from './types';

/** The one alarm that wakes the background for the earliest due reminder. */
export const REMINDER_ALARM = 'tactful:reminders';

export function isOpenReminder(reminder: Reminder): boolean {
  return reminder.state === 'pending' || reminder.state === 'snoozed';
}

/** Open and not yet notified: it still owes the agent a notification. */
export function isAwaitingNotification(reminder: Reminder): boolean {
  return isOpenReminder(reminder) && reminder.notifiedAt === undefined;
}

/** When the reminder alarm should next fire, or undefined when nothing is waiting. */
export function nextAlarmAt(reminders: readonly Reminder[]): number | undefined {
  let earliest: number | undefined;
  for (const reminder of reminders) {
    if (!isAwaitingNotification(reminder)) continue;
    if (earliest === undefined || reminder.dueAt < earliest) earliest = reminder.dueAt;
  }
  return earliest;
}

export function displayState(reminder: Reminder, now: number): ReminderDisplayState {
  return isOpenReminder(reminder) && reminder.dueAt <= now ? 'overdue' : reminder.state;
}

/** Which popup list a reminder belongs to; "today" ends at `endOfToday` (midnight in the agent's zone). */
export function bucketOf(reminder: Reminder, now: number, endOfToday: number): ReminderBucket | undefined {
  if (reminder.state === 'done') return 'done';
  if (!isOpenReminder(reminder)) return undefined;
  if (reminder.dueAt <= now) return 'overdue';
  return reminder.dueAt <= endOfToday ? 'today' : 'upcoming';
}
