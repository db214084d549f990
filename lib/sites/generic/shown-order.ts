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

/**
 * True when the printed dates run from newest to oldest, false the other way; null when they do not tell.
 * Every block (the first and last six of a long list) must print one and they must run one way: a date the
 * customer wrote in a message ("I ordered on 12.03.2026") is not the message's date.
 */
export function isNewestFirstByShownDates(blocks: readonly Element[]): boolean | null {
  const sample = blocks.length > 12 ? [...blocks.slice(0, 6), ...blocks.slice(-6)] : blocks;
  if (sample.length < 2) return null;
  const dates: number[] = [];
  for (const block of sample) {
    const date = shownDateOf(block);
    if (date === null) return null;
    dates.push(date);
  }
  const steps = dates.slice(1).map((date, index) => date - (dates[index] ?? date));
  if (steps.every((step) => step <= 0) && steps.some((step) => step < 0)) return true;
  if (steps.every((step) => step >= 0) && steps.some((step) => step > 0)) return false;
  return null;
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
