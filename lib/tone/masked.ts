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

/** A bare "*****" stands for a word only inside a sentence; at the start of a line it is a separator. */
function wordsBefore(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return LETTER.test(text.slice(Math.max(lineStart, at - 200), at));
}

export function findMaskedSwearing(text: string): [start: number, end: number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf('*'); at !== -1;) {
    let start = at;
    while (at - start < MAX_LETTERS_BEFORE && isLetter(text, start - 1)) start--;
    let end = at;
    while (text.charAt(end) === '*') end++;
    let tail = end;
    while (tail - end < MAX_LETTERS_AFTER && isLetter(text, tail)) tail++;
    const bounded =
      !isLetter(text, start - 1) &&
      !isLetter(text, tail) &&
      text.charAt(start - 1) !== '*' &&
      text.charAt(tail) !== '*';
    // "sh*t", "a**hole": letters on both sides; "f***", "sh**": at most two letters, then two asterisks or
    // more. Markdown's "*emphasis*" and "**bold**" close with an asterisk after a whole word: neither.
    const before = at - start;
    const after = tail - end;
    const stars = end - at;
    const masked =
      before > 0
        ? bounded && (after > 0 ? before + after + stars >= 4 : before <= 2 && stars >= 2)
        : after === 0 && stars >= 3 && isSpace(text, at - 1) && isSpace(text, end) && wordsBefore(text, at);
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
