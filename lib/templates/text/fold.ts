/**
 * Folding for matching: lower case, no diacritics (é → e, й → и, ё → е, œ → oe), Arabic letter variants unified
 * (أ إ آ → ا, ى → ي, ة → ه), tatweel dropped, Arabic-Indic digits made ASCII, and typographic apostrophes
 * and quotes made plain. Customers and agents often type without accents, and phrase
 * lists are written once in folded form. `foldWithMap` keeps a map back to the original offsets so findings
 * can point at the text the agent wrote.
 */
const COMBINING = /\p{M}/gu;
const VARIANTS: Readonly<Record<string, string>> = {
  // Arabic letter variants and tatweel
  ى: 'ي',
  ة: 'ه',
  ـ: '',
  // ligatures Unicode does not decompose: "sœur" and "soeur" are one spelling
  œ: 'oe',
  æ: 'ae',
  // typographic apostrophes and quotes, so "don’t" matches "don't"
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  // Arabic-Indic and Persian digits, so "٢٤ ساعة" reads as 24
  ...Object.fromEntries(Array.from('٠١٢٣٤٥٦٧٨٩').map((digit, value) => [digit, String(value)])),
  ...Object.fromEntries(Array.from('۰۱۲۳۴۵۶۷۸۹').map((digit, value) => [digit, String(value)])),
};
const cache = new Map<string, string>();

/** Folds one code point (as a string); may return '' (marks, tatweel) or several units. */
function foldChar(char: string): string {
  const cached = cache.get(char);
  if (cached !== undefined) return cached;
  const lower = char.toLowerCase();
  let folded = lower.normalize('NFD').replace(COMBINING, '');
  folded = VARIANTS[folded] ?? folded;
  if (folded === 'ß') folded = 'ss';
  if (cache.size < 4096) cache.set(char, folded);
  return folded;
}

/** Printable ASCII and common whitespace: lower-casing is all the folding such text needs. */
const ASCII = /^[ -~\t\n\r]*$/;

export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

export interface FoldedText {
  text: string;
  /** `offsets[i]` is the offset in the original of folded unit i; one extra entry for the end. */
  offsets: number[];
}

export function foldWithMap(text: string): FoldedText {
  let out = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = foldChar(char);
    for (let unit = 0; unit < folded.length; unit++) offsets.push(index);
    out += folded;
    index += char.length;
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** Maps a [start, end) span of folded text back to the original text. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const { offsets } = folded;
  const from = offsets[start] ?? 0;
  if (end <= start) return { start: from, end: from };
  // Past the last folded unit of the span; skip units that share its original character (ß → ss).
  const last = offsets[end - 1] ?? from;
  let position = end;
  while (position < offsets.length - 1 && (offsets[position] ?? 0) <= last) position++;
  return { start: from, end: offsets[position] ?? last + 1 };
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words of folded text ("hasn't" stays one word). */
export function words(foldedText: string): string[] {
  return foldedText.match(WORD) ?? [];
}
