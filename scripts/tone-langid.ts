/**
 * `npm run --silent tone:langid`: compares offline language detectors that run in the browser and in Node on
 * the short messages of ../shared/eval (all splits' rows, test/ only read for accuracy, nothing is tuned):
 * accuracy on the eight supported languages, speed, and the gzipped size each adds to a bundle.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { evalAvailable, EVAL_DIR, loadSplit } from './tone-eval-data';

interface Candidate {
  name: string;
  /** What esbuild bundles to measure the size. */
  entry: string;
  load: () => Promise<(text: string) => string>;
}

const ISO3: Record<string, string> = {
  eng: 'en', spa: 'es', rus: 'ru', arb: 'ar', hun: 'hu', deu: 'de', fra: 'fr', por: 'pt', ita: 'it', hin: 'hi',
}; // prettier-ignore

const candidates: Candidate[] = [
  {
    name: 'tinyld/light',
    entry: "export { detect } from 'tinyld/light';",
    load: async () => (await import('tinyld/light')).detect,
  },
  {
    name: 'Tactful (tinyld/light + function words + script)',
    entry: "export { detectLanguage } from './lib/tone/language';",
    load: async () => {
      const { detectLanguage } = await import('../lib/tone/language');
      return (text) => detectLanguage(text).lang;
    },
  },
  {
    name: 'tinyld (normal)',
    entry: "export { detect } from 'tinyld';",
    load: async () => (await import('tinyld')).detect,
  },
  {
    name: 'eld/extrasmall',
    entry: "export { eld } from 'eld/extrasmall';",
    load: async () => {
      const { eld } = await import('eld/extrasmall');
      return (text) => eld.detect(text).language;
    },
  },
  {
    name: 'eld/small',
    entry: "export { eld } from 'eld/small';",
    load: async () => {
      const { eld } = await import('eld/small');
      return (text) => eld.detect(text).language;
    },
  },
  {
    name: 'franc-min',
    entry: "export { franc } from 'franc-min';",
    load: async () => {
      const { franc } = await import('franc-min');
      return (text) => ISO3[franc(text, { minLength: 1 })] ?? 'und';
    },
  },
];

async function bundledGzip(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

async function main(): Promise<void> {
  if (!evalAvailable()) {
    console.log(`No evaluation data at ${EVAL_DIR}; nothing to compare on.`);
    return;
  }
  const supported = new Set(['en', 'es', 'ru', 'ar', 'hu', 'de', 'fr', 'pt']);
  const split = process.argv.includes('--split') && process.argv.includes('train') ? 'train' : 'test';
  const rows = loadSplit(split)
    .filter((row) => supported.has(row.lang))
    .filter((_row, i) => split === 'test' || i % 8 === 0);
  const short = rows.filter((row) => row.text.length < 80);
  console.log(
    `${rows.length} messages in 8 languages (${short.length} under 80 characters), from ${EVAL_DIR}/${split}\n`,
  );
  console.log(
    'detector           accuracy  <80 chars  per language                                        µs/msg  gzip KB',
  );
  for (const candidate of candidates) {
    const detect = await candidate.load();
    const started = performance.now();
    const answers = rows.map((row) => detect(row.text));
    const micros = ((performance.now() - started) * 1000) / rows.length;
    const right = (list: typeof rows) =>
      list.filter((row) => answers[rows.indexOf(row)] === row.lang).length / list.length;
    const perLanguage = [...supported]
      .map((lang) => `${lang} ${right(rows.filter((row) => row.lang === lang)).toFixed(2)}`)
      .join(' ');
    const size = (await bundledGzip(candidate.entry)) / 1024;
    console.log(
      `${candidate.name.padEnd(18).slice(0, 48)} ${right(rows).toFixed(3)}     ${right(short).toFixed(3)}      ${perLanguage}  ${micros.toFixed(0).padStart(5)}  ${size.toFixed(1).padStart(6)}`,
    );
  }
}

void main();
