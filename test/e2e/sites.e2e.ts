/**
 * Site adapters and the generic fallback in real Chromium, on every site fixture with its real editor mounted
 * (no extension needed): real layout decides bubble sides, the reply box must be the editor's own editable
 * (inside CKEditor's, TinyMCE's and CKEditor 4's iframes too), and the single-page watcher must not grow the
 * heap over 50 tickets. Expectations come from each page's <script id="fixture-expect">.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureChromium } from '../../scripts/chromium.mjs';
import { compactText } from '@/lib/insert';
import { firstNameOf } from '@/lib/templates';
import { detectTone } from '@/lib/tone';
import {
  launchWithExtension,
  overlay,
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
} from './panel-driver';
import { probePageResources } from './page-resources';
import { bundleSites, ensureEditorBundles, prepareSitePage, siteFixturePages } from './site-pages';
import {
  clickIntoEditor,
  editorModelText,
  openSitePage,
  readFixtureExpect,
  replyEditorIndex,
  selectMessageContaining,
  visitSpaTickets,
} from './site-panel';

let server: FixtureServer;
let browser: Browser;
let sitesBundle: string;

beforeAll(async () => {
  ensureEditorBundles();
  [server, sitesBundle] = await Promise.all([serveFixtures(), bundleSites()]);
  browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: ['--no-sandbox'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface PageReading {
  expect: {
    site: string;
    lastCustomerRole?: string;
    customerName: string | null;
    customerEmail: string | null;
    lastCustomerMessage: string;
    orderIds: string[];
    plainTextOnly: boolean;
    replyBox: string;
  };
  site: string;
  lastCustomerText: string;
  lastCustomerRole: string | null;
  customer: { name?: string; email?: string };
  orderIds: string[];
  plainTextOnly: boolean;
  replyBoxIsTheEditor: boolean;
  editorKind: string | null;
}

/** Reads the page in the browser; generic pages get the editor as the focus tracker's hint, like an agent click. */
function readPage(page: Page): Promise<PageReading> {
  return page.evaluate(() => {
    type Sites = typeof import('@/lib/sites');
    const sites = (window as unknown as { TactfulSites: Sites }).TactfulSites;
    const expected = JSON.parse(
      document.getElementById('fixture-expect')?.textContent ?? '{}',
    ) as PageReading['expect'];
    const deepQuery = (root: ParentNode, selector: string): Element | null => {
      const direct = root.querySelector(selector);
      if (direct) return direct;
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const found = element.shadowRoot ? deepQuery(element.shadowRoot, selector) : null;
        if (found) return found;
      }
      return null;
    };
    const mount = deepQuery(document, expected.replyBox);
    const editors =
      (window as unknown as { __editors?: { host: Element; element: HTMLElement; kind: string }[] })
        .__editors ?? [];
    const editor = editors.find((entry) => entry.host === mount) ?? null;
    const hint = expected.site === 'generic' ? { focusedEditable: editor?.element ?? null } : {};
    const snapshot = sites.readConversation(document, location.href, hint);
    return {
      expect: expected,
      site: snapshot.site,
      lastCustomerText: snapshot.lastCustomerText,
      lastCustomerRole: snapshot.lastCustomerMessage?.role ?? null,
      customer: snapshot.customer,
      orderIds: snapshot.orderIds,
      plainTextOnly: snapshot.plainTextOnly,
      replyBoxIsTheEditor: editor !== null && snapshot.replyBox === editor.element,
      editorKind: editor?.kind ?? null,
    };
  });
}

describe('site fixtures in Chromium with their real editors', () => {
  it.each(siteFixturePages())('%s', async (fixture) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    try {
      await page.goto(server.url(`/sites/${fixture}`));
      await prepareSitePage(page, sitesBundle);
      const reading = await readPage(page);
      expect(reading.site).toBe(reading.expect.site);
      expect(reading.lastCustomerText).toContain(reading.expect.lastCustomerMessage);
      // With real layout, the customer's side is known even where no class says so.
      expect(reading.lastCustomerRole).toBe(reading.expect.lastCustomerRole ?? 'customer');
      expect(reading.customer.name ?? null).toBe(reading.expect.customerName);
      expect(reading.customer.email ?? null).toBe(reading.expect.customerEmail);
      expect(reading.orderIds).toEqual(reading.expect.orderIds);
      expect(reading.plainTextOnly).toBe(reading.expect.plainTextOnly);
      expect(reading.editorKind, 'the page mounted its editor').not.toBeNull();
      expect(reading.replyBoxIsTheEditor).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('tells incoming from outgoing bubbles by their side alone on obfuscated chat pages', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(server.url('/sites/generic/obfuscated-chat.html'));
    await prepareSitePage(page, sitesBundle);
    const roles = await page.evaluate(() => {
      const sites = (window as unknown as { TactfulSites: typeof import('@/lib/sites') }).TactfulSites;
      return sites.readConversation(document, location.href).messages.map((message) => message.role);
    });
    expect(roles).toEqual(['customer', 'agent', 'customer']);
    await page.close();
  });
});

describe('watchConversation in Chromium', () => {
  it('follows 50 tickets of a single-page app without growing the heap', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/sites/spa/index.html'));
    await prepareSitePage(page, sitesBundle);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    const cycle = (from: number, to: number) =>
      page.evaluate(
        async ([start, end]) => {
          type Spa = { openTicket(index: number): void; leaveTicket(): void };
          const global = window as unknown as {
            __spa: Spa;
            __watcher?: { current: { ticketId: string | null } };
          };
          const sites = (window as unknown as { TactfulSites: typeof import('@/lib/sites') }).TactfulSites;
          global.__watcher ??= sites.watchConversation(document, () => undefined, { throttleMs: 10 });
          const wait = () => new Promise((resolve) => setTimeout(resolve, 30));
          const seen: (string | null)[] = [];
          for (let index = start; index < end; index += 1) {
            global.__spa.openTicket(index);
            await wait();
            seen.push(global.__watcher.current.ticketId);
            global.__spa.leaveTicket();
            await wait();
          }
          return seen;
        },
        [from, to] as const,
      );
    expect(await cycle(0, 10)).toHaveLength(10);
    const warm = await heapAfterGc();
    const seen = await cycle(10, 50);
    const after = await heapAfterGc();
    expect(seen).toEqual(Array.from({ length: 40 }, (_, index) => String(50010 + index)));
    // 40 more tickets opened and left: what stays must be far below one ticket pane per cycle.
    expect(after - warm).toBeLessThan(256 * 1024);
    await page.close();
  });
});

