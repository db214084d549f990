/**
 * The stored and exchanged shapes of follow-up reminders. A reminder never stores the customer's message
 * text, only what the agent needs to follow up: where the ticket is, who the customer is, which scenario or
 * template was used, a short note of the agent's own and when to ask.
 */
import type { Tone } from '../tone/types';

export const REMINDER_STATES = ['pending', 'snoozed', 'done', 'dismissed'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];
/** What the popup shows: a pending or snoozed reminder whose due time has passed is overdue. */
export type ReminderDisplayState = ReminderState | 'overdue';

export const REMINDER_OUTCOMES = ['happy', 'unhappy', 'no-answer'] as const;
/** Whether the customer said they are happy now, said they are not, or did not answer. */
export type ReminderOutcome = (typeof REMINDER_OUTCOMES)[number];

/** A reminder's note is the agent's own short reminder to self, not a place for the conversation. */
export const NOTE_MAX_LENGTH = 280;

export interface Reminder {
  id: string;
  /** http(s) link to the ticket or conversation; opening the reminder opens it. */
  ticketUrl: string;
  /** Site adapter id, e.g. 'zendesk', or 'generic'. */
  site: string;
  customerName?: string;
  scenario?: string;
  templateId?: string;
  /** The agent's own short note (at most NOTE_MAX_LENGTH characters). */
  note?: string;
  /** Epoch ms when the reminder is (next) due; snoozing moves it. */
  dueAt: number;
  /**
   * Epoch ms of the deadline first promised. Snoozing does not move it, so "done on time" is measured against
   * what the agent committed to. Reminders written before it existed fall back to `dueAt`.
   */
  deadlineAt?: number;
  state: ReminderState;
  createdAt: number;
  updatedAt: number;
  /** Set once the due notification was raised, so a reminder never notifies twice; snoozing clears it. */
  notifiedAt?: number;
  snoozeCount?: number;
  completedAt?: number;
  dismissedAt?: number;
  /** Set on completion when the agent recorded it; can be added later from the popup's done list. */
  outcome?: ReminderOutcome;
}

/** One line of the local record of finished follow-ups, for insights. Holds no names and no text. */
export interface FollowUpOutcome {
  id?: number;
  reminderId: string;
  site: string;
  scenario?: string;
  templateId?: string;
  /** The deadline first promised (see Reminder.deadlineAt). */
  dueAt: number;
  completedAt: number;
  onTime: boolean;
  /** Missing while the agent has not said how the customer felt (e.g. done from a notification). */
  outcome?: ReminderOutcome;
}

/** Summary of the outcome record that later insights chart. Rates are 0..1, or null with nothing to rate. */
export interface OutcomeSummary {
  total: number;
  onTime: number;
  late: number;
  happy: number;
  unhappy: number;
  noAnswer: number;
  unrecorded: number;
  /** onTime / total */
  onTimeRate: number | null;
  /** happy / (happy + unhappy + noAnswer) */
  happyRate: number | null;
  /** happy rate among follow-ups done on time and among late ones: does following up on time pay off? */
  happyRateOnTime: number | null;
  happyRateLate: number | null;
}

/** Where a reminder is listed in the popup. */
export const REMINDER_BUCKETS = ['overdue', 'today', 'upcoming', 'done'] as const;
export type ReminderBucket = (typeof REMINDER_BUCKETS)[number];

/** Reminders per bucket when the popup does not ask for more. */
export const DEFAULT_BUCKET_LIMIT = 50;

export interface BucketPage {
  /** The first `limit` reminders of the bucket, soonest first (done: most recent first). */
  items: Reminder[];
  total: number;
}

export interface ReminderBuckets {
  overdue: BucketPage;
  today: BucketPage;
  upcoming: BucketPage;
  done: BucketPage;
  /** The instant and the zone the buckets were cut with ("today" ends at midnight in this zone). */
  now: number;
  timeZone: string;
}

export interface BucketRequest {
  /** How many reminders to return per bucket; the popup asks for more as the agent scrolls. */
  limits?: Partial<Record<ReminderBucket, number>>;
}

/** The deadline rules of the issue, in order of urgency. */
export type DeadlineRule = 'two-working-hours' | 'same-working-day' | 'next-working-day';

export const QUICK_PICK_IDS = [
  'in-1-hour',
  'in-2-working-hours',
  'end-of-working-day',
  'next-working-day',
  'in-3-working-days',
] as const;
export type QuickPickId = (typeof QUICK_PICK_IDS)[number];

export interface QuickPick {
  id: QuickPickId;
  label: string;
  dueAt: number;
}

/** What the panel needs to decide a deadline: only the tone label and urgency, never the message. */
export interface DeadlineRequest {
  tone?: Tone;
  /** 0..1, from ToneResult.urgency. */
  urgency?: number;
}

export interface DeadlineSuggestion {
  dueAt: number;
  rule: DeadlineRule;
  /** Why this deadline, for the agent: "Anxious customer: follow up within 2 working hours." */
  reason: string;
  /** The IANA zone the agent's working hours are in; the form shows and edits times in it. */
  timeZone: string;
  quickPicks: QuickPick[];
}

export interface SnoozeRequest {
  id: string;
  /** An exact new due time; otherwise `pick` (default: in 1 hour). */
  dueAt?: number;
  pick?: QuickPickId;
}
