/**
 * Tokens with offsets, and the one normalisation every lookup uses. The data build script applies the same
 * `normalizeWord` to lexicon and cue keys, so a key matches whatever casing or accents the customer typed.
 */

export interface Token {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Lowercased, accents and Arabic diacritics removed, apostrophes unified. */
  norm: string;
  /** True when the token is written in capitals and has at least three letters ("NEVER", "ТАК"). */
  shouted: boolean;
  /** True when the token is written in capitals, however short ("YA", "JÁ"). */
  capitals: boolean;
  /** True for a run of digits (with inner separators), e.g. "12345" or "49.99". */
  numeric: boolean;
  /** True when a sentence or clause break (. , ; ! ? or a new line) separates it from the previous token. */
  breakBefore: boolean;
}

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}/gu;
const TATWEEL = /\u0640/g;
const CURLY_APOSTROPHE = /[\u2019\u02bc\u0060\u00b4]/g;

/** Bounded memo for non-ASCII words, whose normalisation (NFD) is the costly part; cleared when full. */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 50_000;

/** Lowercase, strip accents and combining marks (also Arabic harakat), unify Arabic letter variants. */
export function normalizeWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  let known = NORMALIZED.get(word);
  if (known === undefined) {
    known = normalizeNonAscii(word.toLowerCase());
    if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
    NORMALIZED.set(word, known);
  }
  return known;
}

/**
 * Hungarian ö and ü are letters of their own, not umlauts: a customer typing without accents writes "jott"
 * for "jött", never "joett". A Hungarian message typed without any accent is read with folded keys: the
 * spelled-out umlauts of `normalizeWord` folded back on the text's tokens and on every cue and lexicon key
 * alike. Accented messages keep the exact keys, so "sőt" (even) does not meet "söt…" (dark).
 */
export function foldHungarian(norm: string): string {
  return norm.includes('e') ? norm.replace(/([ou])e/g, '$1') : norm;
}

const HUNGARIAN_ACCENTS = /[áéíóöőúüű]/iu;

/** True for a Hungarian message typed without accents, which is read with folded keys. */
export function isAccentless(text: string, lang: string | undefined): boolean {
  return lang === 'hu' && !HUNGARIAN_ACCENTS.test(text);
}

/** How a list's keys are looked up: folded for accentless Hungarian (see foldHungarian), else as they are. */
export function keyFor(folded: boolean): (norm: string) => string {
  return folded ? foldHungarian : (norm) => norm;
}

/** German umlauts are spelled out (as Germans do without them) so "schön" does not become "schon". */
const UMLAUT = /[\u00e4\u00f6\u00fc]/g;
const UMLAUT_SPELLED: Record<string, string> = { '\u00e4': 'ae', '\u00f6': 'oe', '\u00fc': 'ue' };

function normalizeNonAscii(lower: string): string {
  let w = lower.replace(UMLAUT, (c) => UMLAUT_SPELLED[c] ?? c);
  w = w.normalize('NFD').replace(COMBINING_MARKS, '').replace(CURLY_APOSTROPHE, "'");
  if (w.includes('\u0640')) w = w.replace(TATWEEL, '');
  // ى (alef maqsura) and ة (ta marbuta) are written interchangeably with ي and ه in informal Arabic.
  return w
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u00df/g, 'ss');
}

/**
 * Letters and digits, keeping inner apostrophes and hyphens ("don't", "e-mail", "l'envoi"). Combining marks
 * are allowed inside words so decomposed accents and Arabic diacritics stay in one token.
 */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_]|['\u2019-](?=[\p{L}\p{N}]))*/gu;
const HAS_LETTER = /\p{L}/u;
const DIGITS = /^\p{N}+(?:[.,:/-]\p{N}+)*$/u;

export function isShouted(raw: string): boolean {
  if (raw.length < 3) return false;
  const upper = raw.toUpperCase();
  return raw === upper && raw !== raw.toLowerCase();
}

/** French and Italian elided articles and pronouns: "l'envoi" reads as "l" + "envoi", "n'a" as "n" + "a". */
const ELISION = /^(?:l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu)['\u2019](?=\p{L})/iu;

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . , ; ! ? newline, and the Arabic comma, semicolon and question mark
    if (
      c === 46 ||
      c === 44 ||
      c === 59 ||
      c === 33 ||
      c === 63 ||
      c === 10 ||
      c === 0x60c ||
      c === 0x61b ||
      c === 0x61f
    )
      return true;
  }
  return false;
}

/** Cheap pre-checks keep the regexes off most tokens (tokenising is a large share of a 1 MB paste). */
function startsWithDigit(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c > 127 && /\p{N}/u.test(raw.charAt(0)));
}

function mayBeCapitals(raw: string): boolean {
  if (raw.length < 2) return false;
  const c = raw.charCodeAt(0);
  return !(c >= 97 && c <= 122) && !(c >= 48 && c <= 57);
}

function isCapitals(raw: string): boolean {
  return mayBeCapitals(raw) && HAS_LETTER.test(raw) && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

function pushToken(tokens: Token[], text: string, raw: string, start: number): void {
  const numeric = startsWithDigit(raw) && DIGITS.test(raw);
  const previous = tokens[tokens.length - 1];
  const capitals = !numeric && isCapitals(raw);
  tokens.push({
    start,
    end: start + raw.length,
    norm: normalizeWord(raw),
    shouted: capitals && raw.length >= 3,
    capitals,
    numeric,
    breakBefore: previous === undefined || hasBreak(text, previous.end, start),
  });
}

/** Splits the (already masked) text into word tokens. Linear in the text length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const elided = raw.length > 2 && (raw.includes("'") || raw.includes('\u2019')) ? ELISION.exec(raw) : null;
    if (elided) {
      pushToken(tokens, text, elided[0].slice(0, -1), m.index);
      pushToken(tokens, text, raw.slice(elided[0].length), m.index + elided[0].length);
    } else {
      pushToken(tokens, text, raw, m.index);
    }
  }
  return tokens;
}

/** Replaces text[start, end) with spaces, keeping every other offset where it was. */
export function blank(text: string, start: number, end: number): string {
  if (end <= start) return text;
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}
