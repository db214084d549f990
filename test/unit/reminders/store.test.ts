import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDb } from '@/lib/storage';
import {
  claimDueReminders,
  countOverdue,
  createReminder,
  displayState,
  listOpenReminders,
  nextAlarmAt,
} from '@/lib/reminders';

let db: TactfulDb;
const ticket = { ticketUrl: 'https://acme.zendesk.com/agent/tickets/42', site: 'zendesk' };

beforeEach(async () => {
  db = new TactfulDb('reminders-store-test');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('claimDueReminders', () => {
  it('claims each due reminder exactly once, even when two wake-ups race', async () => {
    await createReminder(db, { ...ticket, dueAt: 1_000 }, 0, 'a');
    await createReminder(db, { ...ticket, dueAt: 2_000 }, 0, 'b');
    await createReminder(db, { ...ticket, dueAt: 9_000 }, 0, 'later');

    const [first, second] = await Promise.all([claimDueReminders(db, 5_000), claimDueReminders(db, 5_000)]);
    const claimed = [...(first ?? []), ...(second ?? [])].map((r) => r.id).sort();
    expect(claimed).toEqual(['a', 'b']);
    expect(await claimDueReminders(db, 6_000)).toEqual([]);
    expect((await claimDueReminders(db, 9_000)).map((r) => r.id)).toEqual(['later']);
  });

  it('never claims done or dismissed reminders', async () => {
    await createReminder(db, { ...ticket, dueAt: 1_000 }, 0, 'done');
    await db.reminders.update('done', { state: 'done' });
    expect(await claimDueReminders(db, 5_000)).toEqual([]);
  });
});

describe('nextAlarmAt', () => {
  it('is the earliest open reminder that has not notified yet', async () => {
    await createReminder(db, { ...ticket, dueAt: 3_000 }, 0, 'x');
    await createReminder(db, { ...ticket, dueAt: 1_000 }, 0, 'y');
    expect(nextAlarmAt(await listOpenReminders(db))).toBe(1_000);
    await claimDueReminders(db, 1_500);
    expect(nextAlarmAt(await listOpenReminders(db))).toBe(3_000);
    await claimDueReminders(db, 3_500);
    expect(nextAlarmAt(await listOpenReminders(db))).toBeUndefined();
  });
});

describe('overdue', () => {
  it('counts open reminders past their due time as overdue', async () => {
    const early = await createReminder(db, { ...ticket, dueAt: 1_000 }, 0);
    await createReminder(db, { ...ticket, dueAt: 8_000 }, 0);
    expect(displayState(early, 2_000)).toBe('overdue');
    expect(displayState(early, 500)).toBe('pending');
    expect(await countOverdue(db, 2_000)).toBe(1);
    expect(await countOverdue(db, 9_000)).toBe(2);
  });
});
