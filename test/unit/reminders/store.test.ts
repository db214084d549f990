import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TactfulDb } from '@/lib/storage';
import {
  NOTE_MAX_LENGTH,
  claimDueReminders,
  completeReminder,
  countOverdue,
  createReminder,
  dismissReminder,
  displayState,
  listOpenReminders,
  nextAlarmAt,
  nextNotificationAt,
  snoozeReminder,
  type Reminder,
} from '@/lib/reminders';

let db: TactfulDb;
const ticket = { ticketUrl: 'https://acme.zendesk.com/agent/tickets/42', site: 'zendesk' };

/** Creates a reminder that must be accepted. */
async function add(input: Record<string, unknown>, now = 0, id?: string): Promise<Reminder> {
  const result = await createReminder(db, { ...ticket, ...input }, now, id);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

beforeEach(async () => {
  db = new TactfulDb('reminders-store-test');
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('createReminder', () => {
  it('stores the ticket, customer, scenario, template, note, due time and a pending state', async () => {
    await add(
      {
        customerName: ' Rosa Díaz ',
        scenario: 'late-delivery',
        templateId: 'late-delivery-en-1',
        note: 'Promised a refund by Friday',
        dueAt: 5_000,
      },
      1_000,
      'r1',
    );
    expect(await db.reminders.get('r1')).toEqual({
      id: 'r1',
      ...ticket,
      customerName: 'Rosa Díaz',
      scenario: 'late-delivery',
      templateId: 'late-delivery-en-1',
      note: 'Promised a refund by Friday',
      dueAt: 5_000,
      deadlineAt: 5_000,
      state: 'pending',
      createdAt: 1_000,
      updatedAt: 1_000,
    });
  });

  it('never stores customer message text, whatever the caller sends along', async () => {
    const message = 'This is the THIRD time my order #8812 arrived broken, I want my money back';
    await add({ dueAt: 5_000, message, text: message, customerMessage: { body: message } }, 0, 'r1');
    const everything = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    expect(everything).toContain('acme.zendesk.com');
    expect(everything).not.toContain('THIRD time');
    expect(Object.keys((await db.reminders.get('r1')) ?? {})).not.toContain('message');
  });

  it.each([
    ['a javascript: link', { ...ticket, ticketUrl: 'javascript:alert(1)', dueAt: 1 }, /http\(s\) URL/],
    ['no ticket link', { site: 'zendesk', dueAt: 1 }, /ticketUrl/],
    ['no due time', { ...ticket }, /dueAt/],
    ['a due time that is not a date', { ...ticket, dueAt: Number.NaN }, /dueAt/],
    [
      'a note longer than a short note',
      { ...ticket, dueAt: 1, note: 'x'.repeat(NOTE_MAX_LENGTH + 1) },
      /note is longer/,
    ],
    ['nothing at all', undefined, /Cannot save the reminder/],
  ])('refuses %s with a clear message and stores nothing', async (_label, input, error) => {
    const result = await createReminder(db, input, 0);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(error);
    expect(await db.reminders.count()).toBe(0);
  });
});

describe('claimDueReminders', () => {
  it('claims each due reminder exactly once, even when two wake-ups race', async () => {
    await add({ dueAt: 1_000 }, 0, 'a');
    await add({ dueAt: 2_000 }, 0, 'b');
    await add({ dueAt: 9_000 }, 0, 'later');

    const [first, second] = await Promise.all([claimDueReminders(db, 5_000), claimDueReminders(db, 5_000)]);
    const claimed = [...(first ?? []), ...(second ?? [])].map((r) => r.id).sort();
    expect(claimed).toEqual(['a', 'b']);
    expect(await claimDueReminders(db, 6_000)).toEqual([]);
    expect((await claimDueReminders(db, 9_000)).map((r) => r.id)).toEqual(['later']);
  });

  it('never claims done or dismissed reminders', async () => {
    await add({ dueAt: 1_000 }, 0, 'done');
    await add({ dueAt: 1_000 }, 0, 'dismissed');
    await completeReminder(db, 'done', 'happy', 500);
    await dismissReminder(db, 'dismissed', 500);
    expect(await claimDueReminders(db, 5_000)).toEqual([]);
  });
});

describe('nextNotificationAt', () => {
  it('is the earliest open reminder that has not notified yet', async () => {
    await add({ dueAt: 3_000 }, 0, 'x');
    await add({ dueAt: 1_000 }, 0, 'y');
    expect(await nextNotificationAt(db)).toBe(1_000);
    expect(nextAlarmAt(await listOpenReminders(db))).toBe(1_000);
    await claimDueReminders(db, 1_500);
    expect(await nextNotificationAt(db)).toBe(3_000);
    await claimDueReminders(db, 3_500);
    expect(await nextNotificationAt(db)).toBeUndefined();
  });
});

describe('snoozeReminder', () => {
  it('moves the due time, marks it snoozed and lets it notify once more at the new time', async () => {
    await add({ dueAt: 1_000 }, 0, 'r');
    expect((await claimDueReminders(db, 1_000)).map((r) => r.id)).toEqual(['r']);

    const result = await snoozeReminder(db, 'r', 1_000 + 3_600_000, 1_200);
    expect(result.ok && result.value).toMatchObject({ state: 'snoozed', dueAt: 3_601_000, snoozeCount: 1 });
    expect(result.ok && result.value.notifiedAt).toBeUndefined();
    expect(await countOverdue(db, 1_300)).toBe(0);
    expect(await nextNotificationAt(db)).toBe(3_601_000);

    expect(await claimDueReminders(db, 3_000_000)).toEqual([]);
    expect((await claimDueReminders(db, 3_601_000)).map((r) => r.id)).toEqual(['r']);
    expect(await claimDueReminders(db, 3_700_000)).toEqual([]);
  });

  it('keeps the deadline first promised, so a snoozed follow-up done late counts as late', async () => {
    await add({ dueAt: 1_000 }, 0, 'r');
    await snoozeReminder(db, 'r', 10_000, 900);
    const done = await completeReminder(db, 'r', 'happy', 5_000);
    expect(done.ok && done.value.deadlineAt).toBe(1_000);
    expect(await db.outcomes.toArray()).toMatchObject([{ reminderId: 'r', onTime: false, outcome: 'happy' }]);
  });

  it('refuses to snooze a finished or unknown reminder', async () => {
    await add({ dueAt: 1_000 }, 0, 'r');
    await completeReminder(db, 'r', 'no-answer', 10);
    expect(await snoozeReminder(db, 'r', 99, 20)).toMatchObject({ ok: false, error: /already done/ });
    expect(await snoozeReminder(db, 'nope', 99, 20)).toMatchObject({ ok: false, error: /No reminder/ });
    expect(await snoozeReminder(db, 'r', Number.NaN, 20)).toMatchObject({ ok: false });
  });
});

describe('completeReminder', () => {
  it('marks it done with the outcome and writes one line to the outcome record', async () => {
    await add({ dueAt: 10_000, scenario: 'refund' }, 0, 'r');
    const result = await completeReminder(db, 'r', 'happy', 8_000);
    expect(result.ok && result.value).toMatchObject({ state: 'done', outcome: 'happy', completedAt: 8_000 });
    expect(displayState((await db.reminders.get('r')) as Reminder, 20_000)).toBe('done');
    expect(await db.outcomes.toArray()).toEqual([
      expect.objectContaining({
        reminderId: 'r',
        site: 'zendesk',
        scenario: 'refund',
        dueAt: 10_000,
        completedAt: 8_000,
        onTime: true,
        outcome: 'happy',
      }),
    ]);
  });

  it('records the outcome later without a second record line or a new completion time', async () => {
    await add({ dueAt: 10_000 }, 0, 'r');
    await completeReminder(db, 'r', undefined, 12_000);
    expect(await db.outcomes.toArray()).toMatchObject([{ onTime: false, outcome: undefined }]);
    await completeReminder(db, 'r', 'unhappy', 50_000);
    expect(await db.outcomes.toArray()).toMatchObject([{ completedAt: 12_000, outcome: 'unhappy' }]);
  });

  it('refuses an unknown outcome and a dismissed reminder', async () => {
    await add({ dueAt: 10_000 }, 0, 'r');
    expect(await completeReminder(db, 'r', 'thrilled' as never, 1)).toMatchObject({ ok: false });
    await dismissReminder(db, 'r', 2);
    expect(await completeReminder(db, 'r', 'happy', 3)).toMatchObject({ ok: false, error: /dismissed/ });
    expect(await db.outcomes.count()).toBe(0);
  });
});

describe('overdue', () => {
  it('counts open reminders past their due time as overdue', async () => {
    const early = await add({ dueAt: 1_000 });
    await add({ dueAt: 8_000 });
    expect(displayState(early, 2_000)).toBe('overdue');
    expect(displayState(early, 500)).toBe('pending');
    expect(await countOverdue(db, 2_000)).toBe(1);
    expect(await countOverdue(db, 9_000)).toBe(2);
  });

  it('stops counting a reminder once it is done, dismissed or snoozed into the future', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await add({ dueAt: 1_000 }, 0, id);
    expect(await countOverdue(db, 2_000)).toBe(4);
    await completeReminder(db, 'a', 'happy', 2_000);
    await dismissReminder(db, 'b', 2_000);
    await snoozeReminder(db, 'c', 10_000, 2_000);
    expect(await countOverdue(db, 2_000)).toBe(1);
  });
});
