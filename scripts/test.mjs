// `npm test`: lint, format check, typecheck, unit tests, Chrome + Firefox builds, end-to-end tests in real
// Chromium. Runs every step even after a failure, then ends with one line "N passed, N failed[, N skipped]"
// adding up the unit and end-to-end tests. Exits non-zero if any step failed.
//   npm test -- --only unit        (or lint, types, e2e; comma-separated)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, '.test-results');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]?.split(',')) : undefined;
const wants = (group) => !only || only.has(group);
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const failedSteps = [];
const timings = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${label} ${seconds}s`);
  if (result.status !== 0) failedSteps.push(label);
  return result.status === 0;
}

/** Counts from a vitest JSON report; a missing report (crash before any test) counts as one failure. */
function readCounts(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.success || report.numFailedTests ? 0 : 1),
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const addCounts = (counts) => {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
};

if (wants('lint')) {
  run('lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
  run('format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level=warn']);
}
if (wants('types')) run('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit']);

if (wants('unit')) {
  const report = path.join(resultsDir, 'unit.json');
  run('unit tests (vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  addCounts(readCounts(report));
}

if (wants('e2e')) {
  ensureChromium();
  const built =
    run('build chrome-mv3 (wxt build)', bin('wxt'), ['build']) &&
    run('build firefox-mv3 (wxt build -b firefox --mv3)', bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
  const fixtures = path.join(root, 'scripts', 'build-fixtures.mjs');
  const fixturesBuilt =
    !fs.existsSync(fixtures) || run('build editor fixtures', process.execPath, [fixtures]);
  if (built && fixturesBuilt) {
    const report = path.join(resultsDir, 'e2e.json');
    run('end-to-end tests (vitest + playwright-core + Chromium)', bin('vitest'), [
      'run',
      '-c',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ]);
    addCounts(readCounts(report));
  } else {
    addCounts({ passed: 0, failed: 1, skipped: 0 });
  }
}

console.log(`\nsteps: ${timings.join(' · ')}`);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
