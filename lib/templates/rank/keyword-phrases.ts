/**
 * Scenario keywords prepared for matching: split into words as the matcher reads them (text/match-words.ts),
 * and weighted.
 *
 * A phrase's weight comes from its words: a word that only one scenario uses says more than one that many
 * share ("refund" vs "waiting"), and short words ("my", "is", "не", "de") say little on their own. The most
 * telling word counts fully and each further word half, so "double charged" outweighs "charged" without a
 * five-word phrase swamping everything.
 */
import { matchReadings } from '../text/match-words';

export interface KeywordSource {
  scenario: string;
  keywords: readonly string[];
  /** Down-weights weaker sources, e.g. words taken from an agent template's title. */
  weight?: number;
}

export interface KeywordPhrase {
  scenario: string;
  /** As written, for the reason shown to the agent. */
  text: string;
  tokens: string[];
  /** Other readings of each token, matched as that token (an Arabic word whose first letter may be a prefix). */
  alternates: string[][];
  /** Tokens that carry meaning on their own; phrases of two or more may match in any order. */
  contentTokens: string[];
  /** The weight of the phrase found as written (its words in order). */
  weight: number;
  /** The weight when only its content words are found close together: a telling phrase loses its bonus. */
  looseWeight: number;
}

const MAX_PHRASE_WORDS = 8;
const TELLING_PHRASE_WEIGHT = 1;
const ARABIC = /[\u0600-\u06FF]/;

/** Arabic stems are three letters; elsewhere a word of four or more letters is a content word. */
export const isContentWord = (word: string): boolean => word.length >= (ARABIC.test(word) ? 3 : 4);

export function buildPhrases(sources: readonly KeywordSource[], language?: string): KeywordPhrase[] {
  const scenariosOfWord = new Map<string, Set<string>>();
  type Draft = Omit<KeywordPhrase, 'contentTokens' | 'looseWeight'>;
  const unique = new Map<string, Draft>();
  for (const { scenario, keywords, weight = 1 } of sources) {
    for (const text of keywords) {
      const readings = matchReadings(text, language);
      const tokens = readings.map(([word = '']) => word);
      const key = `${scenario}\u0000${tokens.join(' ')}`;
      if (tokens.length === 0 || tokens.length > MAX_PHRASE_WORDS || unique.has(key)) continue;
      const alternates = readings.map((forms) => forms.slice(1));
      unique.set(key, { scenario, text, tokens, alternates, weight });
      for (const token of tokens) {
        const scenarios = scenariosOfWord.get(token) ?? new Set<string>();
        scenarios.add(scenario);
        scenariosOfWord.set(token, scenarios);
      }
    }
  }
  const scenariosOfPhrase = new Map<string, number>();
  for (const { tokens } of unique.values()) {
    const key = tokens.join(' ');
    scenariosOfPhrase.set(key, (scenariosOfPhrase.get(key) ?? 0) + 1);
  }
  return [...unique.values()].map(({ scenario, text, tokens, alternates, weight }) => {
    const wordWeights = tokens
      .map((token) => (isContentWord(token) ? 1 : 0.35) / (scenariosOfWord.get(token)?.size ?? 1))
      .sort((a, b) => b - a);
    const [strongest = 0, ...rest] = wordWeights;
    const fromWords = strongest + 0.5 * rest.reduce((sum, value) => sum + value, 0);
    // Common words can make a telling phrase ("wrong item", "received the wrong"): two or more content words
    // that only this scenario puts together say as much as a word only it uses, when they stand as written
    // ("not what i ordered" must not tell from "what is … my order"). A negated verb ("not working",
    // "لا يعمل") is not one: it fits many scenarios even when only one lists it.
    const isTellingPhrase =
      tokens.filter(isContentWord).length >= 2 && scenariosOfPhrase.get(tokens.join(' ')) === 1;
    const phraseWeight = isTellingPhrase ? Math.max(fromWords, TELLING_PHRASE_WEIGHT) : fromWords;
    return {
      scenario,
      text,
      tokens,
      alternates,
      contentTokens: tokens.filter(isContentWord),
      weight: phraseWeight * weight,
      looseWeight: fromWords * weight,
    };
  });
}
