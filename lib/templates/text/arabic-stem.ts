/**
 * Light Arabic stemming for keyword matching: Arabic attaches "and", "the", "with", "for" in front of a word
 * and possessive pronouns after it ("وطلبي" = "and my order"), so "طلب" would never match on its own. One
 * proclitic and one suffix are removed when at least three letters remain. Input is folded text (fold.ts),
 * so ة is already ه. Other scripts pass through unchanged.
 *
 * A first و ف ب ل may also be part of the word itself (وقح "rude", وصل "arrived", فشل "failed"), so
 * `arabicReadings` gives both readings and the matcher tries each; short particles after "and"/"so" are
 * separated too («ولم» = "and did not").
 */
const ARABIC = /[\u0600-\u06FF]/;
const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
const SINGLE_LETTER_PROCLITICS = new Set(['و', 'ف', 'ب', 'ل']);
const SUFFIXES = ['ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'تم', 'ات', 'ون', 'ين', 'ان', 'ي', 'ك', 'ه'];
const MIN_STEM = 3;
/** Particles written together with و or ف: «ولم», «فلا», «وما», «ولن», «وقد». */
const PARTICLES = new Set([
  'لم',
  'لن',
  'لا',
  'ما',
  'قد',
  'لي',
  'له',
  'لك',
  'هو',
  'هي',
  'هم',
  'ان',
  'من',
  'عن',
  'في',
]);
/**
 * The dual of a noun in ة writes it ت before -ين/-ان: «دفعتين» (two payments, "twice"), «مرتين» (twice). The
 * ending carries the meaning, and without it the word would read as a verb: «دفعت» (I paid), «مرت» (passed).
 */
const FEMININE_DUAL = /ت(ين|ان)$/;

function stripSuffix(word: string): string {
  if (FEMININE_DUAL.test(word)) return word;
  const suffix = SUFFIXES.find((ending) => word.endsWith(ending) && word.length - ending.length >= MIN_STEM);
  return suffix ? word.slice(0, -suffix.length) : word;
}

function stripProclitic(word: string): string {
  const rest = word.slice(1);
  if ((word[0] === 'و' || word[0] === 'ف') && PARTICLES.has(rest)) return rest;
  const proclitic = PROCLITICS.find(
    (prefix) => word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM,
  );
  return proclitic ? word.slice(proclitic.length) : word;
}

export function stemArabic(word: string): string {
  if (!ARABIC.test(word)) return word;
  return stripSuffix(stripProclitic(word));
}

/** The stem, and when the word starts with a letter that may or may not be a proclitic, the other reading. */
export function arabicReadings(word: string): string[] {
  const stem = stemArabic(word);
  if (!ARABIC.test(word) || !SINGLE_LETTER_PROCLITICS.has(word[0] ?? '') || word.startsWith('ال')) {
    return [stem];
  }
  const kept = stripSuffix(word);
  return kept === stem ? [stem] : [stem, kept];
}
