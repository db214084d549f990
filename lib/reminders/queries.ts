/**
 * Reads of reminders, all through the `[state+dueAt]` index so their cost follows what the popup shows, not
 * how many reminders exist: each bucket reads at most its page and counts the rest in the index.
 */
import Dexie, { type IndexableType } from 'dexie';
import type { TactfulDb } from '../storage/db';
import {
  DEFAULT_BUCKET_LIMIT,
  type BucketPage,
  type Reminder,
  type ReminderBucket,
  type ReminderBuckets,
} from './types';
import { endOfCalendarDay } from './working-time';

const OPEN_STATES = ['pending', 'snoozed'] as const;

const MAX_BUCKET_LIMIT = 5_000;

interface DueRange {
  /** Exclusive lower bound (Dexie.minKey for none). */
  after: IndexableType;
  /** Inclusive upper bound (Dexie.maxKey for none). */
  upTo: IndexableType;
}

function openInRange(db: TactfulDb, state: string, range: DueRange) {
  return db.reminders.where('[state+dueAt]').between([state, range.after], [state, range.upTo], false, true);
}

const byDueAt = (a: Reminder, b: Reminder) => a.dueAt - b.dueAt;

/** The first `limit` open reminders due in the range, soonest first, and how many there are in all. */
async function openPage(db: TactfulDb, range: DueRange, limit: number): Promise<BucketPage> {
  const [pages, counts] = await Promise.all([
    Promise.all(OPEN_STATES.map((state) => openInRange(db, state, range).limit(limit).toArray())),
    Promise.all(OPEN_STATES.map((state) => openInRange(db, state, range).count())),
  ]);
  return {
    items: pages.flat().sort(byDueAt).slice(0, limit),
    total: counts.reduce((sum, count) => sum + count, 0),
  };
}

async function donePage(db: TactfulDb, limit: number): Promise<BucketPage> {
  const done = db.reminders.where('[state+dueAt]').between(['done', Dexie.minKey], ['done', Dexie.maxKey]);
  const [items, total] = await Promise.all([done.clone().reverse().limit(limit).toArray(), done.count()]);
  return { items, total };
}

function limitFor(limits: Partial<Record<ReminderBucket, number>> | undefined, bucket: ReminderBucket) {
  const asked = limits?.[bucket];
  if (typeof asked !== 'number' || !Number.isFinite(asked)) return DEFAULT_BUCKET_LIMIT;
  return Math.min(MAX_BUCKET_LIMIT, Math.max(0, Math.floor(asked)));
}

/**
 * The popup's lists: overdue (open, due by now), today (open, due before midnight in `timeZone`), upcoming
 * (open, later) and done (most recently due first).
 */
export async function queryReminderBuckets(
  db: TactfulDb,
  now: number,
  timeZone: string,
  limits?: Partial<Record<ReminderBucket, number>>,
): Promise<ReminderBuckets> {
  const endOfToday = endOfCalendarDay(now, timeZone);
  const min = Dexie.minKey;
  const max = Dexie.maxKey;
  const [overdue, today, upcoming, done] = await Promise.all([
    openPage(db, { after: min, upTo: now }, limitFor(limits, 'overdue')),
    openPage(db, { after: now, upTo: endOfToday }, limitFor(limits, 'today')),
    openPage(db, { after: endOfToday, upTo: max }, limitFor(limits, 'upcoming')),
    donePage(db, limitFor(limits, 'done')),
  ]);
  return { overdue, today, upcoming, done, now, timeZone };
}

/** Open reminders due by `now` (notified or not). */
export async function openRemindersDueBy(db: TactfulDb, now: number): Promise<Reminder[]> {
  const lists = await Promise.all(
    OPEN_STATES.map((state) => openInRange(db, state, { after: Dexie.minKey, upTo: now }).toArray()),
  );
  return lists.flat().sort(byDueAt);
}

export async function countOverdue(db: TactfulDb, now: number): Promise<number> {
  const counts = await Promise.all(
    OPEN_STATES.map((state) => openInRange(db, state, { after: Dexie.minKey, upTo: now }).count()),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/** How many reminders are still open (pending or snoozed), counted on the index without loading them. */
export async function countOpenReminders(db: TactfulDb): Promise<number> {
  return db.reminders
    .where('state')
    .anyOf([...OPEN_STATES])
    .count();
}

export async function listOpenReminders(db: TactfulDb): Promise<Reminder[]> {
  const open = await db.reminders
    .where('state')
    .anyOf([...OPEN_STATES])
    .toArray();
  return open.sort(byDueAt);
}

/**
 * When the reminder alarm should next fire: the earliest open reminder that has not notified yet. Walks each
 * state's index in due order and stops at the first one still owing a notification.
 */
export async function nextNotificationAt(db: TactfulDb): Promise<number | undefined> {
  const firsts = await Promise.all(
    OPEN_STATES.map((state) =>
      openInRange(db, state, { after: Dexie.minKey, upTo: Dexie.maxKey })
        .filter((reminder) => reminder.notifiedAt === undefined)
        .first(),
    ),
  );
  const times = firsts.flatMap((reminder) => (reminder ? [reminder.dueAt] : []));
  return times.length > 0 ? Math.min(...times) : undefined;
}
