// The overlay's cost on a busy host page, with the BUILT extension in real Chromium:
//   npm run build && node scripts/build-fixtures.mjs && npm run --silent bench:overlay
// On 500-message threads (the Zendesk and generic chat fixtures grown by cloning their own messages), with the
// panel open: how soon the panel shows the tone of a customer message that just appeared (budget 100 ms),
// main-thread tasks over 50 ms (PerformanceObserver 'longtask' in the page), and the main-thread time each new
// message costs the page (CDP Performance metrics), all against the same page and the same appends in a
// browser without Tactful, run in the same process. Then the content script's size, and a check that the
// tone engine and the template library are not in it.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { extensionPath, launchWithExtension, overlay, serveFixtures } from '../test/e2e/harness';
import { probePageResources } from '../test/e2e/page-resources';
import { ensureEditorBundles } from '../test/e2e/site-pages';
import { visitSpaTickets } from '../test/e2e/site-panel';

const runs = Number(process.env.RUNS ?? 15);
const THREAD_SIZE = 500;
const BUDGET_MS = 100;

interface Thread {
  label: string;
  page: string;
  /** The list the messages are in, and one customer message in it to clone. */
  list: string;
  customerItem: string;
  /** Where the message text goes in a cloned item. */
  body: string;
}

const threads: Thread[] = [
  {
    label: 'Zendesk adapter',
    page: '/sites/zendesk/ticket.html',
    list: '[data-ticket-id="48213"] [data-test-id="omni-log-container"]',
    customerItem: 'article:has([type="end-user"])',
    body: '[data-test-id="omni-log-item-message"]',
  },
  {
    label: 'generic fallback (chat bubbles)',
    page: '/sites/generic/chat-bubbles.html',
    list: '.chat-log',
    customerItem: '.bubble--visitor',
    body: 'p',
  },
];

/** Angry, anxious, confused … in turn, so every new message really changes the tone to analyse. */
const messages = [
  'This is the third time I write and my parcel is STILL not here!!! I want a refund today.',
  'I am really worried, my card was charged twice and I cannot reach anyone. Is my money safe?',
  "I don't understand how to change the delivery address, where do I find that setting?",
  'Nobody answers, this is unacceptable. I will cancel my account and tell everyone.',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Grows the thread to `total` items by cloning its messages (older ones go first, the latest stays last). */
async function growThread(page: Page, thread: Thread, total: number): Promise<number> {
  return page.evaluate(
    ({ list, count }) => {
      const container = document.querySelector(list);
      if (!container) throw new Error(`no ${list}`);
      const originals = Array.from(container.children);
      const fragment = document.createDocumentFragment();
      for (let index = originals.length; index < count; index += 1) {
        fragment.append(
          originals[index % originals.length]?.cloneNode(true) ?? document.createElement('div'),
        );
      }
      container.insertBefore(fragment, originals[0] ?? null);
      return container.children.length;
    },
    { list: thread.list, count: total },
  );
}

/** Starts counting long tasks in the page. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.filter((ms) => ms > 50));

/**
 * Appends one customer message and resolves with the ms until the page painted it (double rAF) and, when the
 * panel is open, until the panel showed that message with its tone.
 */
async function appendAndTime(page: Page, thread: Thread, text: string, withPanel: boolean) {
  return page.evaluate(
    ({ list, customerItem, body, message, panel }) =>
      new Promise<{ painted: number; tone: number | null }>((resolve) => {
        const container = document.querySelector(list);
        const item = container?.querySelector(customerItem)?.cloneNode(true) as HTMLElement | undefined;
        const target = item?.querySelector(body) ?? item;
        if (!container || !item || !target) throw new Error('cannot clone a customer message');
        target.textContent = message;
        let painted = -1;
        let tone: number | null = null;
        const done = () => {
          if (painted >= 0 && (!panel || tone !== null)) resolve({ painted, tone });
        };
        const root = document.querySelector('tactful-overlay')?.shadowRoot;
        const probe = () => {
          const shown = root?.querySelector('[data-tactful="highlighted-message"]')?.textContent ?? '';
          return shown.includes(message) && root?.querySelector('[data-tactful="tone"]') !== null;
        };
        const observer = new MutationObserver(() => {
          if (tone !== null || !probe()) return;
          tone = performance.now() - started;
          observer.disconnect();
          done();
        });
        if (panel && root)
          observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
        const started = performance.now();
        container.append(item);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            painted = performance.now() - started;
            done();
          }),
        );
        setTimeout(() => {
          observer.disconnect();
          resolve({ painted, tone: tone ?? Number.POSITIVE_INFINITY });
        }, 3000);
      }),
    {
      list: thread.list,
      customerItem: thread.customerItem,
      body: thread.body,
      message: text,
      panel: withPanel,
    },
  );
}

/** Main-thread time the page spent (CDP TaskDuration, ms) over `work`. */
async function mainThreadMs(page: Page, work: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const before = await read();
  await work();
  const after = await read();
  await cdp.detach();
  return after - before;
}

interface RunResult {
  painted: number[];
  tone: number[];
  longTasks: number[];
  mainThreadPerMessage: number;
}

