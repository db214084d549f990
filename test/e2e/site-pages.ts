/**
 * Running lib/sites inside real Chromium on the site fixture pages (test/fixtures/sites/): lib/sites is bundled
 * with esbuild into one script (global `TactfulSites`) and added to each page, so adapters meet real layout and
 * the real editors the pages mount. Used by test/e2e/sites.e2e.ts and scripts/bench-sites.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../..');
export const siteFixturesDir = path.join(root, 'test/fixtures/sites');

/** lib/sites as one classic script defining `window.TactfulSites`. */
export async function bundleSites(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(root, 'lib/sites/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'TactfulSites',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output for lib/sites');
  return output.text;
}

/** The real-editor bundles the pages load from /editors/dist/ (built by scripts/build-fixtures.mjs). */
export function ensureEditorBundles(): void {
  if (fs.existsSync(path.join(root, 'test/fixtures/editors/dist/ckeditor5.js'))) return;
  execFileSync(process.execPath, [path.join(root, 'scripts/build-fixtures.mjs')], { stdio: 'inherit' });
}

/** Every fixture page as "<folder>/<page>.html" (the SPA folder has its own tests). */
export function siteFixturePages(): string[] {
  return fs
    .readdirSync(siteFixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'spa')
    .flatMap((entry) =>
      fs
        .readdirSync(path.join(siteFixturesDir, entry.name))
        .filter((file) => file.endsWith('.html'))
        .map((file) => `${entry.name}/${file}`),
    )
    .sort();
}

/** Waits until the page's editors are mounted and the site attributes applied, then adds lib/sites. */
export async function prepareSitePage(page: Page, sitesBundle: string): Promise<void> {
  await page.waitForSelector('html[data-site-ready="1"]', { state: 'attached', timeout: 30_000 });
  await page.addScriptTag({ content: sitesBundle });
}
