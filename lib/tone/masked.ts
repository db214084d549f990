/**
 * Masked swearing: letters with asterisks ("f***", "sh*t", "f**king", "a**hole") and grawlix runs ("*****",
 * "$#!%"). Found from each asterisk outwards instead of by one regex with lookbehinds, which tried every
 * position of a 1 MB paste.
 */
const LETTER = /\p{L}/u;
const GRAWLIX = /(?:^|\s)([!@#$%&]*[#$%&][!@#$%&]*)(?=$|[\s.,!?])/g;
const MAX_LETTERS_BEFORE = 4;
const MAX_LETTERS_AFTER = 6;

const isLetter = (text: string, at: number): boolean =>
  at >= 0 && at < text.length && LETTER.test(text.charAt(at));
const isSpace = (text: string, at: number): boolean =>
  at < 0 || at >= text.length || /\s/.test(text.charAt(at));

export function findMaskedSwearing(text: string): [start: number, end: number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf('*'); at !== -1;) {
    let start = at;
    while (at - start < MAX_LETTERS_BEFORE && isLetter(text, start - 1)) start--;
    let end = at;
    while (text.charAt(end) === '*') end++;
    let tail = end;
    while (tail - end < MAX_LETTERS_AFTER && isLetter(text, tail)) tail++;
    const letters = at - start + (tail - end);
    const bounded =
      !isLetter(text, start - 1) &&
      !isLetter(text, tail) &&
      text.charAt(start - 1) !== '*' &&
      text.charAt(tail) !== '*';
    // "f***", "sh*t": letters first, four characters at least ("a*b" is not swearing); a bare run needs three
    // asterisks standing alone ("*****"); Markdown's "**bold**" is neither.
    const masked =
      letters > 0
        ? at > start && bounded && end - at + letters >= 4
        : end - at >= 3 && isSpace(text, at - 1) && isSpace(text, end);
    if (masked) spans.push([start, tail]);
    at = text.indexOf('*', Math.max(tail, end));
  }
  if (/[#$%&]/.test(text)) {
    GRAWLIX.lastIndex = 0;
    for (let m = GRAWLIX.exec(text); m !== null; m = GRAWLIX.exec(text)) {
      const run = m[1] ?? '';
      if (run.length >= 4 && new Set(run).size >= 3) {
        const start = m.index + m[0].length - run.length;
        spans.push([start, start + run.length]);
      }
    }
  }
  return spans;
}
