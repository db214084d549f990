/**
 * `npm run bench`: template search at 1k / 10k / 50k templates, suggestion ranking and the reply checker,
 * each against a naive baseline measured in the same process. Prints Markdown tables (BENCHMARKS.md,
 * "## Templates").
 *
 * Libraries are synthetic but shaped like real ones: every template is a built-in reply with its words
 * reshuffled, some replaced by words from other replies, and a made-up title and shortcut, so the vocabulary
 * grows with the library as it does when agents write their own.
 */
import Fuse from 'fuse.js';
import { checkReply } from '../lib/templates/checker';
import { compileBuiltinLibrary } from '../lib/templates/compile/read-template-dir';
import { TemplateLibrary } from '../lib/templates/library';
import { suggest } from '../lib/templates/rank';
import { SearchIndex } from '../lib/templates/search';
import type { Template } from '../lib/templates/types';
import { detectTone } from '../lib/tone';

const SIZES = [1_000, 10_000, 50_000];
const ROUNDS = 10;
const QUERIES = [
  'refund',
  'late deliv',
  'dobule charge',
  'acount locked',
  'reembolso',
  'colis endommagé',
  'Rückerstattung',
  'двойное списание',
  'استرداد',
  'késés',
  'voucher',
  'sorry',
  'cancel subscription',
  'wrng item',
  'express',
  'tracking number',
  'p',
  'ref',
  'late-deescalate',
  'how to reset password',
];

let seed = 20261124;
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const builtin: Template[] = compileBuiltinLibrary().templates.map((draft) => ({
  ...draft,
  createdAt: 0,
  updatedAt: 0,
  usageCount: 0,
}));
const vocabulary = [...new Set(builtin.flatMap((template) => template.body.split(/\s+/)))].filter(
  (word) => !word.includes('{{'),
);

