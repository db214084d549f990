/** The parts of a message block that are about the message, not its words: author lines, timestamps, actions. */
import { avatarWords, splitWords } from '../extract/roles';

const metadataWords = new Set(['time', 'timestamp', 'date', 'datetime', 'avatar', 'author', 'sender', 'byline',
  'from', 'name', 'username', 'meta', 'metadata', 'status', 'receipt', 'header', 'heading', 'actions',
  'toolbar', 'reactions', 'signature', 'head', ...avatarWords]); // prettier-ignore
const metadataTags = new Set(['time', 'header', 'cite', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Author lines, timestamps and the like inside a message block. */
export function isMessageMetadata(element: Element): boolean {
  if (metadataTags.has(element.localName)) return true;
  return splitWords(element.getAttribute('class') ?? '').some((word) => metadataWords.has(word));
}

/** Light DOM first, then the block's own shadow root (web-component messages). */
export function descendants(block: Element): Element[] {
  return [
    ...Array.from(block.querySelectorAll('*')),
    ...Array.from(block.shadowRoot?.querySelectorAll('*') ?? []),
  ];
}
