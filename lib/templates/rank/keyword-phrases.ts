/**
 * Scenario keywords prepared for matching: folded, split into words (Arabic lightly stemmed), and weighted.
 *
 * A phrase's weight comes from its words: a word that only one scenario uses says more than one that many
 * share ("refund" vs "waiting"), and short words ("my", "is", "не", "de") say little on their own. The most
 * telling word counts fully and each further word half, so "double charged" outweighs "charged" without a
 * five-word phrase swamping everything.
 */
import { stemArabic } from '../text/arabic-stem';
import { fold, words } from '../text/fold';

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
  /** Tokens that carry meaning on their own; phrases of two or more may match in any order. */
  contentTokens: string[];
  weight: number;
}

const MAX_PHRASE_WORDS = 8;
const ARABIC = /[\u0600-\u06FF]/;

/** "can't" → can not, "dont" → do not: customers and keyword writers spell negations both ways. */
const NEGATION = /^(.+)n't$|^(do|does|did|is|was|were|are|has|have|had|could|would|should|ca|wo)nt$/;
/** What is left of the verb before "n't" when it is not the verb itself ("ca" of can't, "wo" of won't). */
const NEGATED_VERB: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
/** French and Italian elisions: "l'article" → l' article, "n'est" → n' est. */
const ELISION = /^(l|d|j|n|m|t|s|c|qu|jusqu|lorsqu|puisqu|un|dell|all|nell|sull)'(.+)$/;

function splitWord(word: string): string[] {
  const negation = NEGATION.exec(word);
  const verb = negation?.[1] ?? negation?.[2];
  if (verb) return [NEGATED_VERB[verb] ?? verb, 'not'];
  const elision = ELISION.exec(word);
  if (elision?.[1] && elision[2]) return [`${elision[1]}'`, elision[2]];
  return [word];
}

export const matchWords = (text: string): string[] => words(fold(text)).flatMap(splitWord).map(stemArabic);

/** Arabic stems are three letters; elsewhere a word of four or more letters is a content word. */
export const isContentWord = (word: string): boolean => word.length >= (ARABIC.test(word) ? 3 : 4);

export function buildPhrases(sources: readonly KeywordSource[]): KeywordPhrase[] {
  const scenariosOfWord = new Map<string, Set<string>>();
  const unique = new Map<string, { scenario: string; text: string; tokens: string[]; weight: number }>();
  for (const { scenario, keywords, weight = 1 } of sources) {
    for (const text of keywords) {
      const tokens = matchWords(text);
      const key = `${scenario}\u0000${tokens.join(' ')}`;
      if (tokens.length === 0 || tokens.length > MAX_PHRASE_WORDS || unique.has(key)) continue;
      unique.set(key, { scenario, text, tokens, weight });
      for (const token of tokens) {
        const scenarios = scenariosOfWord.get(token) ?? new Set<string>();
        scenarios.add(scenario);
        scenariosOfWord.set(token, scenarios);
      }
    }
  }
  return [...unique.values()].map(({ scenario, text, tokens, weight }) => {
    const wordWeights = tokens
      .map((token) => (isContentWord(token) ? 1 : 0.35) / (scenariosOfWord.get(token)?.size ?? 1))
      .sort((a, b) => b - a);
    const [strongest = 0, ...rest] = wordWeights;
    const phraseWeight = strongest + 0.5 * rest.reduce((sum, value) => sum + value, 0);
    return {
      scenario,
      text,
      tokens,
      contentTokens: tokens.filter(isContentWord),
      weight: phraseWeight * weight,
    };
  });
}