async function runThread(page: Page, thread: Thread, withPanel: boolean): Promise<RunResult> {
  // tsx (esbuild keepNames) wraps functions passed to page.evaluate in `__name(…)`: give the page a no-op one.
  await page.addScriptTag({ content: 'window.__name = (fn) => fn;' });
  const painted: number[] = [];
  const tone: number[] = [];
  await watchLongTasks(page);
  const total = await mainThreadMs(page, async () => {
    for (let index = 0; index < runs; index += 1) {
      await page.waitForTimeout(250);
      const result = await appendAndTime(
        page,
        thread,
        `${messages[index % messages.length]} (#${index})`,
        withPanel,
      );
      painted.push(result.painted);
      if (result.tone !== null) tone.push(result.tone);
    }
    await page.waitForTimeout(300);
  });
  // The pauses between appends are idle time, not tasks: TaskDuration counts only work done.
  return { painted, tone, longTasks: await longTasks(page), mainThreadPerMessage: total / runs };
}

function bundleFigures() {
  const dir = extensionPath();
  const content = fs.readFileSync(path.join(dir, 'content-scripts/content.js'));
  const background = fs.readFileSync(path.join(dir, 'background.js'));
  const text = content.toString('utf8');
  // A sentence from a built-in template and a tone lexicon entry: neither may be in the page's bundle.
  const templateSentence = "You've had to contact us several times about the same problem";
  return {
    content: { raw: content.byteLength, gzip: gzipSync(content, { level: 9 }).byteLength },
    background: { raw: background.byteLength, gzip: gzipSync(background, { level: 9 }).byteLength },
    hasTemplates: text.includes(templateSentence),
    backgroundHasTemplates: background.toString('utf8').includes(templateSentence),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'not shown');

ensureEditorBundles();
const server = await serveFixtures();
const plain = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox'],
});
const extension = await launchWithExtension();

console.log(`Threads of ${THREAD_SIZE} messages, ${runs} new customer messages each.\n`);
console.log(
  '| thread | panel shows the tone (median / max) | within 100 ms | page paints the message (median): without Tactful / panel closed / panel open | long tasks > 50 ms: without / closed / open | main-thread time per new message: without / closed / open |',
);
console.log('| --- | --- | --- | --- | --- | --- |');

async function openThread(thread: Thread, where: 'plain' | 'extension'): Promise<Page> {
  const page =
    where === 'plain'
      ? await plain.newPage({ viewport: { width: 1280, height: 860 } })
      : await extension.context.newPage();
  await page.goto(server.url(thread.page));
  await page.waitForSelector('html[data-site-ready="1"]', { state: 'attached', timeout: 30_000 });
  if (where === 'extension') await page.locator(overlay('launcher')).waitFor({ timeout: 15_000 });
  await growThread(page, thread, THREAD_SIZE);
  return page;
}

for (const thread of threads) {
  const baselinePage = await openThread(thread, 'plain');
  const baseline = await runThread(baselinePage, thread, false);
  await baselinePage.close();

  const closedPage = await openThread(thread, 'extension');
  const closed = await runThread(closedPage, thread, false);
  await closedPage.close();

  const page = await openThread(thread, 'extension');
  await page.locator(overlay('launcher')).click();
  await page.locator(overlay('tone')).waitFor({ timeout: 15_000 });
  const open = await runThread(page, thread, true);
  await page.close();

  const within = open.tone.filter((value) => value <= BUDGET_MS).length;
  const longest = (tasks: number[]) => (tasks.length ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : '');
  console.log(
    `| ${thread.label} | ${ms(median(open.tone))} / ${ms(Math.max(...open.tone))} | ${within}/${runs} (median ${(median(open.tone) / BUDGET_MS).toFixed(2)}× the budget) | ${ms(median(baseline.painted))} / ${ms(median(closed.painted))} / ${ms(median(open.painted))} | ${baseline.longTasks.length} / ${closed.longTasks.length}${longest(closed.longTasks)} / ${open.longTasks.length}${longest(open.longTasks)} | ${ms(baseline.mainThreadPerMessage)} / ${ms(closed.mainThreadPerMessage)} / ${ms(open.mainThreadPerMessage)} |`,
  );
}

// Single-page helpdesk, panel open: what stays after 10 and after 50 tickets opened and left.
{
  const page = await extension.context.newPage();
  await page.goto(server.url('/sites/spa/index.html'));
  await page.locator(overlay('launcher')).click();
  await page.locator(overlay('panel')).waitFor();
  const probe = await probePageResources(page);
  const start = await probe.measure();
  await visitSpaTickets(page, 0, 10);
  const warm = await probe.measure();
  await visitSpaTickets(page, 10, 50);
  const after = await probe.measure();
  await probe.close();
  await page.close();
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(
    `\nSPA, panel open (heap after GC): start ${mb(start.heapBytes)}, after 10 tickets ${mb(warm.heapBytes)}, after 50 ${mb(after.heapBytes)} (${((after.heapBytes - warm.heapBytes) / 40 / 1000).toFixed(1)} kB per further ticket); window/document listeners ${warm.windowListeners}/${warm.documentListeners} → ${after.windowListeners}/${after.documentListeners}; Tactful's MutationObservers ${warm.mutationObservers} → ${after.mutationObservers}, ResizeObservers ${warm.resizeObservers} → ${after.resizeObservers}`,
  );
}

const bundle = bundleFigures();
console.log(
  `\ncontent script: ${kb(bundle.content.raw)} (gzip ${kb(bundle.content.gzip)}); background: ${kb(bundle.background.raw)} (gzip ${kb(bundle.background.gzip)})`,
);
console.log(
  `built-in templates in the content script: ${bundle.hasTemplates ? 'YES (should not be)' : 'no'}; in the background: ${bundle.backgroundHasTemplates ? 'yes' : 'NO (unexpected)'}`,
);

await extension.close();
await plain.close();
await server.close();
