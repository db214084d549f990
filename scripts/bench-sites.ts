// Site-reading benchmark in real Chromium (no extension needed; the real editors come from the fixtures):
//   node scripts/build-fixtures.mjs && npm run --silent bench:sites
// Prints, for 500-message threads, how long one readConversation takes (site adapter and generic fallback)
// next to `document.body.innerText` on the same page, the baseline run in the same process; how soon the
// watcher reports a new customer message; main-thread tasks over 50 ms while it works; heap growth over 50
// single-page tickets; and what lib/sites adds to the content script.
import { build } from 'esbuild';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { serveFixtures } from '../test/e2e/harness';
import { bundleSites, ensureEditorBundles, prepareSitePage } from '../test/e2e/site-pages';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** tsx (esbuild keepNames) wraps functions passed to page.evaluate in `__name(…)`: give the page a no-op one. */
async function prepare(page: Page, bundle: string): Promise<void> {
  await prepareSitePage(page, bundle);
  await page.addScriptTag({ content: 'window.__name = (fn) => fn;' });
}

/** Grows the page's thread to `count` messages by cloning its own message elements (same markup, same roles). */
async function growThread(page: Page, itemSelector: string, count: number): Promise<number> {
  return page.evaluate(
    ([selector, total]) => {
      const items = Array.from(document.querySelectorAll(selector));
      const last = items.at(-1);
      if (!last?.parentElement) throw new Error(`no ${selector}`);
      const parent = last.parentElement;
      const templates = items.filter((item) => item.parentElement === parent);
      const fragment = document.createDocumentFragment();
      for (let index = templates.length; index < total; index += 1) {
        fragment.append(
          templates[index % templates.length]?.cloneNode(true) ?? document.createElement('div'),
        );
      }
      parent.insertBefore(fragment, templates[0] ?? null);
      return parent.querySelectorAll(`:scope > ${selector.split(' ').at(-1) ?? selector}`).length;
    },
    [itemSelector, count] as const,
  );
}

/** Median ms of readConversation and of the innerText baseline, alternated in the same page. */
async function timeReading(
  page: Page,
): Promise<{ read: number; baseline: number; messages: number; site: string }> {
  return page.evaluate(async (repeat) => {
    const sites = (window as unknown as { TactfulSites: typeof import('../lib/sites') }).TactfulSites;
    const reads: number[] = [];
    const baselines: number[] = [];
    let snapshot = sites.readConversation(document, location.href);
    for (let index = 0; index < repeat; index += 1) {
      // A DOM write between runs, so neither measurement reuses a cached layout or style.
      document.body.dataset.benchRun = String(index);
      let started = performance.now();
      snapshot = sites.readConversation(document, location.href);
      reads.push(performance.now() - started);
      document.body.dataset.benchRun = `${index}b`;
      started = performance.now();
      void document.body.innerText.length;
      baselines.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    return {
      read: mid(reads),
      baseline: mid(baselines),
      messages: snapshot.messages.length,
      site: snapshot.site,
    };
  }, runs);
}

/** ms from appending a customer message to the watcher reporting it, and long tasks seen meanwhile. */
async function timeWatcher(
  page: Page,
  append: string,
): Promise<{ latencies: number[]; longTasks: number; maxTask: number }> {
  return page.evaluate(
    async ([script, repeat]) => {
      const sites = (window as unknown as { TactfulSites: typeof import('../lib/sites') }).TactfulSites;
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      let appendedAt = 0;
      let resolveSeen: (() => void) | undefined;
      const latencies: number[] = [];
      const watcher = sites.watchConversation(document, (snapshot) => {
        if (appendedAt && snapshot.lastCustomerText.includes('BENCH-')) {
          latencies.push(performance.now() - appendedAt);
          appendedAt = 0;
          resolveSeen?.();
        }
      });
      const appendMessage = new Function('text', script) as (text: string) => void;
      for (let index = 0; index < repeat; index += 1) {
        await new Promise((resolve) => setTimeout(resolve, 120));
        const seen = new Promise<void>((resolve) => (resolveSeen = resolve));
        appendedAt = performance.now();
        appendMessage(`Still waiting, where is my order? BENCH-${index}`);
        await Promise.race([seen, new Promise((resolve) => setTimeout(resolve, 2000))]);
      }
      watcher.stop();
      observer.disconnect();
      return {
        latencies,
        longTasks: tasks.filter((duration) => duration > 50).length,
        maxTask: Math.max(0, ...tasks),
      };
    },
    [append, runs] as const,
  );
}

/** Bytes lib/sites adds to a bundle: minified, and gzipped (-9). */
async function sitesBytes(): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: [path.join(root, 'lib/sites/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  const contents = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: contents.byteLength, gzip: gzipSync(contents, { level: 9 }).byteLength };
}

ensureEditorBundles();
const [server, sitesBundle, bytes] = await Promise.all([serveFixtures(), bundleSites(), sitesBytes()]);
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox'],
});

