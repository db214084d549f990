/** A follow-up reminder. It never stores the customer's message text, only what is needed to follow up. */
export type ReminderState = 'pending' | 'snoozed' | 'done' | 'dismissed';
/** What the popup shows: a pending or snoozed reminder whose due time has passed is overdue. */
export type ReminderDisplayState = ReminderState | 'overdue';
export type ReminderOutcome = 'happy' | 'unhappy' | 'no-answer';

export interface Reminder {
  id: string;
  ticketUrl: string;
  /** Site adapter id, e.g. 'zendesk', or 'generic'. */
  site: string;
  customerName?: string;
  scenario?: string;
  templateId?: string;
  note?: string;
  /** Epoch ms. */
  dueAt: number;
  state: ReminderState;
  createdAt: number;
  updatedAt: number;
  /** Set once the due notification was raised, so a reminder never notifies twice. */
  notifiedAt?: number;
  completedAt?: number;
  outcome?: ReminderOutcome;
}

/** One line of the local record of finished follow-ups (for insights). */
export interface FollowUpOutcome {
  id?: number;
  reminderId: string;
  site: string;
  scenario?: string;
  dueAt: number;
  completedAt: number;
  onTime: boolean;
  outcome: ReminderOutcome;
}
