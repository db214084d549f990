/**
 * Tidies what an empty placeholder leaves behind. The renderer writes EMPTY where a placeholder rendered
 * nothing; only text next to those marks changes, so a template's own spacing (French "Bonjour !") is kept.
 *   "Hola EMPTY," → "Hola,"   "Здравствуйте, EMPTY!" → "Здравствуйте!"   "Bonjour EMPTY !" → "Bonjour !"
 *   "Thanks EMPTY for" → "Thanks for"   "EMPTY, thanks" at a line start → "Thanks"
 */
export const EMPTY = '\u0001';

const SPACE = '[ \\t\\u00A0]*';
const CLOSING_PUNCTUATION = ',.;:!?…،؛؟)';
const SENTENCE_END = '.!?…؟';

const BEFORE_PUNCTUATION = new RegExp(
  `([,،]?)(${SPACE})${EMPTY}+(${SPACE})(?=([${CLOSING_PUNCTUATION}]))`,
  'g',
);
const AT_LINE_START = new RegExp(`(^|\\n)${SPACE}${EMPTY}+${SPACE}[,،:;]?${SPACE}(\\p{Ll})?`, 'gu');
const BETWEEN_WORDS = new RegExp(`(${SPACE})${EMPTY}+(${SPACE})`, 'g');

export function tidyEmptyPlaceholders(text: string): string {
  if (!text.includes(EMPTY)) return text;
  return text
    .replace(
      AT_LINE_START,
      (_, lineStart: string, letter: string | undefined) => lineStart + (letter?.toUpperCase() ?? ''),
    )
    .replace(BEFORE_PUNCTUATION, (_, comma: string, _before: string, after: string, next: string) =>
      comma && SENTENCE_END.includes(next) ? after : comma + after,
    )
    .replace(BETWEEN_WORDS, (_, before: string, after: string) => (before && after ? ' ' : ''))
    .replace(/([,،])\s*\1/g, '$1')
    .replace(/\n{3,}/g, '\n\n');
}
