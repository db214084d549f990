/**
 * The built-in keywords and the matcher together, on text customers really type: keywords typed without
 * accents (or German without umlauts) still find their scenario, and the ranking's scenario accuracy on the
 * hand-written messages of test/fixtures/messages/scenario-messages.jsonl stays at the level reported in
 * BENCHMARKS.md (`npm run templates:eval`), on the tuned and on the held-out part.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LANGUAGES } from '@/lib/templates/format/scenarios';
import { accuracyOf, evaluateRanking, type LabelledMessage } from '@/lib/templates/rank/evaluate-ranking';
import type { Tone } from '@/lib/tone/types';
import { builtinLibrary, builtinTemplates, toneOf } from './builtin-fixture';

const library = builtinLibrary();

/** How a keyboard without accents writes the keyword: "reçu" → recu, "Größe" → Groesse, "تأخر" → تاخر. */
function typedPlainly(keyword: string, language: string): string {
  const german = language === 'de' ? keyword.replace(/[äöü]/gi, (vowel) => `${vowel}e`) : keyword;
  return german.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

describe('built-in keywords typed without accents', () => {
  it.each(BUILTIN_LANGUAGES)('still find their scenario in %s', (language) => {
    const matcher = library.matcher(language);
    const misses: string[] = [];
    for (const template of builtinTemplates.filter(
      (candidate) => candidate.language === language && candidate.variant === 'standard',
    )) {
      for (const keyword of template.keywords ?? []) {
        const plain = typedPlainly(keyword, language);
        if (plain === keyword) continue;
        if (!matcher.match(plain).has(template.scenario)) misses.push(`${template.scenario}: ${plain}`);
      }
    }
    expect(misses).toEqual([]);
  });
});

const messages = readFileSync('test/fixtures/messages/scenario-messages.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as LabelledMessage & { tone: Tone });

describe('scenario accuracy on hand-written customer messages', () => {
  const outcomes = evaluateRanking(messages, library, (message) =>
    toneOf((message as LabelledMessage & { tone: Tone }).tone, message.lang),
  );

  it.each([
    ['tune', 0.85, 0.95],
    ['holdout', 0.8, 0.9],
  ])('ranks the right scenario first or in the top three (%s part)', (split, top1, top3) => {
    const accuracy = accuracyOf(outcomes.filter((outcome) => outcome.message.split === split));
    expect(accuracy.count).toBeGreaterThan(40);
    expect(accuracy.top1).toBeGreaterThanOrEqual(top1);
    expect(accuracy.top3).toBeGreaterThanOrEqual(top3);
  });

  it.each(BUILTIN_LANGUAGES)('finds the scenario in the top three for most %s messages', (language) => {
    const accuracy = accuracyOf(outcomes.filter((outcome) => outcome.message.lang === language));
    expect(accuracy.top3).toBeGreaterThanOrEqual(0.75);
  });
});
