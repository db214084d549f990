import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  overlay,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('mounts its overlay in an open shadow root on a local helpdesk page, isolated from host CSS', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo/'));
    const launcher = page.locator(overlay('launcher'));
    await expect.poll(() => launcher.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.evaluate(() => document.querySelector('tactful-overlay')?.shadowRoot?.mode)).toBe(
      'open',
    );
    // The host page paints every button hot pink at 30px with !important; ours must keep its own look.
    const style = await launcher.evaluate((el) => {
      const computed = getComputedStyle(el);
      return { background: computed.backgroundColor, fontSize: computed.fontSize };
    });
    expect(style.background).toBe('rgb(15, 118, 110)');
    expect(style.fontSize).toBe('18px');

    await launcher.click();
    await expect.poll(() => page.locator(overlay('panel')).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(overlay('panel')).count()).toBe(0);
    await page.close();
  });

  it('opens the panel with the selected text as the customer message', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/demo/'));
    await page.locator(overlay('launcher')).waitFor();
    await page.evaluate(() => {
      const body = document.querySelectorAll('.message--customer .body')[1];
      if (body) window.getSelection()?.selectAllChildren(body);
    });
    await page.locator(overlay('launcher')).click();
    await expect.poll(() => page.locator(overlay('message')).inputValue()).toContain('THIRD time');
    await page.close();
  });

  it('renders the popup with live status from the background', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('[data-tactful="pending-count"]').textContent()).toBe('0');
    expect(await popup.locator('footer').textContent()).toMatch(/^v\d+\.\d+\.\d+/);
    await popup.close();
  });

  it('saves settings from the options page through the background, and they survive a browser restart', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.locator('input[name="agentName"]').fill('Sam Rivera');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.locator('[data-tactful="saved"]').waitFor();
    await options.close();

    browser = await browser.restart();
    const reopened = await browser.openExtensionPage('options.html');
    await expect.poll(() => reopened.locator('input[name="agentName"]').inputValue()).toBe('Sam Rivera');
    await reopened.close();
  });

  it('fires the reminder alarm: a due follow-up notifies once and shows on the toolbar badge', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const dueAt = Date.now() + 2_000;
    const created = await popup.evaluate(
      (due) =>
        chrome.runtime.sendMessage({
          tactful: 1,
          name: 'createReminder',
          data: {
            ticketUrl: 'http://localhost/ticket/4821',
            site: 'generic',
            dueAt: due,
            customerName: 'Maria',
          },
        }) as Promise<{ ok: boolean; value: { id: string } }>,
      dueAt,
    );
    expect(created.ok).toBe(true);

    const alarm = await popup.evaluate(() => chrome.alarms.get('tactful:reminders'));
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(dueAt);

    await expect
      .poll(() => popup.evaluate(() => chrome.action.getBadgeText({})), { timeout: 20_000, interval: 500 })
      .toBe('1');
    const reminders = await popup.evaluate(
      () =>
        chrome.runtime.sendMessage({ tactful: 1, name: 'listReminders' }) as Promise<{
          value: { id: string; notifiedAt?: number }[];
        }>,
    );
    expect(reminders.value.find((r) => r.id === created.value.id)?.notifiedAt).toBeGreaterThanOrEqual(dueAt);
    expect(await popup.evaluate(() => chrome.alarms.get('tactful:reminders'))).toBeUndefined();
    await popup.close();
  });
});