describe('the panel on every site fixture, with the built extension', () => {
  let extension: ExtensionBrowser;
  beforeAll(async () => {
    extension = await launchWithExtension();
    // Signs the replies, so the only values left to fill are those a page may lack (order, ticket).
    await sendToBackground(extension, 'saveSettings', { agentName: 'Sam Rivera' });
  });
  afterAll(async () => {
    await extension?.close();
  });

  it.each(siteFixturePages())(
    '%s: tone, replies in the customer language, inserted with the name, caret after',
    async (fixture) => {
      const page = await extension.context.newPage();
      try {
        await openSitePage(page, server.url(`/sites/${fixture}`));
        const expected = await readFixtureExpect(page);
        const editor = await replyEditorIndex(page, expected.replyBox);
        expect(editor, 'the page mounted its reply editor').toBeGreaterThanOrEqual(0);
        // Where no adapter knows the page, the agent points at the customer's message first.
        if (expected.site === 'generic')
          expect(await selectMessageContaining(page, expected.lastCustomerMessage)).toBe(true);
        await clickIntoEditor(page, editor);
        await openPanelAndWait(page);

        const message = await analysedMessage(page);
        expect(message.replace(/\s+/g, ' ')).toContain(expected.lastCustomerMessage);
        expect(await shownTone(page)).toBe(detectTone(message.trim()).tone);
        const suggestions = await shownSuggestions(page);
        expect(suggestions.length).toBeGreaterThan(0);
        expect(suggestions.map((suggestion) => suggestion.language)).toEqual(
          suggestions.map(() => expected.language),
        );

        const before = compactText(await editorModelText(page, editor));
        const inserted = await insertSuggestion(page);
        await expect
          .poll(async () => compactText(await editorModelText(page, editor)))
          .toContain(compactText(inserted));
        expect(compactText(await editorModelText(page, editor)).length).toBe(
          before.length + compactText(inserted).length,
        );
        const customer = expected.customerName ?? expected.customerEmail;
        const firstName = customer ? firstNameOf(customer, expected.language) : undefined;
        if (firstName) expect(inserted).toContain(firstName);
        expect(inserted).not.toMatch(/\{\{|\}\}|\[[^\]]*\]/);
        // The caret is right after the reply: the next key the agent types lands there.
        await page.keyboard.type('Z');
        await expect
          .poll(async () => compactText(await editorModelText(page, editor)))
          .toContain(`${compactText(inserted)}Z`);
      } finally {
        await page.close();
      }
    },
  );
  it('follows 50 tickets of a single-page app with the panel open: listeners, observers and memory stay flat', async () => {
    const page = await extension.context.newPage();
    await openSitePage(page, server.url('/sites/spa/index.html'));
    await page.locator(overlay('launcher')).click();
    await page.locator(overlay('panel')).waitFor();
    const probe = await probePageResources(page);
    await visitSpaTickets(page, 0, 10);
    const warm = await probe.measure();
    await visitSpaTickets(page, 10, 50);
    const after = await probe.measure();
    await probe.close();
    expect(after.windowListeners).toBe(warm.windowListeners);
    expect(after.documentListeners).toBe(warm.documentListeners);
    expect(after.mutationObservers).toBeLessThanOrEqual(warm.mutationObservers);
    expect(after.resizeObservers).toBeLessThanOrEqual(warm.resizeObservers);
    // 40 more tickets, each with a tone, three rendered replies and a panel re-render: what stays is far
    // below one ticket's worth each.
    expect(after.heapBytes - warm.heapBytes).toBeLessThan(1024 * 1024);
    await page.close();
  });
});
