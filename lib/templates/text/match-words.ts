/**
 * The words of a text as the keyword matcher compares them, for keywords and messages alike: folded (no
 * case, no accents), negations written out ("can't", "dont" → do not), French and Italian elisions split
 * ("l'article" → l' article), "%" kept as a word, German umlaut spellings unified, Arabic lightly stemmed.
 */
import { arabicReadings } from './arabic-stem';
import { fold } from './fold';

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

/** Words, plus "%" on its own: "20% off" must not be read as "off" ("walked off"). */
const MATCH_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|%/gu;

/**
 * German typed without umlauts writes ae, oe, ue ("Rueckerstattung", "Groesse"); folding "ü" gives "u", so
 * both spellings are brought to the same form (ß is already ss). Only for German: elsewhere "ue" is just two
 * letters ("queue", "fue").
 */
const GERMAN_DIGRAPH = /([aou])e/g;

/**
 * The words of `text` as the matcher compares them, for keywords and messages alike: each word's readings,
 * the first being the one phrases are written in.
 */
export function matchReadings(text: string, language?: string): string[][] {
  let folded = fold(text);
  if (language === 'de') folded = folded.replace(GERMAN_DIGRAPH, '$1');
  return (folded.match(MATCH_WORD) ?? []).flatMap(splitWord).map(arabicReadings);
}

export const matchWords = (text: string, language?: string): string[] =>
  matchReadings(text, language).map(([word = '']) => word);
