import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDb } from '@/lib/storage';
import {
  bucketOf,
  completeReminder,
  createReminder,
  endOfCalendarDay,
  queryReminderBuckets,
  snoozeReminder,
  type Reminder,
} from '@/lib/reminders';
import { at } from './wall-clock';

let db: TactfulDb;
const HOUR = 3_600_000;

async function add(id: string, dueAt: number): Promise<void> {
  const result = await createReminder(
    db,
    { ticketUrl: `https://x.test/t/${id}`, site: 'generic', dueAt },
    0,
    id,
  );
  if (!result.ok) throw new Error(result.error);
}
const ids = (reminders: Reminder[]) => reminders.map((r) => r.id);

beforeEach(async () => {
  db = new TactfulDb('reminders-queries-test');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('queryReminderBuckets', () => {
  it('lists overdue, today and upcoming in due order, with "today" ending at midnight in the agent’s zone', async () => {
    const zone = 'America/New_York';
    const now = at('2024-06-04 19:00', zone); // 23:00 in UTC
    await add('overdue-2', now - 1 * HOUR);
    await add('overdue-1', now - 5 * HOUR);
    await add('tonight', now + 3 * HOUR); // 22:00 in New York, 02:00 tomorrow in UTC
    await add('tomorrow', now + 14 * HOUR);
    await add('done', now - 2 * HOUR);
    await completeReminder(db, 'done', 'happy', now);
    await add('snoozed', now - 3 * HOUR);
    await snoozeReminder(db, 'snoozed', now + HOUR / 2, now);

    const buckets = await queryReminderBuckets(db, now, zone);
    expect(ids(buckets.overdue.items)).toEqual(['overdue-1', 'overdue-2']);
    expect(ids(buckets.today.items)).toEqual(['snoozed', 'tonight']);
    expect(ids(buckets.upcoming.items)).toEqual(['tomorrow']);
    expect(ids(buckets.done.items)).toEqual(['done']);
    expect(buckets.timeZone).toBe(zone);

    // The same reminders cut in UTC: 'tonight' falls on the next calendar day there.
    const utc = await queryReminderBuckets(db, now, 'UTC');
    expect(ids(utc.today.items)).toEqual(['snoozed']);
    expect(ids(utc.upcoming.items)).toEqual(['tonight', 'tomorrow']);
  });

  it('returns one page per bucket with the full count, soonest first', async () => {
    const now = 1_000_000_000;
    await Promise.all(Array.from({ length: 130 }, (_, i) => add(`o${i}`, now - (i + 1) * 1_000)));
    const buckets = await queryReminderBuckets(db, now, 'UTC', { overdue: 20 });
    expect(buckets.overdue.total).toBe(130);
    expect(buckets.overdue.items).toHaveLength(20);
    expect(buckets.overdue.items[0]?.id).toBe('o129');
    const dueTimes = buckets.overdue.items.map((r) => r.dueAt);
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
    expect((await queryReminderBuckets(db, now, 'UTC', { overdue: -3 })).overdue.items).toEqual([]);
    expect((await queryReminderBuckets(db, now, 'UTC', { overdue: Number.NaN })).overdue.items).toHaveLength(
      50,
    );
  });

  it('agrees with bucketOf for every reminder', async () => {
    const zone = 'Europe/Budapest';
    const now = at('2024-03-30 22:30', zone); // the night before spring forward
    for (let i = 0; i < 40; i++) await add(`r${i}`, now + (i - 10) * HOUR);
    const buckets = await queryReminderBuckets(db, now, zone, { overdue: 100, today: 100, upcoming: 100 });
    const endOfToday = endOfCalendarDay(now, zone);
    for (const bucket of ['overdue', 'today', 'upcoming'] as const) {
      for (const reminder of buckets[bucket].items) expect(bucketOf(reminder, now, endOfToday)).toBe(bucket);
    }
    expect(buckets.today.total).toBe(1);
  });
});
