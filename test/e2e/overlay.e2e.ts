/**
 * The overlay in real Chromium with the built extension: the launcher beside the reply editor, the panel from
 * the launcher, the keyboard shortcut's message and the toolbar popup, keyboard-only use, CSS isolation,
 * hiding per site, the placeholder form and gaps, hostile page text, and the reply checker on a bad draft
 * (inline shortcut expansion: inline-expansion.e2e.ts). Expected tones come from the tone engine itself (lib/tone) run on the
 * text the panel says it analysed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactText } from '@/lib/insert';
import { detectTone } from '@/lib/tone';
import { openActionPopup } from './action-popup';
import {
  launchWithExtension,
  overlay,
  sendToContentScript,
  serveFixtures,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import {
  analysedMessage,
  insertSuggestion,
  openPanelAndWait,
  sendToBackground,
  shownSuggestions,
  shownTone,
  waitForAnalysis,
} from './panel-driver';

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

const setAgentName = (agentName: string) => sendToBackground(browser, 'saveSettings', { agentName });
const editorText = (page: Page) =>
  page.locator('.reply-editor').evaluate((el) => (el as HTMLElement).innerText);
/** The element focused inside the overlay's shadow root, by its hook. */
const focusedHook = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('tactful-overlay')?.shadowRoot?.activeElement;
    return active
      ? `${active.getAttribute('data-tactful')}:${active.getAttribute('data-template-id') ?? ''}`
      : null;
  });

