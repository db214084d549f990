import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TactfulDb } from '@/lib/storage';
import { REMINDER_ALARM, createReminder, type Reminder } from '@/lib/reminders';
import { notifyDueReminders, reminderHandlers, startReminders } from '@/lib/reminders/browser';

let db: TactfulDb;
const T0 = Date.UTC(2024, 5, 4, 9, 0);
const MINUTE = 60_000;

async function add(id: string, dueAt: number, extra: Record<string, unknown> = {}): Promise<Reminder> {
  const input = {
    ticketUrl: `https://acme.zendesk.com/agent/tickets/${id}`,
    site: 'zendesk',
    dueAt,
    ...extra,
  };
  const result = await createReminder(db, input, T0, id);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Moves the clock and fires the reminder alarm, as Chrome does when it comes due. */
async function fireAlarmAt(now: number) {
  vi.setSystemTime(now);
  await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: now });
}

const notified = () => vi.mocked(fakeBrowser.notifications.create).mock.calls.map(([id]) => id);

beforeEach(async () => {
  vi.useFakeTimers({ now: T0, toFake: ['Date'] });
  db = new TactfulDb('reminders-browser-test');
  await db.open();
  vi.spyOn(fakeBrowser.notifications, 'create');
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await db.delete();
});

describe('startReminders', () => {
  it('arms the alarm for the earliest reminder and raises one notification with snooze and done buttons', async () => {
    await add('late', T0 + 30 * MINUTE);
    await add('soon', T0 + 10 * MINUTE, { customerName: 'Rosa', note: 'Refund sent?' });
    await startReminders(db);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(T0 + 10 * MINUTE);

    await fireAlarmAt(T0 + 10 * MINUTE);
    expect(notified()).toEqual(['reminder:soon']);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledWith(
      'reminder:soon',
      expect.objectContaining({
        message: 'Ask Rosa whether they are happy now.\nRefund sent?',
        buttons: [{ title: 'Snooze 1 h' }, { title: 'Done' }],
        requireInteraction: true,
      }),
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(T0 + 30 * MINUTE);
  });

  it('rebuilds the schedule on every worker start: nothing is lost when the browser drops its alarms', async () => {
    await add('a', T0 + 5 * MINUTE);
    await add('b', T0 + 50 * MINUTE);
    await startReminders(db);

    // The browser quits: alarms and listeners are gone; only IndexedDB remains.
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    // It starts again after 'a' came due while it was closed: 'a' notifies at once, 'b' is re-armed.
    vi.setSystemTime(T0 + 20 * MINUTE);
    await startReminders(db);
    expect(notified()).toEqual(['reminder:a']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(T0 + 50 * MINUTE);
  });

  it('never notifies a reminder twice, across racing wake-ups and restarts', async () => {
    await add('x', T0 + MINUTE);
    await startReminders(db);
    vi.setSystemTime(T0 + 2 * MINUTE);
    await Promise.all([
      notifyDueReminders(db),
      notifyDueReminders(db),
      fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: T0 + MINUTE }),
    ]);
    expect(notified()).toEqual(['reminder:x']);

    fakeBrowser.reset();
    vi.mocked(fakeBrowser.notifications.create).mockClear();
    await startReminders(db); // a restart after it notified
    await fireAlarmAt(T0 + 3 * MINUTE);
    expect(notified()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('ends with the alarm at the earliest reminder when a change overlaps a slow wake-up', async () => {
    await add('late', T0 + 60 * MINUTE);
    await startReminders(db);
    // The wake-up reads "late" as next, then its alarm write stalls while a new, earlier reminder arrives.
    const writeAlarm = fakeBrowser.alarms.create.bind(fakeBrowser.alarms);
    let isFirstWrite = true;
    let stalled = () => {};
    const hasStalled = new Promise<void>((resolve) => (stalled = resolve));
    const stallFirstWrite = async (name: string, info: { when?: number }) => {
      if (isFirstWrite) {
        isFirstWrite = false;
        stalled();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return writeAlarm(name, info);
    };
    vi.spyOn(fakeBrowser.alarms, 'create').mockImplementation(stallFirstWrite as never);
    const wakeUp = notifyDueReminders(db);
    await hasStalled;
    const ticket = { ticketUrl: 'https://acme.zendesk.com/agent/tickets/9', site: 'zendesk' };
    await reminderHandlers(db).createReminder?.({ ...ticket, dueAt: T0 + 2 * MINUTE }, {});
    await wakeUp;
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(T0 + 2 * MINUTE);
  });

  it('falls back to a plain notification where buttons are not supported (Firefox)', async () => {
    const rejectButtons = async (id: string, options: object) => {
      if ('buttons' in options) throw new Error('Type error for parameter options');
      return id;
    };
    vi.mocked(fakeBrowser.notifications.create).mockImplementation(rejectButtons as never);
    await add('ff', T0);
    await notifyDueReminders(db);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(2);
    const [, retry] = vi.mocked(fakeBrowser.notifications.create).mock.calls[1] as unknown[];
    expect(retry).not.toHaveProperty('buttons');
  });
});

describe('notification actions', () => {
  beforeEach(async () => {
    await add('r', T0 + MINUTE, { customerName: 'Ana' });
    await startReminders(db);
    await fireAlarmAt(T0 + MINUTE);
    expect(await fakeBrowser.notifications.getAll()).toHaveProperty('reminder:r');
  });

  it('"Snooze 1 h" moves the reminder an hour on, clears the notification and notifies again then', async () => {
    await fakeBrowser.notifications.onButtonClicked.trigger('reminder:r', 0);
    expect(await db.reminders.get('r')).toMatchObject({ state: 'snoozed', dueAt: T0 + 61 * MINUTE });
    expect(await fakeBrowser.notifications.getAll()).not.toHaveProperty('reminder:r');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(T0 + 61 * MINUTE);
    await fireAlarmAt(T0 + 61 * MINUTE);
    expect(notified()).toEqual(['reminder:r', 'reminder:r']);
  });

  it('"Done" completes it, records it in the outcome record and clears the badge', async () => {
    await fakeBrowser.notifications.onButtonClicked.trigger('reminder:r', 1);
    expect(await db.reminders.get('r')).toMatchObject({ state: 'done', completedAt: T0 + MINUTE });
    expect(await db.outcomes.toArray()).toMatchObject([{ reminderId: 'r', onTime: true }]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('a click on the notification opens the ticket in a tab', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('reminder:r');
    expect(opened).toHaveBeenCalledWith({ url: 'https://acme.zendesk.com/agent/tickets/r', active: true });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('ignores other notifications and unknown buttons', async () => {
    await fakeBrowser.notifications.onButtonClicked.trigger('someone-else:r', 1);
    await fakeBrowser.notifications.onButtonClicked.trigger('reminder:r', 7);
    expect((await db.reminders.get('r'))?.state).toBe('pending');
  });
});