const threads = [
  {
    label: 'Zendesk adapter, 500 messages',
    page: '/sites/zendesk/ticket.html',
    item: '[data-ticket-id="48213"] article[data-test-id="omni-log-comment-item"]',
    append: `const log = document.querySelector('[data-ticket-id="48213"] [data-test-id="omni-log-container"]');
      const item = log.querySelector('article').cloneNode(true);
      item.querySelector('[data-test-id="omni-log-item-message"]').textContent = text;
      log.append(item);`,
  },
  {
    label: 'generic fallback, 500 chat bubbles',
    page: '/sites/generic/chat-bubbles.html',
    item: '.chat-log .bubble',
    append: `const log = document.querySelector('.chat-log');
      const item = log.querySelector('.bubble--visitor').cloneNode(true);
      item.querySelector('p').textContent = text;
      log.append(item);`,
  },
];

console.log(
  `lib/sites bundle (esbuild, minified): ${(bytes.raw / 1000).toFixed(1)} kB, gzip ${(bytes.gzip / 1000).toFixed(1)} kB\n`,
);
console.log(
  '| thread | messages read | readConversation (median) | body.innerText baseline | ratio | watcher: new message → onChange (median / max) | long tasks > 50 ms |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const thread of threads) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(server.url(thread.page));
  await prepare(page, sitesBundle);
  const size = await growThread(page, thread.item, 500);
  const reading = await timeReading(page);
  const watch = await timeWatcher(page, thread.append);
  console.log(
    `| ${thread.label} (${size} in page, read by ${reading.site}) | ${reading.messages} | ${reading.read.toFixed(2)} ms | ${reading.baseline.toFixed(2)} ms | ${(reading.read / reading.baseline).toFixed(2)}× | ${median(watch.latencies).toFixed(1)} / ${Math.max(...watch.latencies).toFixed(1)} ms (${watch.latencies.length}/${runs} seen) | ${watch.longTasks === 0 ? '0' : `${watch.longTasks} (longest ${watch.maxTask.toFixed(0)} ms)`} |`,
  );
  await page.close();
}

// Heap over 50 single-page tickets, after garbage collection, watcher running.
const page = await browser.newPage();
await page.goto(server.url('/sites/spa/index.html'));
await prepare(page, sitesBundle);
const cdp = await page.context().newCDPSession(page);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
};
const cycle = (from: number, to: number) =>
  page.evaluate(
    async ([start, end]) => {
      const global = window as unknown as {
        __spa: { openTicket(i: number): void; leaveTicket(): void };
        __w?: unknown;
      };
      const sites = (window as unknown as { TactfulSites: typeof import('../lib/sites') }).TactfulSites;
      global.__w ??= sites.watchConversation(document, () => undefined);
      for (let index = start; index < end; index += 1) {
        global.__spa.openTicket(index);
        await new Promise((resolve) => setTimeout(resolve, 80));
        global.__spa.leaveTicket();
        await new Promise((resolve) => setTimeout(resolve, 80));
      }
    },
    [from, to] as const,
  );
const before = await heap();
await cycle(0, 10);
const warm = await heap();
await cycle(10, 50);
const after = await heap();
console.log(
  `\nSPA heap (after GC): start ${(before / 1e6).toFixed(2)} MB, after 10 tickets ${(warm / 1e6).toFixed(2)} MB, after 50 tickets ${(after / 1e6).toFixed(2)} MB: ${((after - warm) / 40 / 1000).toFixed(2)} kB per further ticket`,
);
await browser.close();
await server.close();
