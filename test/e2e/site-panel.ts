/**
 * Using the panel on a site fixture page the way an agent would, with the built extension: point at the
 * customer's message where no adapter knows the page (select it), click into the site's real editor, open the
 * launcher, insert the top suggestion, then read the editor's own model (`window.__editors[i].getText()`,
 * test/fixtures/editors/README.md). Used by sites.e2e.ts.
 */
import type { ElementHandle, Page } from 'playwright-core';
import type { FixtureExpect } from '../unit/sites/load-fixture';
import { ticketData, type HelpdeskSpa } from '../fixtures/sites/spa/spa-app.js';
import { overlay } from './harness';

/** The page's `#fixture-expect` block (docs/sites.md, "Adding a site"). */
export async function readFixtureExpect(page: Page): Promise<FixtureExpect> {
  const json = await page.locator('#fixture-expect').textContent();
  return JSON.parse(json ?? '{}') as FixtureExpect;
}

/**
 * Index in `window.__editors` of the editor mounted on the fixture's reply box (found through open shadow
 * roots too); -1 when there is none.
 */
export function replyEditorIndex(page: Page, replyBox: string): Promise<number> {
  return page.evaluate((selector) => {
    const deepQuery = (root: ParentNode): Element | null => {
      const direct = root.querySelector(selector);
      if (direct) return direct;
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const found = element.shadowRoot ? deepQuery(element.shadowRoot) : null;
        if (found) return found;
      }
      return null;
    };
    const mount = deepQuery(document);
    const editors = (window as unknown as { __editors?: { host: Element }[] }).__editors ?? [];
    return editors.findIndex((editor) => editor.host === mount);
  }, replyBox);
}

/** The editor's text from its own model. */
export function editorModelText(page: Page, index: number): Promise<string> {
  return page.evaluate(
    (at) => (window as unknown as { __editors: { getText(): string }[] }).__editors[at]?.getText() ?? '',
    index,
  );
}

/** Clicks into the editor as the agent would (inside its iframe for iframe editors). */
export async function clickIntoEditor(page: Page, index: number): Promise<void> {
  const frame = (await page.evaluateHandle(
    (at) =>
      (window as unknown as { __editors: { frame?: HTMLIFrameElement }[] }).__editors[at]?.frame ?? null,
    index,
  )) as ElementHandle<HTMLIFrameElement> | ElementHandle<null>;
  const content = await frame.asElement()?.contentFrame();
  if (content) {
    await content.locator('body').click();
    return;
  }
  const element = await page.evaluateHandle(
    (at) => (window as unknown as { __editors: { element: HTMLElement }[] }).__editors[at]?.element ?? null,
    index,
  );
  const handle = element.asElement();
  if (!handle) throw new Error('the fixture page mounted no editor');
  await handle.click();
}

/**
 * Selects the whole message block that contains `excerpt` (searching open shadow roots and same-origin frames
 * too), as an agent selects the customer's message on a page Tactful has no adapter for. False when the text is
 * not on the page.
 */
export function selectMessageContaining(page: Page, excerpt: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const walk = (root: Node): Text | null => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE && node.textContent?.includes(wanted.slice(0, 20)))
          return node as Text;
        const shadow = (node as Element).shadowRoot;
        // Same-origin frames too: some ticket systems render the thread in one (generic/framed-thread.html).
        const frameBody =
          (node as Element).localName === 'iframe' ? (node as HTMLIFrameElement).contentDocument?.body : null;
        const inner = shadow ? walk(shadow) : frameBody ? walk(frameBody) : null;
        if (inner) return inner;
      }
      return null;
    };
    const text = walk(document.body);
    let block = text?.parentElement ?? null;
    while (block && !(block.textContent ?? '').replace(/\s+/g, ' ').includes(wanted))
      block = block.parentElement;
    if (!block) return false;
    const selection =
      (block.getRootNode() as Document | (ShadowRoot & { getSelection?(): Selection })).getSelection?.() ??
      document.getSelection();
    selection?.selectAllChildren(block);
    return true;
  }, excerpt);
}

/** Waits for the page's editors and site attributes, and for Tactful's launcher. */
export async function openSitePage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-site-ready="1"]', { state: 'attached', timeout: 30_000 });
  await page.locator(overlay('launcher')).waitFor({ timeout: 15_000 });
}

/**
 * On the single-page helpdesk (test/fixtures/sites/spa) with the panel open: opens tickets `from`..`to`-1 one
 * after the other, waits each time until the panel shows that ticket's message and its replies, then leaves it
 * and waits until the panel says there is no message.
 */
export async function visitSpaTickets(page: Page, from: number, to: number): Promise<void> {
  const panelMessage = () => page.locator(overlay('message')).inputValue();
  for (let index = from; index < to; index += 1) {
    await page.evaluate((at) => (window as unknown as { __spa: HelpdeskSpa }).__spa.openTicket(at), index);
    const wanted = ticketData(index).message;
    for (let waited = 0; !(await panelMessage()).includes(wanted); waited += 20) {
      if (waited > 10_000) throw new Error(`the panel did not follow to ticket ${index}`);
      await page.waitForTimeout(20);
    }
    await page.locator(overlay('suggestion')).first().waitFor();
    await page.evaluate(() => (window as unknown as { __spa: HelpdeskSpa }).__spa.leaveTicket());
    await page.locator(overlay('no-message')).waitFor();
  }
}
