import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { unwrapReply, type MessageName, type RequestArgs, type ResponseOf } from '@/lib/messaging';
import { deadlineFor, toDateTimeInputValue, toWorkCalendar, type DeadlineRule } from '@/lib/reminders';
import {
  launchWithExtension,
  overlay,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { controlServiceWorker } from './service-worker-control';

const ZONE = 'America/New_York';
const WORKING_HOURS = { timeZone: ZONE, days: [1, 2, 3, 4, 5], start: 540, end: 1020 };
const HOUR = 3_600_000;

let server: FixtureServer;
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  server = await serveFixtures();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});
afterAll(async () => {
  await server?.close();
});

async function launch(options: { userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  browser = await launchWithExtension(options);
  return browser;
}

/**
 * An extension page that never messages the background by itself (the manifest), for chrome.* queries:
 * notifications, the badge, alarms. Unlike the popup, it does not wake a stopped service worker.
 */
async function openProbe(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/manifest.json`);
  return page;
}

/** Sends a typed message to the background from an extension page, as the popup does. */
async function send<N extends MessageName>(
  page: Page,
  name: N,
  ...args: RequestArgs<N>
): Promise<ResponseOf<N>> {
  const reply: unknown = await page.evaluate((envelope) => chrome.runtime.sendMessage(envelope), {
    tactful: 1,
    name,
    data: args[0],
  });
  return unwrapReply(name, reply);
}

const notificationIds = (probe: Page) =>
  probe.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const badge = (probe: Page) => probe.evaluate(() => chrome.action.getBadgeText({}));

async function setWorkingHoursInOptions(extension: ExtensionBrowser): Promise<void> {
  const options = await extension.openExtensionPage('options.html');
  await options.locator('select[name="timeZone"]').selectOption(ZONE);
  await options.getByRole('button', { name: 'Update working hours' }).click();
  await options.locator('[data-tactful="working-hours-saved"]').waitFor();
  await options.close();
}

/**
 * Opens the demo ticket with the customer's angry message selected (so the panel holds its text), then the
 * panel and its reminder form, and waits for the suggested deadline.
 */
async function openReminderForm(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(server.url('/demo/'));
  await page.locator(overlay('launcher')).waitFor();
  await page.evaluate(() => {
    const body = document.querySelectorAll('.message--customer .body')[1];
    if (body) window.getSelection()?.selectAllChildren(body);
  });
  await page.locator(overlay('launcher')).click();
  // The agent sees the tone first; the suggested deadline depends on it.
  await expect.poll(() => page.locator(overlay('tone')).getAttribute('data-tone')).toMatch(/\w/);
  // The replies arrive just after the tone and push "Remind me" down: click it once the panel is settled,
  // not at the place it held a moment before.
  await page.locator(overlay('suggestion')).first().waitFor();
  await page.locator(overlay('remind')).click();
  await page.locator(overlay('remind-reason')).waitFor();
  return page;
}

const ruleOfReason = (reason: string): DeadlineRule =>
  reason.includes('2 working hours')
    ? 'two-working-hours'
    : reason.includes('same working day')
      ? 'same-working-day'
      : 'next-working-day';

describe('follow-up reminders in Chromium', () => {
  it('creates a reminder from the panel on a helpdesk page with the suggested deadline', async () => {
    const extension = await launch();
    await setWorkingHoursInOptions(extension);
    const asked = Date.now();
    const page = await openReminderForm(extension);
    const answered = Date.now();
    const reason = (await page.locator(overlay('remind-reason')).textContent()) ?? '';
    await page.locator(overlay('remind-save')).click();
    await expect
      .poll(() => page.locator(overlay('remind-confirm')).textContent())
      .toMatch(/^Reminder set for /);

    const probe = await openProbe(extension);
    const [saved] = await send(probe, 'listReminders');
    // The form shows the suggestion to the second; the deadline follows the rule it names, in the set zone.
    const calendar = toWorkCalendar(WORKING_HOURS);
    const rule = ruleOfReason(reason);
    expect(saved?.dueAt).toBeGreaterThanOrEqual(Math.floor(deadlineFor(rule, asked, calendar) / 1000) * 1000);
    expect(saved?.dueAt).toBeLessThanOrEqual(deadlineFor(rule, answered, calendar));
    expect(saved).toMatchObject({
      ticketUrl: page.url(),
      site: expect.stringMatching(/\S/),
      state: 'pending',
    });
    // The panel held the customer's message; the reminder must not.
    expect(await page.locator(overlay('message')).inputValue()).toContain('THIRD time');
    expect(JSON.stringify(await send(probe, 'listReminders'))).not.toMatch(/THIRD time|blender/);

    const popup = await extension.openExtensionPage('popup.html');
    const row = popup.locator(`[data-tactful="reminder"][data-reminder-id="${saved?.id}"]`);
    await expect.poll(() => row.getAttribute('data-state')).toBe('pending');
  });

  it('survives a full browser restart: the badge and the notification come when it is due', async () => {
    let extension = await launch();
    await setWorkingHoursInOptions(extension);
    const page = await openReminderForm(extension);
    let dueAt = Math.ceil((Date.now() + 15_000) / 1000) * 1000;
    if (new Date(dueAt).getSeconds() === 0) dueAt += 1000; // Chrome drops ":00" seconds from the field
    await page.locator(overlay('remind-due')).fill(toDateTimeInputValue(dueAt, ZONE));
    await page.locator(overlay('remind-note')).fill('Ask whether the replacement arrived');
    await page.locator(overlay('remind-save')).click();
    await page.locator(overlay('remind-confirm')).waitFor();
    const [created] = await send(await openProbe(extension), 'listReminders');
    expect(created?.dueAt).toBe(dueAt);

    extension = await extension.restart();
    browser = extension;
    const probe = await openProbe(extension);
    // The relaunch dropped every alarm (RECIPE.md §7b); the worker re-armed it from IndexedDB.
    await expect
      .poll(() => probe.evaluate(() => chrome.alarms.get('tactful:reminders')).then((a) => a?.scheduledTime))
      .toBeGreaterThanOrEqual(dueAt);
    expect(await notificationIds(probe)).not.toContain(`reminder:${created?.id}`);

    await expect
      .poll(() => notificationIds(probe), { timeout: 40_000, interval: 500 })
      .toContain(`reminder:${created?.id}`);
    expect(Date.now()).toBeGreaterThanOrEqual(dueAt);
    await expect.poll(() => badge(probe)).toBe('1');
    const popup = await extension.openExtensionPage('popup.html');
    const row = popup.locator(`[data-reminder-id="${created?.id}"]`);
    await expect.poll(() => row.getAttribute('data-state')).toBe('overdue');
    expect(await row.textContent()).toContain('Ask whether the replacement arrived');
  });

  it('survives the service worker being stopped: the alarm wakes it and it notifies', async () => {
    const extension = await launch();
    const probe = await openProbe(extension);
    const created = await send(probe, 'createReminder', {
      ticketUrl: server.url('/demo/'),
      site: 'generic',
      customerName: 'Maria López',
      dueAt: Date.now() + 8_000,
    });

    const worker = await controlServiceWorker(extension);
    await worker.stop();
    expect(worker.status()).toBe('stopped');
    expect(await notificationIds(probe)).toEqual([]);

    await expect
      .poll(() => notificationIds(probe), { timeout: 30_000, interval: 500 })
      .toEqual([`reminder:${created.id}`]);
    const history = worker.history();
    expect(history.slice(history.lastIndexOf('stopped'))).toContain('running');
    await expect.poll(() => badge(probe)).toBe('1');
    await worker.detach();
  });

  it('shows reminders that came due while the browser was closed as overdue at once, and never notifies twice', async () => {
    let extension = await launch();
    let probe = await openProbe(extension);
    const created = await send(probe, 'createReminder', {
      ticketUrl: server.url('/demo/'),
      site: 'generic',
      dueAt: Date.now() + 2_000,
    });
    await extension.close({ keepProfile: true });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, created.dueAt + 1_000 - Date.now())));

    extension = await launch({ userDataDir: extension.userDataDir });
    probe = await openProbe(extension);
    await expect.poll(() => badge(probe), { timeout: 5_000 }).toBe('1');
    expect(await notificationIds(probe)).toEqual([`reminder:${created.id}`]);
    const [notified] = await send(probe, 'listReminders');
    expect(notified?.notifiedAt).toBeGreaterThanOrEqual(created.dueAt);

    // The agent closes the notification; another wake-up and another restart must not raise it again.
    await probe.evaluate((id) => chrome.notifications.clear(id), `reminder:${created.id}`);
    await probe.evaluate(() => chrome.alarms.create('tactful:reminders', { when: Date.now() + 100 }));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await notificationIds(probe)).toEqual([]);

    extension = await extension.restart();
    browser = extension;
    probe = await openProbe(extension);
    await expect.poll(() => badge(probe)).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notificationIds(probe)).toEqual([]);
    const [after] = await send(probe, 'listReminders');
    expect(after?.notifiedAt).toBe(notified?.notifiedAt);
  });

  it('lets the agent finish, snooze and open follow-ups from the popup', async () => {
    const extension = await launch();
    const probe = await openProbe(extension);
    const ticket = (n: number) => server.url(`/demo/?ticket=${n}`);
    const ana = await send(probe, 'createReminder', {
      ticketUrl: ticket(1),
      site: 'generic',
      customerName: 'Ana',
      dueAt: Date.now() - HOUR,
    });
    const cleo = await send(probe, 'createReminder', {
      ticketUrl: ticket(2),
      site: 'generic',
      customerName: 'Cleo',
      dueAt: Date.now() - HOUR / 2,
    });
    const ben = await send(probe, 'createReminder', {
      ticketUrl: ticket(3),
      site: 'generic',
      customerName: 'Ben',
      dueAt: Date.now() + 30 * HOUR,
    });
    await expect.poll(() => badge(probe)).toBe('2');

    const popup = await extension.openExtensionPage('popup.html');
    const row = (id: string) => popup.locator(`[data-tactful="reminder"][data-reminder-id="${id}"]`);
    await expect.poll(() => row(ana.id).getAttribute('data-state')).toBe('overdue');
    expect(await row(ben.id).getAttribute('data-state')).toBe('pending');

    await row(ana.id).locator('[data-tactful="reminder-done"]').click();
    await row(ana.id).locator('[data-tactful="outcome-happy"]').click();
    await expect.poll(() => row(ana.id).getAttribute('data-state')).toBe('done');
    await expect
      .poll(() => popup.locator('[data-tactful="follow-up-summary"]').textContent())
      .toMatch(/^1 follow-ups done/);

    await row(cleo.id).locator('[data-tactful="reminder-snooze"]').click();
    await row(cleo.id).locator('[data-tactful="snooze-in-1-hour"]').click();
    await expect.poll(() => row(cleo.id).getAttribute('data-state')).toBe('snoozed');
    await expect.poll(() => badge(probe)).toBe('');

    const opened = extension.context.waitForEvent('page');
    await row(ben.id).locator('[data-tactful="reminder-open"]').click();
    expect((await opened).url()).toBe(ticket(3));
  });

  it('keeps the popup to one page per list with a thousand reminders', async () => {
    const extension = await launch();
    const probe = await openProbe(extension);
    await send(probe, 'listReminders'); // the background has opened (and created) the database
    await probe.evaluate(async (origin) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tactful');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('reminders', 'readwrite');
      const now = Date.now();
      for (let i = 0; i < 1_000; i++) {
        const isOverdue = i < 600;
        tx.objectStore('reminders').put({
          id: `bulk-${i}`,
          ticketUrl: `${origin}/demo/?ticket=${i}`,
          site: 'generic',
          customerName: `Customer ${i}`,
          dueAt: isOverdue ? now - (i + 1) * 60_000 : now + (2 + i / 100) * 86_400_000,
          state: 'pending',
          createdAt: now,
          updatedAt: now,
          notifiedAt: isOverdue ? now : undefined,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, server.origin);

    const popup = await extension.openExtensionPage('popup.html');
    const rows = popup.locator('[data-tactful="reminder"]');
    await expect.poll(() => rows.count()).toBe(100);
    expect(await popup.locator('[data-tactful="bucket-overdue"] h2').textContent()).toBe('Overdue 600');
    expect(await popup.locator('[data-tactful="bucket-upcoming"] h2').textContent()).toBe('Upcoming 400');
    await popup.locator('[data-tactful="more-overdue"]').click();
    await expect.poll(() => rows.count()).toBe(150);
    expect(await popup.locator('[data-tactful="overdue-count"]').textContent()).toBe('600');
  });
});
