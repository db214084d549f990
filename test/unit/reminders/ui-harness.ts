// Shared set-up for the reminder UI tests: the real storage and reminder handlers answering messages in this
// context (as the background does), over a fresh database.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessages } from '@/lib/messaging/browser';
import { reminderHandlers } from '@/lib/reminders/browser';
import { getDb, writeSettings, type TactfulDb } from '@/lib/storage';
import { storageHandlers } from '@/lib/storage/browser';
import { createReminder, type Reminder } from '@/lib/reminders';

export function setUpBackgroundForUi(): { db: () => TactfulDb } {
  beforeEach(async () => {
    await getDb().delete();
    await getDb().open();
    vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
    onMessages({ ...storageHandlers(getDb()), ...reminderHandlers(getDb()) });
    await writeSettings(getDb(), {
      workingHours: { timeZone: 'Europe/Budapest', days: [1, 2, 3, 4, 5], start: 540, end: 1020 },
    });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  return { db: getDb };
}

export async function seedReminder(
  id: string,
  dueAt: number,
  extra: Partial<Reminder> = {},
): Promise<Reminder> {
  const result = await createReminder(
    getDb(),
    { ticketUrl: `https://acme.zendesk.com/agent/tickets/${id}`, site: 'zendesk', dueAt },
    0,
    id,
  );
  if (!result.ok) throw new Error(result.error);
  if (Object.keys(extra).length > 0) await getDb().reminders.update(id, extra);
  return { ...result.value, ...extra };
}
