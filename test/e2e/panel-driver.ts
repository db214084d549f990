/**
 * Driving Tactful's panel on a page the way an agent does (launcher, suggestions, placeholder form), and
 * reading what it shows. Shared by overlay.e2e.ts, sites.e2e.ts, scripts/demo.ts and scripts/bench-overlay.ts.
 */
import type { Locator, Page } from 'playwright-core';
import { unwrapReply, type MessageName, type RequestArgs, type ResponseOf } from '../../lib/messaging';
import { overlay, type ExtensionBrowser } from './harness';

/** Sends a typed message to the background from an extension page (the SW cannot message itself). */
export async function sendToBackground<N extends MessageName>(
  browser: ExtensionBrowser,
  name: N,
  ...args: RequestArgs<N>
): Promise<ResponseOf<N>> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    const reply: unknown = await page.evaluate((envelope) => chrome.runtime.sendMessage(envelope), {
      tactful: 1,
      name,
      data: args[0],
    });
    return unwrapReply(name, reply);
  } finally {
    await page.close();
  }
}

export interface ShownSuggestion {
  templateId: string;
  language: string;
  scenario: string;
  /** The preview: exactly the text that is inserted. */
  text: string;
  needsValues: boolean;
}

/** The suggestions (or search results) the panel shows, in order. */
export async function shownSuggestions(page: Page, hook = 'suggestion'): Promise<ShownSuggestion[]> {
  return page.locator(overlay(hook)).evaluateAll((items) =>
    items.map((item) => ({
      templateId: item.getAttribute('data-template-id') ?? '',
      language: item.getAttribute('data-language') ?? '',
      scenario: item.getAttribute('data-scenario') ?? '',
      text: item.querySelector('[data-tactful="preview"]')?.textContent ?? '',
      needsValues: item.querySelector('[data-tactful="needs-values"]') !== null,
    })),
  );
}

/** Opens the panel from the launcher and waits for its tone and its suggestions. */
export async function openPanelAndWait(page: Page): Promise<void> {
  await page.locator(overlay('launcher')).click();
  await waitForAnalysis(page);
}

/** Waits until the panel shows a tone and at least one suggestion. */
export async function waitForAnalysis(page: Page, timeout = 15_000): Promise<void> {
  await page.locator(overlay('tone')).waitFor({ timeout });
  await page.locator(overlay('suggestion')).first().waitFor({ timeout });
}

export const shownTone = (page: Page): Promise<string | null> =>
  page.locator(overlay('tone')).getAttribute('data-tone');

/** The customer message the panel analyses (its textarea holds the exact text). */
export const analysedMessage = (page: Page): Promise<string> => page.locator(overlay('message')).inputValue();

/** A value an agent would type for each placeholder the reply still needs. */
function valueFor(path: string): string {
  if (path === 'followUp.date') {
    const date = new Date(Date.now() + 2 * 86_400_000);
    return date.toISOString().slice(0, 10);
  }
  return { 'order.id': 'ORD-5521', 'ticket.id': 'T-77' }[path] ?? 'Sam';
}

/**
 * Inserts the suggestion at `index` with a click. A suggestion that needs values the page did not give is
 * filled in first through its "Fill in" form, as an agent would. Returns the exact text that was inserted.
 */
export async function insertSuggestion(page: Page, index = 0, hook = 'suggestion'): Promise<string> {
  const item: Locator = page.locator(overlay(hook)).nth(index);
  let text = (await item.locator('[data-tactful="preview"]').textContent()) ?? '';
  const fill = item.locator('[data-tactful="fill"]');
  if ((await fill.count()) > 0) {
    await fill.click();
    const form = page.locator(overlay('placeholders'));
    for (const input of await form.locator('[data-tactful="placeholder"]').all()) {
      await input.fill(valueFor((await input.getAttribute('data-path')) ?? ''));
    }
    const submit = form.locator('[data-tactful="placeholders-insert"]');
    await page.waitForFunction(
      (selector) =>
        document.querySelector('tactful-overlay')?.shadowRoot?.querySelector<HTMLButtonElement>(selector)
          ?.disabled === false,
      '[data-tactful="placeholders-insert"]',
      { timeout: 5000 },
    );
    text = (await form.locator('[data-tactful="placeholder-preview"]').textContent()) ?? '';
    await submit.click();
  } else {
    await item.locator('[data-tactful="insert"], [data-tactful="search-insert"]').click();
  }
  await page.locator(overlay('insert-status')).waitFor();
  const state = await page.locator(overlay('insert-status')).getAttribute('data-state');
  if (state !== 'inserted') {
    throw new Error(`insertion failed: ${await page.locator(overlay('insert-status')).textContent()}`);
  }
  return text;
}
