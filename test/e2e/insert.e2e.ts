/**
 * The editor matrix: each real editor (test/fixtures/editors/, built by scripts/build-fixtures.mjs) gets a
 * reply through the built extension's `insertReply` message, the path the panel and the popup use. Every
 * check reads the editor's OWN model (window.__editors[i].getText(), see the fixtures' README), never the DOM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { InsertOutcome, ReplyContent } from '@/lib/insert';
import {
  clickElsewhere,
  editorKinds,
  modelText,
  normalizeModelText as normalize,
  openEditorPage,
  placeCaret,
} from './editor-pages';
import {
  launchWithExtension,
  overlay,
  sendToContentScript,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { ensureEditorBundles } from './site-pages';

const reply = 'Hi Maria,\n\nThanks for your patience.\nYour order ships today.';
// As the panel sends it: paragraphs, with formatting, so editors that take HTML get HTML.
const suggestionHtml =
  '<p>Hi <b>Maria</b>,</p><p>Thanks for your <i>patience</i>.<br>Your order ships today.</p>';
const hostileText = 'Hi <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=2</script> bye';
// Formatted, so the HTML route (not the text) carries it; the image and script must not survive it.
const hostileHtml =
  '<p><b>Safe</b> words</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  // `npm test` builds the editor fixtures first; a direct vitest run builds them here when missing.
  ensureEditorBundles();
  server = await serveFixtures();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openEditor = (kind: string) => openEditorPage(browser.context, server, kind);

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
    // No step ran without landing: a known editor's own route worked (a step may decline, e.g. Quill 1's
    // API on Quill 2).
    expect(outcome.attempts?.filter((attempt) => attempt.result !== 'declined')).toEqual([]);
    const expected = `Hello ${reply}world`;
    await expect.poll(async () => normalize(await modelText(page))).toBe(normalize(expected));

    await page.keyboard.type('!');
    await expect.poll(async () => normalize(await modelText(page))).toBe(normalize(`Hello ${reply}!world`));
    await page.close();
  });

  it("takes the panel's suggestion (text and HTML paragraphs) once, line breaks kept, caret after it", async () => {
    const page = await openEditor(kind);
    await placeCaret(page, 'end');
    await clickElsewhere(page);
    const outcome = await insert(page, { text: reply, html: suggestionHtml });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    await page.keyboard.type('!');
    await expect
      .poll(async () =>
        normalize(await modelText(page))
          .split('\n')
          .at(-1),
      )
      .toBe('Your order ships today.!');
    const text = normalize(await modelText(page));
    expect(text.startsWith('Hello world')).toBe(true);
    expect(text.split('Hi Maria,').length - 1).toBe(1);
    // Each paragraph and line of the reply is a line of its own in the editor's model.
    expect(text.split('\n')).toContain('Thanks for your patience.');
    await page.close();
  });

  it('replaces an inline shortcut typed before the caret', async () => {
    const page = await openEditor(kind);
    await placeCaret(page, 'end');
    await page.keyboard.type(' ;thx', { delay: 20 });
    await expect.poll(async () => normalize(await modelText(page))).toBe('Hello world ;thx');
    const outcome = await insert(page, { text: reply, replaceBeforeCaret: ';thx' });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    await expect.poll(async () => normalize(await modelText(page))).toBe(normalize(`Hello world ${reply}`));
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
    // Nothing executable reached the editor's document, whichever route carried the HTML.
    const markup = await page.evaluate(() => {
      const editable = (window as unknown as { __editors: { element: HTMLElement }[] }).__editors[0]?.element;
      return editable?.querySelectorAll('img, script, iframe, [onerror], [onclick]').length ?? -1;
    });
    expect(markup).toBe(0);
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

describe('the reply box', () => {
  it('is found inside an open shadow root, and the caret there is restored', async () => {
    const page = await openEditorPage(browser.context, server, 'shadow-dom');
    await placeCaret(page, 6);
    await clickElsewhere(page);
    const outcome = await insert(page, { text: 'dear customer, ' });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true, editor: 'contenteditable' });
    await expect.poll(() => modelText(page)).toBe('Hello dear customer, world');
    await page.close();
  });

  it("keeps its caret when the agent opens Tactful's panel before inserting", async () => {
    const page = await openEditor('prosemirror');
    await placeCaret(page, 6);
    await page.locator(overlay('launcher')).click();
    await page.locator(overlay('panel')).waitFor();
    const outcome = await insert(page, { text: 'dear customer, ' });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    await expect.poll(async () => normalize(await modelText(page))).toBe('Hello dear customer, world');
    await page.close();
  });

  it("uses the page's only editor when none was focused", async () => {
    const page = await openEditor('quill2');
    const outcome = await insert(page, { text: 'Thanks!' });
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true, editor: 'quill' });
    await expect.poll(async () => normalize(await modelText(page))).toBe('Hello worldThanks!');
    await page.close();
  });

  it('gets a clear message, and nothing changes, when it cannot tell which editor or the reply is empty', async () => {
    const page = await openEditorPage(browser.context, server, 'two-editors');
    const texts = () =>
      page.evaluate(() =>
        (window as unknown as { __editors: { getText(): string }[] }).__editors.map((editor) =>
          editor.getText(),
        ),
      );
    const unfocused = await insert(page, { text: reply });
    expect(unfocused.ok).toBe(false);
    expect(unfocused.error).toMatch(/click into the reply editor/i);
    await placeCaret(page, 'end');
    const empty = await insert(page, { text: '  \n ' });
    expect(empty).toMatchObject({ ok: false, error: expect.stringMatching(/empty/i) as unknown });
    expect(await texts()).toEqual(['Hello world', 'Internal note']);
    await page.close();
  });
});
