/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("chraged" → "charged"), the
 * commonest typo (optimal string alignment distance).
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** Typos a word of this length may carry and still be recognised: one, or two from eight letters on. */
export const allowedTypos = (length: number): number => (length >= 8 ? 2 : 1);

/** Letters in order, for telling a swap ("chraged") from another letter ("preto" vs "preço"). */
const sortedLetters = (word: string) => Array.from(word).sort().join('');

/**
 * Whether `word` is a typo of `known`. A word under six letters may have two letters swapped or one letter
 * missing or extra, but not one letter changed: that makes another word too often ("preto" / "preço",
 * "cards" / "carts").
 */
export function isTypoOf(word: string, known: string): boolean {
  if (editDistance(word, known) > allowedTypos(word.length)) return false;
  return word.length >= 6 || word.length !== known.length || sortedLetters(word) === sortedLetters(known);
}
