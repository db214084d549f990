/**
 * The order of a thread whose dates are only printed text (no <time datetime>): shared inboxes and old
 * helpdesks list mails newest first above the reply box as often as oldest first, and only the dates tell.
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
