/**
 * Judging candidate lists of message blocks (lib/sites/generic/message-blocks.ts finds them): does a list hold
 * sentences, are its blocks messages with parts or paragraphs of one message, does it look like a thread.
 */
import { readText } from '../dom/text';
import { renderedChildren } from './rendered-children';

export interface MessageList {
  container: Element;
  /** Message blocks in document order. */
  blocks: Element[];
  /** True when the list was found below the reply box: the newest message is then the first. */
  isNewestFirst: boolean;
}

/** Cheap text check: native textContent first, the composed tree only for shadow-DOM components. */
export function hasText(element: Element): boolean {
  if (/[\p{L}\p{N}]/u.test(element.textContent ?? '')) return true;
  const hosts = [element, ...Array.from(element.querySelectorAll('*'))].filter((node) => node.shadowRoot);
  return hosts.some((host) => /[\p{L}\p{N}]/u.test(host.shadowRoot?.textContent ?? ''));
}

const paragraphTags = new Set([
  'p',
  'span',
  'blockquote',
  'pre',
  'b',
  'strong',
  'i',
  'em',
  'a',
  'font',
  'code',
]);

/** A message has parts (author, body, time); a paragraph is just text. Used to prefer real lists over prose. */
export function isMessageShaped(block: Element): boolean {
  if (paragraphTags.has(block.localName)) return false;
  return renderedChildren(block).filter((child) => hasText(child)).length >= 2 || block.shadowRoot !== null;
}

/**
 * A conversation has at least one message of a few words; a row of short labels above an editor ("Reply",
 * "Internal note" tabs, formatting options) does not. Long runs without spaces count too (CJK, URLs).
 */
function hasSentence(list: MessageList): boolean {
  return list.blocks.some((block) => {
    const text = readText(block);
    return text.split(/\s+/).filter(Boolean).length >= 3 || text.length >= 25;
  });
}

/** A class-less paragraph, or a class-less <div> of bare text (editors write a mail's lines as <div>s). */
function isParagraph(block: Element): boolean {
  if (block.hasAttribute('class')) return false;
  if (paragraphTags.has(block.localName)) return true;
  // A <div> with a bold "Customer:" label or other parts is a chat line, not a line of prose.
  return block.localName === 'div' && Array.from(block.children).every((child) => child.localName === 'br');
}

/** Paragraphs of one message, not messages: a mail body looks like a list of similar blocks, but is one. */
export function isProse(list: MessageList): boolean {
  return list.blocks.every(isParagraph);
}

function pickBest(candidates: readonly MessageList[]): MessageList | null {
  let best: MessageList | null = null;
  for (const candidate of candidates) {
    const shaped = candidate.blocks.filter(isMessageShaped).length;
    const bestShaped = best ? best.blocks.filter(isMessageShaped).length : -1;
    const isNested = best !== null && best.blocks.some((block) => block.contains(candidate.container));
    // Inside one block of a list, a list must hold several messages with parts to be the thread: a mail laid
    // out as a table has a header row and a body row, not two messages.
    const wins = isNested ? shaped >= 3 || (shaped >= 2 && shaped > bestShaped) : shaped > bestShaped;
    if (best === null || wins) best = candidate;
  }
  return best;
}

/**
 * The values (or labels) of a definition list: a request's or a contact's fields ("Requester", "Status"),
 * which ticket pages print right above the composer, not messages.
 */
const isFieldList = (list: MessageList) =>
  list.blocks.every((block) => block.localName === 'dd' || block.localName === 'dt');

/** The richest list with a sentence in it; paragraphs of one message only when there is nothing else. */
export function bestList(candidates: MessageList[]): MessageList | null {
  const withText = candidates.filter((list) => hasSentence(list) && !isFieldList(list));
  return pickBest(withText.filter((list) => !isProse(list))) ?? pickBest(withText.filter(isProse));
}

/** An item that opens with a link (its title): suggested articles, search results, related tickets. */
function leadsWithLink(block: Element): boolean {
  const first = renderedChildren(block).find(hasText);
  const link = first?.matches('a[href]') ? first : first?.querySelector('a[href]');
  return first !== undefined && link !== null && link !== undefined && readText(link) === readText(first);
}

/**
 * A list below the reply box is taken before a farther one above only when it looks like a thread, not like
 * the suggestions, attachments or links pages put under an editor: dated items, or items with parts that do
 * not open with a link.
 */
export function looksLikeThread(list: MessageList): boolean {
  const dated = list.blocks.filter((block) => block.querySelector('time, [datetime]') !== null).length;
  const messages = list.blocks.filter((block) => isMessageShaped(block) && !leadsWithLink(block));
  return dated >= 2 || messages.length >= 2;
}
