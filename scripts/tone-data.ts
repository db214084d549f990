/**
 * Generates lib/tone/data/lexicon-<lang>.json and emoji.json from the permissively licensed lexicons in
 * ../shared/lexicons (or $TACTFUL_LEXICONS). Run: `npm run tone:data`. Deterministic: same input, same files.
 *
 * Per language the chosen lexicons are merged (a term's scores averaged, on VADER's -4..+4 scale), keys are
 * normalised like the text, single words are reduced to their Snowball stem (build time only: the runtime
 * finds stems by trying the endings recorded here, so the 60 KB stemmer library does not ship), and scores
 * are stored in half-point groups, which gzip well.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nonSentimentWords } from '../lib/tone/language';
import { normalizeWord, tokenize } from '../lib/tone/text';
import type { SupportedLanguage } from '../lib/tone/types';
import {
  afinn,
  afinnMt,
  emojiRanking,
  opener,
  polSentiLex,
  umigon,
  vaderFr,
  vaderTsv,
  type Pairs,
} from './tone-data-lexicons';

interface Stemmer {
  stem(word: string): string;
}
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(language: string): Stemmer };
const STOPWORDS = require('stopwords-iso') as Record<string, string[]>;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(process.env.TACTFUL_LEXICONS ?? join(repo, '..', 'shared', 'lexicons'));
const outDir = join(repo, 'lib', 'tone', 'data');
const COMMAND = 'npm run tone:data (scripts/tone-data.ts)';

const SNOWBALL_NAME: Record<SupportedLanguage, string> = {
  en: 'english',
  es: 'spanish',
  ru: 'russian',
  ar: 'arabic',
  hu: 'hungarian',
  de: 'german',
  fr: 'french',
  pt: 'portuguese',
};

/** Which lexicons each language merges (see SOURCES.md for why; chosen on train/ splits, never on test/). */
const LEXICONS: Record<SupportedLanguage, () => Pairs[]> = {
  en: () => [afinn(root, 'AFINN-en-165.txt'), vaderTsv(root, 'vader-en', 'vader_lexicon.txt')],
  es: () => [
    afinn(root, 'AFINN-es-tidytext.txt'),
    afinnMt(root, 'es'),
    opener(root, 'es'),
    umigon(root, 'es'),
  ],
  ru: () => [polSentiLex(root), afinnMt(root, 'ru')],
  ar: () => [afinnMt(root, 'ar')],
  hu: () => [afinnMt(root, 'hu')],
  de: () => [afinn(root, 'AFINN-de-165.txt'), afinnMt(root, 'de')],
  fr: () => [vaderFr(root), umigon(root, 'fr')],
  pt: () => [vaderTsv(root, 'leia-pt', 'vader_lexicon_ptbr.txt')],
};

/** Arabic attaches conjunctions, prepositions and the article to the word; the runtime tries removing them. */
const CLITIC_PREFIXES: Partial<Record<SupportedLanguage, string[]>> = {
  ar: ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل', 'س', 'وس'],
};

const MAX_SUFFIX = 8;
const MIN_SUFFIX_USES = 2;

interface Merged {
  score: number;
  /** The lexicons' own spellings (lowercased) that normalise to this key. */
  spellings: Set<string>;
}

function average(pairs: Pairs[]): Map<string, Merged> {
  const sums = new Map<string, { sum: number; count: number; spellings: Set<string> }>();
  for (const list of pairs) {
    const seen = new Set<string>();
    for (const [term, score] of list) {
      const key = tokenize(term.toLowerCase())
        .map((token) => token.norm)
        .join(' ');
      // A lexicon listing a term twice (AFINN-de has duplicates) counts once.
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = sums.get(key) ?? { sum: 0, count: 0, spellings: new Set<string>() };
      entry.sum += score;
      entry.count++;
      entry.spellings.add(term.toLowerCase().trim());
      sums.set(key, entry);
    }
  }
  return new Map([...sums].map(([key, e]) => [key, { score: e.sum / e.count, spellings: e.spellings }]));
}

/**
 * Stemming and accent stripping can turn a sentiment word into a function word: French "lésé" (wronged)
 * stems to "les" (the), "sûr" (sure) loses its accent and becomes "sur" (on). Such keys would score every
 * "les" and "sur". A key that is a stopword (stopwords-iso, build time only) is dropped unless a lexicon
 * spells that very word; one- and two-letter keys likewise.
 */
