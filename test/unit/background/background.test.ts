import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/storage';
import { REMINDER_ALARM } from '@/lib/reminders';
import { sendMessage } from '@/lib/messaging/browser';
import background from '@/entrypoints/background';

/** Lets queued promise chains (Dexie, fake alarms) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(async () => {
  await getDb().delete();
  await getDb().open();
  vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
  background.main();
  await settle();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('background', () => {
  it('answers status requests from extension pages', async () => {
    const status = await sendMessage('getStatus');
    expect(status).toMatchObject({ templateCount: 0, pendingReminders: 0, overdueReminders: 0 });
  });

  it('counts open and overdue follow-ups, leaving finished ones out', async () => {
    const now = Date.now();
    const ticket = { ticketUrl: 'http://localhost/ticket/8', site: 'generic' };
    const due = await sendMessage('createReminder', { ...ticket, dueAt: now + 60_000 });
    await sendMessage('createReminder', { ...ticket, dueAt: now + 120_000 });
    const finished = await sendMessage('createReminder', { ...ticket, dueAt: now + 180_000 });
    await getDb().reminders.update(finished.id, { state: 'done' });
    await getDb().reminders.update(due.id, { dueAt: now - 1_000 });
    expect(await sendMessage('getStatus')).toMatchObject({ pendingReminders: 2, overdueReminders: 1 });
  });

  it('arms the reminder alarm for a new reminder and notifies once when it fires', async () => {
    const dueAt = Date.now() + 60_000;
    const reminder = await sendMessage('createReminder', {
      ticketUrl: 'http://localhost/ticket/7',
      site: 'generic',
      dueAt,
      customerName: 'Rosa',
    });
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(dueAt);

    vi.useFakeTimers({ now: dueAt + 1, toFake: ['Date'] });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: dueAt });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: dueAt });
    vi.useRealTimers();
    await settle();

    expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.notifications.create).toHaveBeenCalledWith(
      `reminder:${reminder.id}`,
      expect.objectContaining({ message: expect.stringContaining('Rosa') as unknown }),
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });
});
