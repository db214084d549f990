/**
 * Recognising an inline shortcut such as ";late" right before the caret. Pure text matching plus one caret
 * read, so Tab is only taken from the editor when a real shortcut was typed.
 */
import { saveSelection } from '@/lib/insert';

export interface TypedShortcut {
  /** Exactly what the agent typed (trigger included), which the reply replaces. */
  typed: string;
  /** The shortcut, lower-cased, as the library knows it. */
  shortcut: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The shortcut typed at the end of `textBefore`: the trigger at the start of the text or after a space or an
 * opening bracket or quote, then letters, digits, "-" or "_". Null unless `known` has it (case-insensitive).
 */
export function findTypedShortcut(
  textBefore: string,
  trigger: string,
  known: ReadonlySet<string>,
): TypedShortcut | null {
  if (!trigger || known.size === 0) return null;
  const pattern = new RegExp(
    `(?:^|[\\s([{"'«„“])(${escapeRegExp(trigger)}([\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,47}))$`,
    'u',
  );
  const match = pattern.exec(textBefore);
  const typed = match?.[1];
  const word = match?.[2]?.toLowerCase();
  return typed && word && known.has(word) ? { typed, shortcut: word } : null;
}

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'td',
  'th',
  'body',
]);

/** The caret's own line in an editable: from its block's start (or the last line break) to the caret. */
function lineBeforeCaret(element: HTMLElement, range: Range): string {
  let block: Node = range.endContainer;
  while (
    block !== element &&
    block.parentNode &&
    !(block.nodeType === 1 && BLOCKS.has((block as Element).localName))
  ) {
    block = block.parentNode;
  }
  const before = element.ownerDocument.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.endContainer, range.endOffset);
  const fragment = before.cloneContents();
  // Line breaks and nested blocks end a line; Range.toString() would glue the lines together.
  fragment.querySelectorAll('br, p, div, li').forEach((node) => node.before('\n'));
  return fragment.textContent ?? '';
}

/** The last `max` characters before the caret on its line, in a text field or an editable; null without one. */
export function textBeforeCaret(element: HTMLElement, max = 64): string | null {
  const saved = saveSelection(element);
  if (!saved) return null;
  if (saved.start !== saved.end) return null; // a selection, not a caret: Tab means something else
  const text =
    saved.kind === 'field'
      ? (element as HTMLTextAreaElement | HTMLInputElement).value.slice(0, saved.end)
      : lineBeforeCaret(element, saved.range);
  const line = text.slice(text.lastIndexOf('\n') + 1);
  return line.slice(Math.max(0, line.length - max));
}
