/**
 * Inline shortcut expansion with the built extension, typed with the real keyboard into each of the 14 real
 * editors (test/fixtures/editors/): ";late" then Tab becomes the rendered template, read back from the editor's
 * own model; a word that is no shortcut leaves Tab alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactText } from '@/lib/insert';
import { editorKinds, openEditorPage, placeCaret } from './editor-pages';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { sendToBackground } from './panel-driver';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
  await sendToBackground(browser, 'saveSettings', { agentName: 'Sam Rivera' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('inline shortcut expansion', () => {
  /** The reply for ";late" as the library renders it, minus the lines that hold a date (the page's deadline). */
  async function dateFreeParagraphs(): Promise<string[]> {
    const render = (date: number) =>
      sendToBackground(browser, 'expandShortcut', {
        shortcut: 'late',
        context: { agent: { name: 'Sam Rivera' }, followUp: { date } },
        language: 'en',
      });
    const [one, other] = await Promise.all([
      render(Date.now() + 86_400_000),
      render(Date.now() + 3 * 86_400_000),
    ]);
    const otherText = other?.text ?? '';
    return (one?.text ?? '')
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.length > 40 && otherText.includes(paragraph));
  }

  it.each(editorKinds)('replaces ";late" + Tab with the rendered template in %s', async (kind) => {
    const expected = await dateFreeParagraphs();
    expect(expected.length).toBeGreaterThan(1);
    const page = await openEditorPage(browser.context, server, kind);
    const model = () =>
      page.evaluate(
        () => (window as unknown as { __editors: { getText(): string }[] }).__editors[0]?.getText() ?? '',
      );
    await placeCaret(page, 'end');
    await page.keyboard.type(' ;late', { delay: 20 });
    await expect.poll(async () => compactText(await model())).toBe('Helloworld;late');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => compactText(await model()), { timeout: 10_000 })
      .toContain(compactText(expected[0] ?? ''));
    const text = compactText(await model());
    expect(text.startsWith('Helloworld')).toBe(true);
    expect(text).not.toContain(';late');
    for (const paragraph of expected) expect(text).toContain(compactText(paragraph));
    expect(text).toContain('Sam');
    await page.close();
  });

  it('leaves Tab alone when the word after the trigger is no shortcut', async () => {
    const page = await openEditorPage(browser.context, server, 'textarea');
    await placeCaret(page, 'end');
    await page.keyboard.type(' ;nosuchshortcut', { delay: 10 });
    await page.keyboard.press('Tab');
    await page.waitForTimeout(400);
    const state = await page.evaluate(() => ({
      value: (document.querySelector('textarea') as HTMLTextAreaElement).value,
      focused: document.activeElement?.localName,
    }));
    expect(state.value).toBe('Hello world ;nosuchshortcut');
    expect(state.focused).not.toBe('textarea');
    await page.close();
  });
});