async function openDemo(path = '/demo/', viewport = { width: 1280, height: 860 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(server.url(path));
  await page.locator(overlay('launcher')).waitFor({ timeout: 15_000 });
  return page;
}

describe('the launcher', () => {
  it('sits beside the focused reply editor and follows it when the page scrolls', async () => {
    const page = await openDemo('/demo/', { width: 1280, height: 600 });
    await page.evaluate(() => {
      document.body.style.paddingBottom = '1200px';
    });
    await page.locator('.reply-editor').click();
    const launcher = page.locator(overlay('launcher'));
    await expect.poll(() => launcher.getAttribute('data-anchored')).toBe('editor');
    const editor = await page.locator('.reply-editor').boundingBox();
    const placed = await launcher.boundingBox();
    if (!editor || !placed) throw new Error('no boxes');
    // Right beside the editor's right edge, level with its bottom line.
    expect(placed.x).toBeGreaterThanOrEqual(editor.x + editor.width - 45);
    expect(placed.x).toBeLessThanOrEqual(editor.x + editor.width + 12);
    expect(placed.y + placed.height).toBeGreaterThan(editor.y);
    expect(placed.y + placed.height).toBeLessThanOrEqual(editor.y + editor.height + 2);

    await page.mouse.wheel(0, 150);
    await expect
      .poll(async () => Math.round((await page.locator('.reply-editor').boundingBox())?.y ?? 0))
      .toBeLessThan(editor.y - 100);
    const scrolledEditor = await page.locator('.reply-editor').boundingBox();
    await expect
      .poll(async () => (await launcher.boundingBox())?.y)
      .toBeCloseTo((scrolledEditor?.y ?? 0) + (placed.y - editor.y), 0);
    await page.close();
  });
});

describe('the panel', () => {
  it('shows the tone with the words that set it, urgency, churn risk and three replies in the customer language', async () => {
    await setAgentName('Sam Rivera');
    const page = await openDemo();
    await openPanelAndWait(page);
    const message = await analysedMessage(page);
    expect(message).toContain('THIRD time I write about order #A-10293');
    expect(await shownTone(page)).toBe(detectTone(message.trim()).tone);
    const highlighted = await page.locator(overlay('evidence')).allTextContents();
    expect(highlighted.length).toBeGreaterThan(0);
    for (const words of highlighted) expect(message).toContain(words);
    expect(await page.locator(overlay('urgency')).getAttribute('data-level')).toMatch(/low|medium|high/);
    expect(await page.locator(overlay('churn')).getAttribute('data-level')).toMatch(/low|medium|high/);

    const suggestions = await shownSuggestions(page);
    expect(suggestions).toHaveLength(3);
    expect(suggestions.map((suggestion) => suggestion.language)).toEqual(['en', 'en', 'en']);
    expect(new Set(suggestions.map((suggestion) => suggestion.templateId)).size).toBe(3);
    for (const suggestion of suggestions) {
      expect(suggestion.text).toContain('Maria');
      expect(suggestion.text).not.toMatch(/\{\{|\}\}/);
    }
    await page.close();
  });

  it('is usable by keyboard alone: the shortcut opens it, arrows move, Enter inserts at the caret, Escape returns', async () => {
    await setAgentName('Sam Rivera');
    const page = await openDemo();
    await page.locator('.reply-editor').click();
    await page.keyboard.type('Dear Maria, ');
    // The keyboard command's path: the background sends togglePanel to the tab.
    expect(await sendToContentScript(browser, page, 'togglePanel', undefined)).toBe(true);
    await waitForAnalysis(page);
    const suggestions = await shownSuggestions(page);
    await expect.poll(() => focusedHook(page)).toBe(`suggestion:${suggestions[0]?.templateId}`);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHook(page)).toBe(`suggestion:${suggestions[1]?.templateId}`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(overlay('insert-status')).getAttribute('data-state'))
      .toBe('inserted');
    const inserted = compactText(suggestions[0]?.text ?? '');
    await expect
      .poll(async () => compactText(await editorText(page)))
      .toBe(compactText('Dear Maria, ') + inserted);
    // The caret is right after the reply: the next key lands there.
    await page.keyboard.type('Z');
    await expect.poll(async () => compactText(await editorText(page))).toBe(`DearMaria,${inserted}Z`);

    // The shortcut again, from the editor: back into the open panel (not closing it); Escape closes it and
    // gives the editor its caret back.
    expect(await sendToContentScript(browser, page, 'togglePanel', undefined)).toBe(true);
    await expect.poll(() => focusedHook(page)).toBe(`suggestion:${suggestions[0]?.templateId}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(overlay('panel')).count()).toBe(0);
    await page.keyboard.type('Q');
    await expect.poll(async () => compactText(await editorText(page))).toBe(`DearMaria,${inserted}ZQ`);
    await page.close();
  });

  it('opens from the toolbar popup', async () => {
    const page = await openDemo();
    const popup = await openActionPopup(browser, page);
    await popup.waitFor('[data-tactful="open-panel"]');
    await popup.evaluate('document.querySelector(\'[data-tactful="open-panel"]\').click()');
    await page.locator(overlay('panel')).waitFor();
    await page.close();
  });

  it('keeps its own look on a page that restyles every button, and its CSS never reaches the page', async () => {
    const page = await openDemo();
    await openPanelAndWait(page);
    const insert = await page
      .locator(overlay('insert'))
      .first()
      .evaluate((button) => {
        const style = getComputedStyle(button);
        return { background: style.backgroundColor, fontSize: style.fontSize };
      });
    // The demo page paints every button hot pink at 30px with !important.
    expect(insert.background).not.toBe('rgb(255, 105, 180)');
    expect(insert.fontSize).not.toBe('30px');
    const pageSide = await page.evaluate(() => {
      const element = document.createElement('section');
      element.className = 'tactful-panel tactful-suggestion';
      document.body.append(element);
      const style = getComputedStyle(element);
      return { position: style.position, border: style.borderTopWidth };
    });
    expect(pageSide).toEqual({ position: 'static', border: '0px' });
    await page.close();
  });

  it('can be hidden on a site, stays hidden after a reload, and comes back from the options page or the panel', async () => {
    const page = await openDemo();
    const hide = async () => {
      await page.locator(overlay('launcher')).click();
      await page.locator(overlay('dismiss')).click();
      await expect.poll(() => page.locator(overlay('launcher')).count()).toBe(0);
      expect((await sendToBackground(browser, 'getSettings')).dismissedSites).toContain('localhost');
    };
    await hide();
    await page.reload();
    await page.locator('tactful-overlay').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    expect(await page.locator(overlay('launcher')).count()).toBe(0);

    // The options page lists the site with a way back.
    const options = await browser.openExtensionPage('options.html');
    await options
      .locator('[data-tactful="hidden-site"][data-site="localhost"] [data-tactful="show-site"]')
      .click();
    await options.locator('[data-tactful="hidden-site"]').waitFor({ state: 'detached' });
    await options.close();
    await page.bringToFront();
    await page.reload();
    await page.locator(overlay('launcher')).waitFor();

    // The toolbar button and the shortcut still open the panel on a hidden site, which offers to undo it.
    await hide();
    await sendToContentScript(browser, page, 'togglePanel', undefined);
    await page.locator(overlay('undismiss')).click();
    await page.keyboard.press('Escape');
    await page.locator(overlay('launcher')).waitFor();
    expect((await sendToBackground(browser, 'getSettings')).dismissedSites).not.toContain('localhost');
    await page.close();
  });

  it('shows missing values before insertion: the form fills them in; inserted as is, only a visible gap goes in', async () => {
    await setAgentName('');
    const page = await openDemo();
    await page.locator('.reply-editor').click();
    await openPanelAndWait(page);
    // A fresh install does not know the agent's name: the panel asks for it, and each reply shows the gap.
    await page.locator(overlay('agent-name-prompt')).waitFor();
    const [first] = await shownSuggestions(page);
    expect(first?.needsValues).toBe(true);
    expect(first?.text).toContain('[your name]');

    await page.locator(overlay('fill')).first().click();
    const form = page.locator(overlay('placeholders'));
    await form.waitFor();
    const submit = form.locator('[data-tactful="placeholders-insert"]');
    expect(await submit.isDisabled()).toBe(true);
    await form.locator('[data-path="agent.firstName"]').fill('Dana');
    await expect.poll(() => submit.isDisabled()).toBe(false);
    expect(await form.locator('[data-tactful="placeholder-preview"]').textContent()).not.toContain(
      '[your name]',
    );
    expect(await editorText(page)).toBe('');
    await submit.click();
    await expect.poll(() => editorText(page)).toContain('Dana');
    const text = await editorText(page);
    expect(text).not.toMatch(/\[your name\]|\{\{|\}\}/);
    expect(text).toContain('Maria');
    // "Remember my name" was on: the prompt is gone and the replies sign themselves from now on.
    expect((await sendToBackground(browser, 'getSettings')).agentName).toBe('Dana');
    await page.locator(overlay('agent-name-prompt')).waitFor({ state: 'detached' });
    await expect.poll(async () => (await shownSuggestions(page))[0]?.needsValues).toBe(false);
    await page.close();
  });

  it('inserts a reply with a missing value at once, as a visible gap and never as template syntax, and says so', async () => {
    await setAgentName('');
    const page = await openDemo();
    await page.locator('.reply-editor').click();
    await openPanelAndWait(page);
    await page.locator(overlay('insert')).first().click();
    const status = page.locator(overlay('insert-status'));
    await expect.poll(() => status.getAttribute('data-gaps')).toBe('1');
    expect(await status.textContent()).toContain('Your first name');
    await expect.poll(() => editorText(page)).toContain('[your name]');
    expect(await editorText(page)).not.toMatch(/\{\{|\}\}/);
    await page.close();
  });

  it('never runs page text that looks like markup or script, and inserts it as text only', async () => {
    await setAgentName('Sam Rivera');
    const page = await openDemo('/demo/hostile.html');
    await page.locator('.reply-editor').click();
    await openPanelAndWait(page);
    const message = await analysedMessage(page);
    expect(message).toContain("<script>window.__pwned='message'</script>");
    expect(await page.locator(overlay('highlighted-message')).textContent()).toContain('<img src=x onerror=');
    await insertSuggestion(page);
    await expect.poll(() => editorText(page)).not.toBe('');
    const result = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned,
      markup: document.querySelector('.reply-editor')?.querySelectorAll('img, script, [onerror]').length,
      overlayMarkup: document.querySelector('tactful-overlay')?.shadowRoot?.querySelectorAll('img, script')
        .length,
    }));
    expect(result).toEqual({ pwned: undefined, markup: 0, overlayMarkup: 0 });
    expect(await editorText(page)).not.toMatch(/\{\{|\}\}/);
    await page.close();
  });

  it("reviews the agent's draft live and flags blame-shifting phrases", async () => {
    await setAgentName('Sam Rivera');
    const page = await openDemo();
    await openPanelAndWait(page);
    await page.locator('.reply-editor').click();
    await page.keyboard.type(
      'As I already said, you should have read the instructions. Our policy clearly states it.',
    );
    await page.locator(overlay('finding')).first().waitFor({ timeout: 10_000 });
    const rules = await page
      .locator(overlay('finding'))
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    expect(rules).toContain('blame');
    expect(rules).toContain('apology');
    await page.close();
  });
});
