/**
 * The editor matrix: each real editor (test/fixtures/editors/, built by scripts/build-fixtures.mjs) gets a
 * reply through the built extension's `insertReply` message, the path the panel and the popup use. Every
 * check reads the editor's OWN model (window.__editors[i].getText(), see the fixtures' README), never the DOM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import kinds from '../fixtures/editors/kinds.json';
import type { InsertOutcome, ReplyContent } from '@/lib/insert';
import {
  launchWithExtension,
  overlay,
  sendToContentScript,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

// One fixture page per editor kind, as scripts/build-fixtures.mjs builds them.
const editorKinds: readonly string[] = kinds;

const reply = 'Hi Maria,\n\nThanks for your patience.\nYour order ships today.';
const hostileText = 'Hi <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> bye';
const hostileHtml =
  '<p>Safe words</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

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

/** Model text with editor-specific spacing folded: nbsp, blank lines between paragraphs, no trailing newline. */
function normalize(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .replace(/\n+$/, '');
}

async function openEditor(kind: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(`/editors/${kind}.html`));
  await page.waitForSelector('html[data-editors-ready="1"]', { timeout: 20_000 });
  // The content script is ready once its overlay is mounted.
  await page.locator(overlay('launcher')).waitFor({ timeout: 15_000 });
  return page;
}

/** The fixture contract (test/fixtures/editors/README.md), as far as these tests use it. */
interface FixtureWindow {
  __editors: { element: HTMLElement; frame?: HTMLIFrameElement; getText(): string }[];
}

const modelText = (page: Page) =>
  page.evaluate(() => (window as unknown as FixtureWindow).__editors[0]?.getText() ?? '(no editor)');

/** Clicks into the editor the way an agent would (inside its iframe for iframe editors). */
async function clickEditor(page: Page): Promise<void> {
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

/** Puts the caret after the first `offset` characters with the real keyboard. */
async function placeCaret(page: Page, offset: number | 'end'): Promise<void> {
  await clickEditor(page);
  await page.keyboard.press(offset === 'end' ? 'Control+End' : 'Control+Home');
  if (offset === 'end') return;
  // At a person's pace: Slate syncs its caret from the DOM on a 100 ms throttle and moves it itself on
  // arrow keys, so arrows pressed faster than that start from a stale caret.
  await page.waitForTimeout(150);
  for (let i = 0; i < offset; i += 1) await page.keyboard.press('ArrowRight', { delay: 20 });
}

/** Clicking the customer's message takes focus and the selection away, as Tactful's panel does. */
async function clickElsewhere(page: Page): Promise<void> {
  await page.locator('.customer-message').click();
}

async function insert(page: Page, content: ReplyContent): Promise<InsertOutcome> {
  return sendToContentScript(browser, page, 'insertReply', content);
}

describe.each(editorKinds)('inserting into %s', (kind) => {
  it('puts a multi-paragraph reply once at the saved caret, keeps its line breaks, and leaves the caret after it', async () => {
    const page = await openEditor(kind);
    expect(normalize(await modelText(page))).toBe('Hello world');
    await placeCaret(page, 6);
    await clickElsewhere(page);

    const outcome = await insert(page, { text: reply });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    const expected = `Hello ${reply}world`;
    await expect.poll(async () => normalize(await modelText(page))).toBe(normalize(expected));

    await page.keyboard.type('!');
    await expect.poll(async () => normalize(await modelText(page))).toBe(normalize(`Hello ${reply}!world`));
    await page.close();
  });

  it('inserts hostile text as text and hostile HTML sanitised: nothing runs', async () => {
    const page = await openEditor(kind);
    await placeCaret(page, 'end');
    const asText = await insert(page, { text: hostileText });
    expect(asText, JSON.stringify(asText)).toMatchObject({ ok: true });
    await expect.poll(async () => normalize(await modelText(page))).toBe(`Hello world${hostileText}`);

    const asHtml = await insert(page, { text: 'Safe words', html: hostileHtml });
    expect(asHtml, JSON.stringify(asHtml)).toMatchObject({ ok: true });
    await expect.poll(async () => normalize(await modelText(page))).toContain('Safe words');
    const pwned = await page.evaluate(() => {
      const frames = [...document.querySelectorAll('iframe')].map((frame) => frame.contentWindow);
      return [window, ...frames].map((view) => (view as unknown as { __pwned?: number } | null)?.__pwned);
    });
    expect(pwned.every((value) => value === undefined)).toBe(true);
    await page.close();
  });

  // Every editor in the matrix has undo, and all of them take the insertion back in one step.
  it('takes the whole insertion back with one undo', async () => {
    const page = await openEditor(kind);
    await placeCaret(page, 'end');
    await clickElsewhere(page);
    const outcome = await insert(page, { text: reply });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    await expect.poll(async () => normalize(await modelText(page))).toBe(normalize(`Hello world${reply}`));
    await page.keyboard.press('Control+z');
    await expect.poll(async () => normalize(await modelText(page))).toBe('Hello world');
    await page.close();
  });
});