function isArtefact(
  key: string,
  spellings: Set<string>,
  stopwords: Set<string>,
  functionWords: Set<string>,
): boolean {
  if (functionWords.has(key)) return true;
  // A stem reached only from function words scores every form of them: OpeNER's hotel expressions rate
  // "tienen" (they have) +2, so "tiene", "tienes" and "tienen" all read as praise; AFINN-es rates "como"
  // -2.4 and "también" +2.4. The few real sentiment words stopwords-iso lists stay (KEPT_STOPWORDS).
  if (spellings.has(key)) return false;
  const normalised = [...spellings].map(normalizeWord);
  if (normalised.every((word) => stopwords.has(word) && !KEPT_STOPWORDS.has(word))) return true;
  return key.length < 3 || stopwords.has(key);
}

/** Words stopwords-iso lists that do carry sentiment in a support message (checked by hand on its lists). */
const KEPT_STOPWORDS = new Set(
  [
    'sorry alone truly unlikely promptly',
    'хороший хорошо спасибо',
    'hurra',
    'besser',
    'merci pire helas mince',
    'obrigado falta',
  ]
    .join(' ')
    .split(' ')
    .map(normalizeWord),
);

/** Groups keys by score in half points, dropping near-neutral ones: `{ "-6": "a|b", "4": "c" }`. */
function grouped(scores: Map<string, number>, separator = '|'): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [key, score] of [...scores].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const half = Math.round(score * 2);
    if (half === 0) continue;
    groups.set(half, [...(groups.get(half) ?? []), key]);
  }
  return Object.fromEntries(
    [...groups].sort(([a], [b]) => a - b).map(([half, keys]) => [half, keys.join(separator)]),
  );
}

function buildLanguage(lang: SupportedLanguage): void {
  const stemmer = snowball.newStemmer(SNOWBALL_NAME[lang]);
  const merged = average(LEXICONS[lang]());
  const words = new Map<string, [number, number]>();
  const phrases = new Map<string, number>();
  const suffixUses = new Map<string, number>();
  const stopwords = new Set((STOPWORDS[lang] ?? []).map(normalizeWord));
  const functionWords = nonSentimentWords(lang);
  const spellingsOf = new Map<string, Set<string>>();
  for (const [key, { score, spellings }] of merged) {
    if (key.includes(' ')) {
      // A phrase made only of function words ("lo que") is no more sentiment than its words.
      if (key.split(' ').every((word) => functionWords.has(word))) continue;
      phrases.set(key, score);
      continue;
    }
    const stem = normalizeWord(stemmer.stem(key));
    const at = stem.length >= 2 ? key.indexOf(stem) : -1;
    const target = at >= 0 ? stem : key;
    if (at >= 0) {
      const suffix = key.slice(at + stem.length);
      if (suffix.length <= MAX_SUFFIX) suffixUses.set(suffix, (suffixUses.get(suffix) ?? 0) + 1);
    }
    const sum = words.get(target) ?? [0, 0];
    words.set(target, [sum[0] + score, sum[1] + 1]);
    spellingsOf.set(target, new Set([...(spellingsOf.get(target) ?? []), ...spellings]));
  }
  const stems = new Map(
    [...words]
      .filter(([stem]) => !isArtefact(stem, spellingsOf.get(stem) ?? new Set(), stopwords, functionWords))
      .map(([stem, [sum, count]]) => [stem, sum / count]),
  );
  const suffixes = [...suffixUses]
    .filter(([suffix, uses]) => suffix !== '' && uses >= MIN_SUFFIX_USES)
    .map(([suffix]) => suffix)
    .sort();
  const file = {
    generated: `${COMMAND} from ${['shared', 'lexicons'].join('/')}; provenance and licences in SOURCES.md`,
    lang,
    stems: grouped(stems),
    phrases: grouped(phrases),
    suffixes: suffixes.join('|'),
    prefixes: (CLITIC_PREFIXES[lang] ?? []).map(normalizeWord).join('|'),
  };
  writeFileSync(join(outDir, `lexicon-${lang}.json`), JSON.stringify(file, null, 1) + '\n');
  console.log(`${lang}: ${stems.size} stems, ${phrases.size} phrases, ${suffixes.length} endings`);
}

function buildEmoji(): void {
  const scores = new Map(emojiRanking(root));
  for (const [emoticon, score] of afinn(root, 'AFINN-emoticon-8.txt')) scores.set(emoticon, score);
  const file = {
    generated: `${COMMAND}: Emoji Sentiment Ranking 1.0 (CC BY-SA 4.0) and AFINN emoticons (Apache-2.0)`,
    licence: 'CC BY-SA 4.0 (adapted from Emoji Sentiment Ranking 1.0, Kralj Novak et al.); see SOURCES.md',
    scores: grouped(scores, ' '),
  };
  writeFileSync(join(outDir, 'emoji.json'), JSON.stringify(file, null, 1) + '\n');
  console.log(`emoji: ${scores.size} emoji and emoticons`);
}

mkdirSync(outDir, { recursive: true });
for (const lang of Object.keys(LEXICONS) as SupportedLanguage[]) buildLanguage(lang);
buildEmoji();
