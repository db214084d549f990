/**
 * The order of a thread as the agent sees it where the page gives no machine-readable timestamps: shared
 * inboxes and old helpdesks list mails newest first above the reply box as often as oldest first, and only the
 * printed dates tell; chat logs laid out bottom-up show their DOM backwards.
 */
import { readLine, readText } from '../dom/text';
import { parseShownDate } from '../extract/dates';
import { descendants, isMessageMetadata } from './metadata';

/** The date a message block prints in its header (its metadata, else its first lines), or null. */
function shownDateOf(block: Element): number | null {
  const header = descendants(block).filter(isMessageMetadata).slice(0, 6).map(readLine);
  const firstLines = readText(block).split('\n').slice(0, 3);
  for (const line of [...header, ...firstLines]) {
    const date = parseShownDate(line);
    if (date !== null) return date;
  }
  return null;
}

/** True when the first block's printed date is later than the last one's; null when the dates do not tell. */
export function isNewestFirstByShownDates(blocks: readonly Element[]): boolean | null {
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last || first === last) return null;
  const [firstDate, lastDate] = [shownDateOf(first), shownDateOf(last)];
  if (firstDate === null || lastDate === null || firstDate === lastDate) return null;
  return firstDate > lastDate;
}

/**
 * True for a list laid out with `flex-direction: column-reverse` (Tailwind `flex-col-reverse`), as chat apps
 * build logs that stick to the bottom: the newest message comes first in the DOM and shows last.
 */
export function isShownReversed(container: Element): boolean {
  if (/(?:^|\s)flex-col-reverse(?:\s|$)/.test(container.getAttribute('class') ?? '')) return true;
  const style = container.ownerDocument.defaultView?.getComputedStyle(container);
  return style !== undefined && style.display.includes('flex') && style.flexDirection === 'column-reverse';
}
