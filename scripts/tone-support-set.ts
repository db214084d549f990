/**
 * The hand-written customer-support set (test/unit/tone/support/*.jsonl): realistic messages in the eight
 * languages, labelled by us with the tone an agent would want flagged, the polarity, whether the customer
 * asks for speed, and whether a concrete, fixable problem is stated. Two halves: `tuning` may be looked at
 * while changing cue lists or priors; `held-out` is only scored, never inspected row by row while tuning,
 * so its figures say how the engine does on support text it was not adjusted to.
 *
 * Row fields: text, lang, tone, alsoAccepted? (a second tone an agent would also accept, for borderline
 * messages), polarity?, urgent? (true: asks for speed or names a deadline; false: calm), constructive?.
 * A field left out is not scored for that row.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectTone, type Polarity, type Tone, type ToneResult } from '../lib/tone';

export const SUPPORT_SET_DIR = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..'),
  'test',
  'unit',
  'tone',
  'support',
);
export const SUPPORT_HALVES = ['tuning', 'held-out'] as const;
export type SupportHalf = (typeof SUPPORT_HALVES)[number];

/** `urgent: true` is met at this urgency or above, `urgent: false` below it (one clear cue gives ~0.6). */
export const URGENT_AT = 0.5;

export interface SupportRow {
  text: string;
  lang: string;
  tone: Tone;
  alsoAccepted?: Tone;
  polarity?: Polarity;
  urgent?: boolean;
  constructive?: boolean;
}

export const SUPPORT_FIELDS = ['lang', 'tone', 'polarity', 'urgency', 'constructive'] as const;
export type SupportField = (typeof SUPPORT_FIELDS)[number];

export interface Miss {
  row: SupportRow;
  field: SupportField;
  got: string;
}

/** Right and scored counts per field, for one language or all of them. */
export type Tally = Record<SupportField, { right: number; scored: number }>;

export interface SupportScore {
  byLanguage: Map<string, Tally>;
  total: Tally;
  misses: Miss[];
}

export function loadSupportHalf(half: SupportHalf): SupportRow[] {
  return readFileSync(join(SUPPORT_SET_DIR, `${half}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SupportRow);
}

function emptyTally(): Tally {
  return Object.fromEntries(SUPPORT_FIELDS.map((field) => [field, { right: 0, scored: 0 }])) as Tally;
}

/** Each labelled field of a row, as [field, right?, what the engine said]. */
function judge(row: SupportRow, result: ToneResult): [SupportField, boolean, string][] {
  const judged: [SupportField, boolean, string][] = [
    ['lang', result.lang === row.lang, result.lang],
    [
      'tone',
      result.tone === row.tone || result.tone === row.alsoAccepted,
      `${result.tone} ${JSON.stringify(result.scores)}`,
    ],
  ];
  if (row.polarity) judged.push(['polarity', result.polarity === row.polarity, result.polarity]);
  if (row.urgent !== undefined)
    judged.push(['urgency', result.urgency >= URGENT_AT === row.urgent, String(result.urgency)]);
  if (row.constructive !== undefined)
    judged.push(['constructive', result.constructive === row.constructive, String(result.constructive)]);
  return judged;
}

/** Scores rows with the language detected, as the panel does. */
export function scoreSupportRows(rows: SupportRow[]): SupportScore {
  const score: SupportScore = { byLanguage: new Map(), total: emptyTally(), misses: [] };
  for (const row of rows) {
    const result = detectTone(row.text);
    let tally = score.byLanguage.get(row.lang);
    if (!tally) score.byLanguage.set(row.lang, (tally = emptyTally()));
    for (const [field, right, got] of judge(row, result)) {
      for (const t of [tally, score.total]) {
        t[field].scored++;
        if (right) t[field].right++;
      }
      if (!right) score.misses.push({ row, field, got });
    }
  }
  return score;
}

export const rate = ({ right, scored }: { right: number; scored: number }): number =>
  scored === 0 ? 1 : right / scored;
