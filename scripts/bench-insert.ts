// Insertion benchmark: how much insertion adds to the content script, and how long a verified insertion takes
// in each real editor. Needs a build (the editor fixtures are built when missing):
//   npx wxt build && npm run --silent bench:insert
// (TACTFUL_OUT_DIR picks another build folder.) Latency is the chain's own time in the page (outcome.durationMs:
// restoring focus and caret, the steps, verification), the median of several insertions per editor, with the
// plain textarea run in the same process as the baseline for the ratios.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { InsertOutcome } from '../lib/insert';
import { clickElsewhere, editorKinds, openEditorPage, placeCaret } from '../test/e2e/editor-pages';
import { extensionPath, launchWithExtension, sendToContentScript, serveFixtures } from '../test/e2e/harness';
import { ensureEditorBundles } from '../test/e2e/site-pages';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 7);
const reply = 'Hi Maria,\n\nThanks for your patience.\nYour order ships today.';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Bytes each part of insertion contributes to the content script, measured from an esbuild metafile. */
async function insertionShare(): Promise<{ total: number; sanitizer: number; chain: number }> {
  const result = await build({
    entryPoints: [path.join(root, 'entrypoints/content/insert-bridge.ts')],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    alias: { '@': root },
    // Already in the content script for other reasons: WXT's helpers, the polyfill and the messaging edge.
    external: ['wxt/*', 'webextension-polyfill', '@/lib/messaging/*'],
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  let sanitizer = 0;
  let chain = 0;
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    if (input.includes('node_modules/dompurify')) sanitizer += bytesInOutput;
    else chain += bytesInOutput;
  }
  return { total: output?.bytes ?? 0, sanitizer, chain };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const extension = extensionPath();
const contentScript = fs.statSync(path.join(extension, 'content-scripts/content.js')).size;
const mainWorld = fs.statSync(path.join(extension, 'insert-main-world.js')).size;
const share = await insertionShare();
console.log('## bundle sizes');
console.log(
  `content-scripts/content.js        ${kB(contentScript)} (built: ${path.relative(root, extension)})`,
);
console.log(
  `  of which insertion             ${kB(share.total)} = chain ${kB(share.chain)} + DOMPurify ${kB(share.sanitizer)}`,
);
console.log(`  without insertion (before)     ${kB(contentScript - share.total)}`);
console.log(`insert-main-world.js (on demand) ${kB(mainWorld)}`);

ensureEditorBundles();
const server = await serveFixtures();
const browser = await launchWithExtension();
const rows: { kind: string; method: string; median: number; min: number; max: number }[] = [];
try {
  for (const kind of editorKinds) {
    const page = await openEditorPage(browser.context, server, kind);
    const times: number[] = [];
    const methods = new Set<string>();
    for (let run = 0; run < runs; run += 1) {
      await placeCaret(page, 'end');
      await clickElsewhere(page);
      const outcome: InsertOutcome = await sendToContentScript(browser, page, 'insertReply', { text: reply });
      if (!outcome.ok) throw new Error(`${kind}: ${JSON.stringify(outcome)}`);
      times.push(outcome.durationMs ?? NaN);
      methods.add(outcome.method ?? '?');
    }
    rows.push({
      kind,
      method: [...methods].join('+'),
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const baseline = rows.find((row) => row.kind === 'textarea')?.median ?? NaN;
console.log(`\n## insertion latency, ${runs} runs each (caret restored after focus moved away)`);
console.log('editor          method         median    min    max  × textarea');
for (const row of rows) {
  console.log(
    `${row.kind.padEnd(15)} ${row.method.padEnd(13)} ${row.median.toFixed(1).padStart(7)} ${row.min.toFixed(1).padStart(6)} ${row.max.toFixed(1).padStart(6)}  ${(row.median / baseline).toFixed(2).padStart(9)}`,
  );
}
