import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEnvelope, dispatchEnvelope, unwrapReply } from '@/lib/messaging';
import { reminderHandlers } from '@/lib/reminders/browser';
import { describeFailure, STORAGE_FULL_MESSAGE, TactfulDb } from '@/lib/storage';

/**
 * When the browser's storage is full, IndexedDB refuses the write with a QuotaExceededError that Dexie wraps in
 * transaction details. The agent must read what happened and what to do, and nothing half-written may stay.
 */
let db: TactfulDb;

beforeEach(async () => {
  db = new TactfulDb('quota-test');
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const ticket = { ticketUrl: 'https://acme.zendesk.com/agent/tickets/7', site: 'zendesk' };

describe('a full browser storage', () => {
  it('answers a save with plain words through the message layer, and stores nothing', async () => {
    // fake-indexeddb stands in for the browser: its object stores refuse every write as a full disk would.
    const store = Object.getPrototypeOf(db.backendDB().transaction('reminders').objectStore('reminders')) as {
      add: (...args: unknown[]) => unknown;
      put: (...args: unknown[]) => unknown;
    };
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(store, 'add').mockImplementation(full);
    vi.spyOn(store, 'put').mockImplementation(full);

    const reply = await dispatchEnvelope(
      reminderHandlers(db),
      createEnvelope('createReminder', { ...ticket, dueAt: Date.now() + 3_600_000 }),
      {},
    );
    expect(() => unwrapReply('createReminder', reply)).toThrow(STORAGE_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect(await db.reminders.count()).toBe(0);
  });

  it('is recognised however deeply the storage library wrapped it', () => {
    const quota = { name: 'QuotaExceededError', message: 'QuotaExceededError' };
    expect(describeFailure(quota)).toBe(STORAGE_FULL_MESSAGE);
    expect(describeFailure({ name: 'AbortError', message: 'Transaction aborted', inner: quota })).toBe(
      STORAGE_FULL_MESSAGE,
    );
    expect(describeFailure(new Error('Write failed', { cause: quota }))).toBe(STORAGE_FULL_MESSAGE);
    // Every other failure keeps its own words.
    expect(describeFailure(new Error('No reminder id in the request.'))).toBe(
      'No reminder id in the request.',
    );
  });
});
