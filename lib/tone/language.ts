/**
 * Which language a message is in. The n-gram detector is the library chosen in docs/tone.md (comparison on
 * short messages); the script of the letters settles the easy cases first (Cyrillic, Arabic), which are
 * also the ones short messages most often get wrong.
 */
import { detectAll } from 'tinyld/light';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from './types';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when there is too little text to tell. */
  lang: string;
  confidence: number;
  /** The language whose lexicons and cues are used; undefined means the language-agnostic path only. */
  supported: SupportedLanguage | undefined;
}

const SUPPORTED = new Set<string>(SUPPORTED_LANGUAGES);
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const ARABIC = /\p{Script=Arabic}/gu;
const LETTER = /\p{L}/gu;
/** Beyond this many characters the detector only sees a sample: it is the slowest step on long pastes. */
const SAMPLE_CHARS = 600;
const UNKNOWN: LanguageGuess = { lang: 'und', confidence: 0, supported: undefined };

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

function supportedOrUndefined(lang: string): SupportedLanguage | undefined {
  return SUPPORTED.has(lang) ? (lang as SupportedLanguage) : undefined;
}

/** Accepts "pt-BR", "en_US", "ES": the language part, lowercased. */
export function languageFromHint(hint: string): LanguageGuess | undefined {
  const lang = /^[a-z]{2,3}/i.exec(hint.trim())?.[0]?.toLowerCase();
  return lang ? { lang, confidence: 1, supported: supportedOrUndefined(lang) } : undefined;
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = countMatches(LETTER, sample);
  if (letters < 2) return UNKNOWN;
  const cyrillic = countMatches(CYRILLIC, sample);
  if (cyrillic / letters > 0.5) return { lang: 'ru', confidence: 0.9, supported: 'ru' };
  const arabic = countMatches(ARABIC, sample);
  if (arabic / letters > 0.5) return { lang: 'ar', confidence: 0.9, supported: 'ar' };
  const guesses = detectAll(sample);
  const best = guesses[0];
  if (!best) return { ...UNKNOWN, confidence: 0 };
  const total = guesses.reduce((sum, guess) => sum + guess.accuracy, 0);
  const confidence = total > 0 ? best.accuracy / total : 0;
  return {
    lang: best.lang,
    confidence: Math.round(confidence * 100) / 100,
    supported: supportedOrUndefined(best.lang),
  };
}
