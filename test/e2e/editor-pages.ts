/**
 * Driving the real-editor fixture pages (test/fixtures/editors/, contract in its README) the way an agent
 * would: open one, click into its editor, move the caret with the keyboard, read the editor's own model.
 * Used by test/e2e/insert.e2e.ts and scripts/bench-insert.ts.
 */
import type { BrowserContext, Page } from 'playwright-core';
import kinds from '../fixtures/editors/kinds.json';
import { overlay, type FixtureServer } from './harness';

/** One fixture page per editor kind, as scripts/build-fixtures.mjs builds them. */
export const editorKinds: readonly string[] = kinds;

/** The fixture contract, as far as tests use it. */
interface FixtureWindow {
  __editors: { element: HTMLElement; frame?: HTMLIFrameElement; getText(): string }[];
}

/** Opens `/editors/<kind>.html` and waits for the editor and Tactful's content script. */
export async function openEditorPage(
  context: BrowserContext,
  server: FixtureServer,
  kind: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(`/editors/${kind}.html`));
  await page.waitForSelector('html[data-editors-ready="1"]', { timeout: 20_000 });
  // The content script is ready once its overlay is mounted.
  await page.locator(overlay('launcher')).waitFor({ timeout: 15_000 });
  return page;
}

/** The first editor's text, read from its own model. */
export const modelText = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as FixtureWindow).__editors[0]?.getText() ?? '(no editor)');

/** Model text with editor-specific spacing folded: nbsp, blank lines between paragraphs, no trailing newline. */
export function normalizeModelText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .replace(/\n+$/, '');
}

/** Clicks into the editor (inside its iframe for iframe editors). */
export async function clickEditor(page: Page): Promise<void> {
  const frame = await page.evaluateHandle(
    () => (window as unknown as FixtureWindow).__editors[0]?.frame ?? null,
  );
  const content = await frame.asElement()?.contentFrame();
  if (content) {
    await content.locator('body').click();
    return;
  }
  const element = await page.evaluateHandle(
    () => (window as unknown as FixtureWindow).__editors[0]?.element ?? null,
  );
  const handle = element.asElement();
  if (!handle) throw new Error('the fixture page mounted no editor');
  await handle.click();
}

/** Puts the caret after the first `offset` characters, or at the end, with the real keyboard. */
export async function placeCaret(page: Page, offset: number | 'end'): Promise<void> {
  await clickEditor(page);
  await page.keyboard.press(offset === 'end' ? 'Control+End' : 'Control+Home');
  if (offset === 'end') return;
  // At a person's pace: Slate syncs its caret from the DOM on a 100 ms throttle and moves it itself on
  // arrow keys, so arrows pressed faster than that start from a stale caret.
  await page.waitForTimeout(150);
  for (let i = 0; i < offset; i += 1) await page.keyboard.press('ArrowRight', { delay: 20 });
}

/** Clicking the customer's message takes focus and the selection away, as clicking Tactful's panel does. */
export async function clickElsewhere(page: Page): Promise<void> {
  await page.locator('.customer-message').click();
}