function syntheticTemplate(index: number): Template {
  const base = builtin[index % builtin.length] as Template;
  const words = base.body.split(/(\s+)/);
  for (let swap = 0; swap < 12; swap++) {
    const at = 2 * Math.floor(random() * (words.length / 2));
    words[at] = pick(vocabulary);
  }
  const extra = Array.from({ length: 3 }, () => pick(vocabulary).replace(/[^\p{L}\p{N}]/gu, '')).join(' ');
  return {
    ...base,
    id: `synthetic.${index}`,
    title: `${base.title} ${extra}`,
    shortcut: `s${index.toString(36)}`,
    body: words.join(''),
  };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/** CPU time of the samples, alongside wall time: on a busy machine wall time includes waiting for a core. */
const cpuSamples = new WeakMap<number[], number[]>();

function measure(run: (query: string) => unknown, rounds: number, queries = QUERIES): number[] {
  for (const query of queries) run(query);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const before = process.cpuUsage();
      samples.push(time(() => run(query))[1]);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  cpuSamples.set(samples, cpu);
  return samples;
}

const cpuPercentile = (samples: number[], p: number) => percentile(cpuSamples.get(samples) ?? [], p);

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const NAIVE_KEYS = [
  { name: 'title', weight: 3 },
  'shortcut',
  'tags',
  'keywords',
  { name: 'body', weight: 0.5 },
];

console.log(
  '### Search (`SearchIndex.search`, 20 queries × 10 rounds per size; naive = one fuse.js index over whole templates)\n',
);
console.log(
  '| templates | index build | p50 | p95 (CPU p95) | max | one edit (update) | naive p50 | naive p95 | naive, rebuilt per keystroke p50 | p95 speed-up vs naive |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const size of SIZES) {
  const templates = Array.from({ length: size }, (_, index) => syntheticTemplate(index));
  const [index, build] = time(() => new SearchIndex(templates));
  const fast = measure((query) => index.search({ query }), ROUNDS);
  const edits = Array.from(
    { length: 50 },
    (_, n) => time(() => index.update({ ...(templates[n * 7] as Template), title: `Edited ${n}` }))[1],
  );

  const naive = new Fuse(templates, { keys: NAIVE_KEYS, threshold: 0.34, ignoreDiacritics: true });
  const naiveQueries = QUERIES.slice(0, size > 10_000 ? 4 : size > 1_000 ? 8 : 20);
  const slow = measure((query) => naive.search(query, { limit: 20 }), 1, naiveQueries);
  const rebuilt =
    size > 10_000
      ? undefined
      : measure(
          (query) => new Fuse(templates, { keys: NAIVE_KEYS, threshold: 0.34 }).search(query, { limit: 20 }),
          1,
          QUERIES.slice(0, 5),
        );
  console.log(
    `| ${size.toLocaleString('en')} | ${ms(build)} ms | ${ms(percentile(fast, 50))} ms | ${ms(percentile(fast, 95))} ms (${ms(cpuPercentile(fast, 95))} ms) | ${ms(Math.max(...fast))} ms | ` +
      `${ms(percentile(edits, 50))} ms | ${ms(percentile(slow, 50))} ms | ${ms(percentile(slow, 95))} ms | ` +
      `${rebuilt ? `${ms(percentile(rebuilt, 50))} ms` : 'not run'} | ${(percentile(slow, 95) / percentile(fast, 95)).toFixed(0)}× |`,
  );
}

const MESSAGES = [
  "Where is my order?? I ordered three weeks ago and it still hasn't arrived.",
  'My card was charged twice for the same order, please fix this.',
  'Me cobraron dos veces el mismo pedido.',
  'Meu pedido ainda não chegou e já passou do prazo.',
  "Mon colis n'est toujours pas arrivé, il devait être livré mardi.",
  'Ich habe die falsche Größe bekommen.',
  'Не могу войти в аккаунт, пишет что он заблокирован.',
  'تم خصم المبلغ مرتين من بطاقتي',
  'Nem érkezett meg a csomagom, pedig már két hete megrendeltem.',
  'Thank you so much, the support was amazing!',
];
const tones = new Map(MESSAGES.map((message) => [message, detectTone(message)]));
const toneOf = (message: string) => tones.get(message) ?? detectTone(message);
const context = { customer: { name: 'Anna Smith' }, agent: { name: 'Sam' } };

console.log('\n### Suggestions (`suggest`, 10 messages in 8 languages × 20 rounds, top 3 rendered)\n');
console.log(
  '| library | first call per language (keyword index build) | p50 | p95 (CPU p95) | naive p50 (fuse.js over every template body) |',
);
console.log('| --- | --- | --- | --- | --- |');
for (const extra of [0, 1_000]) {
  const library = new TemplateLibrary([
    ...builtin,
    ...Array.from({ length: extra }, (_, index) => syntheticTemplate(index)),
  ]);
  const cold = MESSAGES.map((message) => time(() => suggest(message, toneOf(message), context, library))[1]);
  const warm = measure((message) => suggest(message, toneOf(message), context, library), 20, MESSAGES);
  const naive = new Fuse(library.all(), {
    keys: ['title', 'keywords', 'body'],
    threshold: 0.4,
    ignoreLocation: true,
  });
  const naiveTimes = measure((message) => naive.search(message.slice(0, 32), { limit: 3 }), 2, MESSAGES);
  console.log(
    `| built-in (${builtin.length})${extra ? ` + ${extra.toLocaleString('en')} own` : ''} | max ${ms(Math.max(...cold))} ms | ${ms(percentile(warm, 50))} ms | ` +
      `${ms(percentile(warm, 95))} ms (${ms(cpuPercentile(warm, 95))} ms) | ${ms(percentile(naiveTimes, 50))} ms |`,
  );
}

const DRAFTS: [string, string][] = [
  [
    "Hi Anna,\n\nI'm really sorry your order arrived late; that's on us. I've upgraded it to express and you'll have it by Thursday.\n\nThanks for bearing with us,\nSam",
    'en',
  ],
  [
    'Hello,\n\nAs I already explained, you should have read the delivery terms. Per our policy, shipping fees are non-refundable.',
    'en',
  ],
  ['Hola:\n\nComo ya le indicamos, usted debió revisar la dirección antes de confirmar.', 'es'],
  ['Здравствуйте!\n\nКак я уже писал, вам следовало внимательно проверить адрес.', 'ru'],
  ['Kedves Anna!\n\nNagyon sajnálom a késést, ez a mi hibánk. Holnap felhívom.\n\nÜdvözlettel,\nPéter', 'hu'],
];
const firstCheck = time(() =>
  checkReply(DRAFTS[0]?.[0], { lang: 'en', tone: 'angry', customer: { name: 'Anna' } }),
)[1];
const checks = measure(
  (draft) =>
    checkReply(draft, {
      lang: DRAFTS.find(([text]) => text === draft)?.[1] ?? 'en',
      tone: 'angry',
      customer: { name: 'Anna' },
    }),
  40,
  DRAFTS.map(([text]) => text),
);
console.log(
  '\n### Reply checker (`checkReply`, 5 drafts × 40 rounds; runs on every keystroke in the panel)\n',
);
console.log("| first call (compiles one language's phrase lists) | p50 | p95 (CPU p95) |");
console.log('| --- | --- | --- |');
console.log(
  `| ${ms(firstCheck)} ms | ${ms(percentile(checks, 50))} ms | ${ms(percentile(checks, 95))} ms (${ms(cpuPercentile(checks, 95))} ms) |`,
);
