/**
 * Readers for the permissively licensed lexicons in ../shared/lexicons (see lib/tone/data/SOURCES.md).
 * Every reader returns raw `[term, score]` pairs on VADER's -4..+4 scale; `tone-data.ts` merges and stems.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Pairs = [term: string, score: number][];

const read = (root: string, ...path: string[]): string =>
  readFileSync(join(root, ...path), 'utf8').replace(/^\uFEFF/, '');

const lines = (text: string): string[] => text.split(/\r?\n/).filter((line) => line.trim() !== '');

/** AFINN: `term<TAB>-5..5`. */
export function afinn(root: string, file: string): Pairs {
  return lines(read(root, 'afinn', file)).flatMap((line): Pairs => {
    const [term, score] = line.split('\t');
    const value = Number(score);
    return term && Number.isFinite(value) ? [[term, (value / 5) * 4]] : [];
  });
}

/** Machine-translated AFINN: one JSON object; drops the empty key and untranslated Latin keys in ru/ar. */
export function afinnMt(root: string, lang: string): Pairs {
  const data = JSON.parse(read(root, 'afinn-mt', `AFINN-${lang}.json`)) as Record<string, number | null>;
  const nonLatinScript = lang === 'ru' || lang === 'ar';
  return Object.entries(data).flatMap(([term, value]): Pairs => {
    if (!term || typeof value !== 'number') return [];
    if (nonLatinScript && /^[a-z\s'-]+$/i.test(term)) return [];
    return [[term, (value / 5) * 4]];
  });
}

/** VADER and its LeIA (pt) adaptation: `token<TAB>mean<TAB>sd<TAB>[ratings]`. */
export function vaderTsv(root: string, ...path: string[]): Pairs {
  return lines(read(root, ...path)).flatMap((line): Pairs => {
    const [term, mean] = line.split('\t');
    const value = Number(mean);
    return term && Number.isFinite(value) ? [[term, value]] : [];
  });
}

/** VADER-FR: `term->score`. */
export function vaderFr(root: string): Pairs {
  return lines(read(root, 'vader-fr', 'fr_lexicon.txt')).flatMap((line): Pairs => {
    const at = line.lastIndexOf('->');
    const value = Number(line.slice(at + 2));
    return at > 0 && Number.isFinite(value) ? [[line.slice(0, at), value]] : [];
  });
}

/** PolSentiLex: one crowd rating (-2..2) per line; averaged per lemma, then scaled to -4..4. */
export function polSentiLex(root: string): Pairs {
  const sums = new Map<string, [number, number]>();
  for (const line of lines(read(root, 'polsentilex-ru', 'PolSentiLex-raw.csv'))) {
    const at = line.lastIndexOf(',');
    const value = Number(line.slice(at + 1));
    if (at <= 0 || !Number.isFinite(value)) continue;
    const term = line.slice(0, at);
    const sum = sums.get(term) ?? [0, 0];
    sums.set(term, [sum[0] + value, sum[1] + 1]);
  }
  return [...sums].map(([term, [sum, count]]): [string, number] => [term, (sum / count) * 2]);
}

const OPENER_SCORES: Record<string, number> = {
  strongpositive: 3.2,
  positive: 2,
  negative: -2,
  strongnegative: -3.2,
};

/** OpeNER hotel-review expressions: `"expression#polarity";…`. */
export function opener(root: string, lang: string): Pairs {
  return lines(read(root, 'opener-hotel', `${lang}_expressions.csv`))
    .slice(1)
    .flatMap((line): Pairs => {
      const first = /^"([^"]+)#(\w+)"/.exec(line);
      const score = first?.[2] ? OPENER_SCORES[first[2]] : undefined;
      return first?.[1] && score !== undefined ? [[first[1], score]] : [];
    });
}

/** Umigon: `term<TAB>condition<TAB>outcome`; 11 = positive, 12 = negative (first code of a rule wins). */
export function umigon(root: string, lang: string): Pairs {
  return (['positive', 'negative'] as const).flatMap((polarity) =>
    lines(read(root, 'umigon', `${lang}_${polarity}_tone.txt`)).flatMap((line): Pairs => {
      const [term, , outcome] = line.split('\t');
      const code = /1[12]/.exec(outcome ?? '')?.[0];
      if (!term || !code) return [];
      return [[term, code === '11' ? 2.4 : -2.4]];
    }),
  );
}

/** Emoji Sentiment Ranking: (positive − negative) / occurrences for emoji seen at least 5 times. */
export function emojiRanking(root: string): Pairs {
  return lines(read(root, 'emoji-sentiment-ranking', 'Emoji_Sentiment_Data_v1.0.csv'))
    .slice(1)
    .flatMap((line): Pairs => {
      const [emoji, , occurrences, , negative, , positive] = line.split(',');
      const n = Number(occurrences);
      if (!emoji || !(n >= 5)) return [];
      return [[emoji.replace(/\uFE0F/g, ''), ((Number(positive) - Number(negative)) / n) * 4]];
    });
}
