/**
 * A small phrase syntax for the checker's cue lists, so each language's list reads like the phrases
 * themselves while still covering inflections and filler words. Phrases are matched against folded text
 * (lower case, no accents: text/fold.ts), and are folded the same way when compiled, so "désolé" and
 * "desole" are one entry.
 *
 *   space   one or more spaces or commas between words; " ?" is an optional space ("# ?h": "24h", "24 h")
 *   word*   the word may continue: "apologi*" matches apologise, apologize, apologies, apologising
 *   ~       any one word may stand here, or none: "you ~ should have" matches "you really should have"
 *   ~3      up to three such words (any digit)
 *   #       a number, or a range ("3-5", "3 to 5", "3 à 5")
 *   (a|b)?  ordinary regular-expression groups, alternatives, optional parts and lookaheads
 *
 * Every phrase is anchored at word boundaries for the eight languages' scripts (JavaScript's \b only knows ASCII).
 */
import { fold } from '../text/fold';

/**
 * Letters and digits of folded text. An explicit range list instead of \p{L}: the text is folded (lower case,
 * no accents), and V8 compiles \p{L} into hundreds of ranges at every use, which made the first check of a
 * draft take a fifth of a second. Arabic punctuation (، ؛ ؟ ۔) is left out of the Arabic block.
 */
const WORD_CHAR =
  '[a-z0-9\\u00df-\\u00ff\\u0100-\\u024f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u05ff\\u0620-\\u065f\\u066e-\\u06d3\\u06d5-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff]';
const LETTERS = `${WORD_CHAR.slice(0, -1)}'’]`;
const WORD_AND_SPACE = `(?:${LETTERS.slice(0, -1)}-]+[\\s,]+)`;
const SPACE = '[\\s,]+';
/**
 * A number, or a range of two as agents write time frames: "3-5", "3–5", "3 to 5", "3 a 5", "3 à 5", "3 bis 5",
 * "3 até 5", "3 до 5", "3 إلى 5". Folded text: "à" is "a", "إلى" is "الي". No "*" in it: phrases use that sign.
 */
const NUMBER = '\\d+(?:\\s?[-–—]\\s?\\d+|\\s+(?:to|or|a|ou|o|e|y|bis|oder|ate|до|или|الي|او)\\s+\\d+)?';

/** The regular expression for one phrase, without the leading word boundary (compilePhrases adds one). */
export function phraseSource(phrase: string): string {
  let source = fold(phrase.trim())
    .replace(/ \)\? +/g, ' )?')
    .replace(/[.$^[\]\\{}]/g, (char) => `\\${char}`)
    .replace(/~(\d)/g, '\ue002$1')
    .replace(/~/g, '\ue003')
    .replace(/#/g, NUMBER)
    .replace(/\*/g, '\ue004')
    .replace(/ \?/g, '\ue005');
  // Tokens are placed after escaping so their own regex syntax survives.
  source = source
    .replace(/\s*\ue002(\d)\s*/g, (_, count: string) => ` ${WORD_AND_SPACE}{0,${count}}`)
    .replace(/\s*\ue003\s*/g, ` ${WORD_AND_SPACE}?`)
    .replace(/ +/g, SPACE)
    .replace(/\ue004/g, `${LETTERS}*`)
    .replace(/\ue005/g, '[\\s,]*')
    // An optional word that brings its own trailing space must not demand a second one after it.
    .split(`${SPACE})?${SPACE}`)
    .join(`${SPACE})?`);
  const end = phrase.trim().endsWith('*') ? '' : `(?!${WORD_CHAR})`;
  return `(?:${source})${end}`;
}

/**
 * One global regular expression matching any of `phrases`, each starting at a word boundary, optionally
 * after one of `proclitics` (a regex alternation of prefixes written together with the word).
 */
export function compilePhrases(phrases: readonly string[], proclitics = ''): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const prefix = proclitics ? `(?:${proclitics})?` : '';
  return new RegExp(`(?<!${WORD_CHAR})${prefix}(?:${phrases.map(phraseSource).join('|')})`, 'g');
}

export interface PhraseHit {
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

export function findAll(pattern: RegExp | undefined, foldedText: string): PhraseHit[] {
  if (!pattern) return [];
  const hits: PhraseHit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(foldedText); match; match = pattern.exec(foldedText)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}
