/**
 * Light Arabic stemming for keyword matching: Arabic attaches "and", "the", "with", "for" in front of a word
 * and possessive pronouns after it ("وطلبي" = "and my order"), so "طلب" would never match on its own. One
 * proclitic and one suffix are removed when at least three letters remain. Input is folded text (fold.ts),
 * so ة is already ه. Other scripts pass through unchanged.
 */
const ARABIC = /[\u0600-\u06FF]/;
const PROCLITICS = ['وبال', 'وال', 'بال', 'فال', 'كال', 'ولل', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];
const SUFFIXES = ['ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'تم', 'ات', 'ون', 'ين', 'ان', 'ي', 'ك', 'ه'];
const MIN_STEM = 3;

export function stemArabic(word: string): string {
  if (!ARABIC.test(word)) return word;
  let stem = word;
  const proclitic = PROCLITICS.find(
    (prefix) => stem.startsWith(prefix) && stem.length - prefix.length >= MIN_STEM,
  );
  if (proclitic) stem = stem.slice(proclitic.length);
  const suffix = SUFFIXES.find((ending) => stem.endsWith(ending) && stem.length - ending.length >= MIN_STEM);
  if (suffix) stem = stem.slice(0, -suffix.length);
  return stem;
}
