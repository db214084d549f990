/**
 * What a due reminder's notification says and which button does what. Chrome shows at most two buttons, so
 * "open ticket" is a click on the notification itself and the buttons are "Snooze 1 h" and "Done". Firefox
 * shows no buttons at all; there a click opens the ticket and the popup does the rest.
 */
import { formatDueAt, formatTicketLabel } from './format';
import type { Reminder } from './types';

// 'reminder:<id>': one notification per reminder, so re-creating it replaces rather than stacks.
const PREFIX = 'reminder:';

export type NotificationAction = 'snooze' | 'done';
/** Button order on the notification; `onButtonClicked` reports the index. */
export const NOTIFICATION_ACTIONS: readonly NotificationAction[] = ['snooze', 'done'];

export const notificationIdOf = (reminderId: string): string => `${PREFIX}${reminderId}`;

/** The reminder id behind one of our notification ids, or undefined for anyone else's. */
export function reminderIdOf(notificationId: string): string | undefined {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) || undefined : undefined;
}

export function actionOfButton(index: number): NotificationAction | undefined {
  return NOTIFICATION_ACTIONS[index];
}

export interface ReminderNotification {
  title: string;
  message: string;
  contextMessage: string;
  buttons: { title: string }[];
}

export function describeNotification(
  reminder: Reminder,
  now: number,
  timeZone: string,
): ReminderNotification {
  const who = reminder.customerName ? `Ask ${reminder.customerName}` : 'Ask the customer';
  const note = reminder.note ? `\n${reminder.note}` : '';
  return {
    title: 'Tactful: follow-up due',
    message: `${who} whether they are happy now.${note}`,
    contextMessage: `${formatTicketLabel(reminder.ticketUrl)} · due ${formatDueAt(reminder.dueAt, now, timeZone)}`,
    buttons: [{ title: 'Snooze 1 h' }, { title: 'Done' }],
  };
}
