// Builds the real-editor fixture pages (test/fixtures/editors/): installs that folder's own package when its
// node_modules is missing, then bundles one script per editor kind into test/fixtures/editors/dist/ with
// esbuild (git-ignored). `npm test` runs this before the end-to-end tests; by hand: node scripts/build-fixtures.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const fixtures = path.resolve(import.meta.dirname, '../test/fixtures/editors');
const dist = path.join(fixtures, 'dist');

/** Editor kinds, one bundle each (src/<kind>.js); see test/fixtures/editors/README.md. */
const editorKinds = JSON.parse(fs.readFileSync(path.join(fixtures, 'kinds.json'), 'utf8'));

/** Editors that load their own plugins and skins by URL: copied whole into dist/. */
const copiedPackages = ['tinymce', 'ckeditor4'];

function installIfMissing() {
  const manifest = JSON.parse(fs.readFileSync(path.join(fixtures, 'package.json'), 'utf8'));
  const missing = Object.keys(manifest.dependencies).filter(
    (name) => !fs.existsSync(path.join(fixtures, 'node_modules', name, 'package.json')),
  );
  if (!missing.length) return;
  console.log(`editor fixtures: installing (${missing.length} missing, e.g. ${missing[0]})`);
  // `npm install`, not `npm ci`: ci fails on this machine's registry mirror (RECIPE.md §7); install
  // still follows the committed lockfile.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: fixtures,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('npm install failed in test/fixtures/editors');
}

async function bundle() {
  fs.rmSync(dist, { recursive: true, force: true });
  const started = Date.now();
  await build({
    absWorkingDir: fixtures,
    entryPoints: editorKinds.map((kind) => ({ in: `src/${kind}.js`, out: kind })),
    outdir: dist,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: {
      '.svg': 'dataurl',
      '.png': 'dataurl',
      '.gif': 'dataurl',
      '.woff': 'dataurl',
      '.woff2': 'dataurl',
      '.ttf': 'dataurl',
      '.eot': 'dataurl',
    },
  });
  for (const name of copiedPackages) {
    fs.cpSync(path.join(fixtures, 'node_modules', name), path.join(dist, name), {
      recursive: true,
      filter: (source) => !/[\\/](samples|bender-runner\.config\.json)$/.test(source),
    });
  }
  console.log(
    `editor fixtures: ${editorKinds.length} bundles in ${Date.now() - started} ms → ${path.relative(process.cwd(), dist)}`,
  );
}

installIfMissing();
await bundle();
