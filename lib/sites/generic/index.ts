/**
 * The generic fallback for any page no adapter knows, or when a site's selectors find nothing: the reply box
 * is the last focused editable, the customer's message the nearest message-like block above it (the caller
 * overrides it with the user's selection), and names, emails and ids come from what is around it.
 */
import type { ConversationMessage, Customer, ReadHint, SelectorTrace } from '../types';
import type { Reading } from '../reading';
import { findGenericTicketId, lastNonAgentMessage, oldestFirst, readRecentMessages } from '../reading';
import { composedContains } from '../dom/composed';
import { readLine, readText } from '../dom/text';
import { findEmails } from '../extract/ids';
import { findLabelledName, parseNameAndEmail, parseRecipientLine } from '../extract/people';
import { isWrittenLikeAName } from './block-author';
import { asReplyBox, findGenericReplyBox } from './reply-box';
import { findMessageListNear, findNearestBlockAbove, type MessageList } from './message-blocks';
import { readMessageBlock } from './read-block';
import { renderedParent } from './rendered-children';
import { isNewestFirstByShownDates, isShownReversed } from './shown-order';
import { readSelectedText, type SelectedText } from './selection';

export { findGenericReplyBox, findLargestEditable, asReplyBox } from './reply-box';
export { findMessageListNear, findMessageListWithin } from './message-blocks';
export { readMessageBlock } from './read-block';
export { readSelectedText } from './selection';

/** Messages of a structurally found list, oldest first whatever the page's order. */
export function readMessageList(list: MessageList, max: number): ReturnType<typeof readRecentMessages> {
  // Timestamps decide when the page has them, then printed dates; else a list below the reply box is newest
  // first, and one shown bottom-up (column-reverse) the other way round.
  const isNewestFirst =
    isNewestFirstByShownDates(list.blocks) ?? list.isNewestFirst !== isShownReversed(list.container);
  const blocks = oldestFirst(list.blocks, isNewestFirst);
  return readRecentMessages(blocks, (block) => readMessageBlock(block, list.container), max);
}

const pageParts = new Set(['head', 'script', 'style', 'template', 'noscript']);

/** Elements beside `node` and beside its ancestors, nearest level first, up to `levels` levels out. */
function besideAncestors(node: Element | null, doc: Document, levels: number): Element[] {
  const found: Element[] = [];
  // An editor frame's own <body> and <html> are levels too; the top document's <body> is the page.
  for (let level = 0; node && level < levels && node !== doc.body; level += 1) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
      found.push(sibling);
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling)
      found.push(sibling);
    node = renderedParent(node, doc);
  }
  return found.filter((element) => !pageParts.has(element.localName));
}

/**
 * A contact header without labels ("Priya Nair" over "priya.nair@example.in · Pune", or "Ольга Смирнова ·
 * olga@example.ru · чат 7731" on one line): the name-like part right before the address, in a small block (a
 * card, not a region of the page).
 */
function nameBesideEmail(element: Element): string | undefined {
  const text = readText(element);
  if (text.length > 300) return undefined;
  const parts = text
    .split(/\n|\s[·•|]\s/)
    .map((part) => part.trim())
    .filter(Boolean);
  const at = parts.findIndex((part) => findEmails(part).length > 0);
  const candidate = at > 0 ? parseNameAndEmail(parts[at - 1]).name : undefined;
  return candidate && isWrittenLikeAName(candidate) ? candidate : undefined;
}

/**
 * Name and email printed around the thread when the messages carry none: a header above it, a customer card
 * or a request's detail list beside it, up to three levels out (never the page's <head>).
 */
function customerNear(container: Element | null, doc: Document): Customer {
  let name: string | undefined;
  let email: string | undefined;
  for (const element of besideAncestors(container, doc, 3)) {
    name ??= findLabelledName(element) ?? nameBesideEmail(element);
    email ??= findEmails(readText(element))[0];
    if (name && email) break;
  }
  return { ...(name && { name }), ...(email && { email }) };
}

/** The "To: Name <email>" line of an email-like composer, just around the reply box. */
function recipientNear(replyBox: Element | null, doc: Document): Customer {
  // Rich editors wrap their editable a few levels deep (TinyMCE: frame, edit area, container, its mount).
  for (const element of besideAncestors(replyBox, doc, 8).slice(0, 40)) {
    const line = readLine(element);
    if (line.length > 200) continue;
    const recipient = parseRecipientLine(line);
    if (recipient.name ?? recipient.email) return recipient;
  }
  return {};
}

const compact = (text: string) => text.replace(/\s+/g, ' ').trim();

const sameWriter = (a: string | undefined, b: string) =>
  a !== undefined && compact(a).toLowerCase() === compact(b).toLowerCase();

/** Unmarked messages of named writers: the customer's when `isCustomer` says so, else the agent side's. */
function assignSides(
  messages: ConversationMessage[],
  isCustomer: (message: ConversationMessage) => boolean,
): ConversationMessage[] {
  return messages.map((message) =>
    message.role !== 'unknown' || !message.author
      ? message
      : { ...message, role: isCustomer(message) ? 'customer' : 'agent' },
  );
}

/**
 * Sides from whom the composer addresses, where nothing else tells them: the recipient's own messages are the
 * customer's, those of other named writers the agent side (an agent may have answered last).
 */
function sidesFromRecipient(messages: ConversationMessage[], recipient: Customer): ConversationMessage[] {
  const { name, email } = recipient;
  if ((!name && !email) || messages.some((message) => message.role === 'customer')) return messages;
  const isRecipient = (message: ConversationMessage) =>
    (email !== undefined && message.authorEmail?.toLowerCase() === email.toLowerCase()) ||
    (name !== undefined && sameWriter(message.author, name));
  return messages.some(isRecipient) ? assignSides(messages, isRecipient) : messages;
}

/**
 * Sides from the writer of a message known to be the customer's (the one who opened the ticket, in a header
 * line "Rachel Moore started the conversation"): their other messages are the customer's too, and other named
 * writers' the agent side, though the header lines of both only say "replied".
 */
function sidesFromCustomerWriter(messages: ConversationMessage[]): ConversationMessage[] {
  const writers = messages.flatMap((message) =>
    message.role === 'customer' && message.author ? [message.author] : [],
  );
  const isUnmarked = (message: ConversationMessage) => message.role === 'unknown' && message.author;
  if (writers.length === 0 || !messages.some(isUnmarked)) return messages;
  return assignSides(messages, (message) => writers.some((writer) => sameWriter(message.author, writer)));
}

/**
 * The message the agent selected, when it is one of those read: they point at the customer's message, so its
 * author is the customer even where the structure alone would take the last unclaimed message (an agent's).
 */
function selectedMessage(
  messages: readonly ConversationMessage[],
  selected: SelectedText | null,
  doc: Document,
): ConversationMessage | null {
  if (!selected) return null;
  const inside = messages.findLast((message) => composedContains(message.element, selected.element, doc));
  if (inside) return inside;
  // The selection collapsed when the agent clicked into the editor: only its text is known.
  const text = compact(selected.text);
  if (text.length < 8) return null;
  return (
    messages.findLast((message) => {
      const own = compact(message.text);
      return own.length >= 8 && (own.includes(text.slice(0, 60)) || text.includes(own.slice(0, 60)));
    }) ?? null
  );
}

export function readGeneric(doc: Document, url: URL, hint: ReadHint, max: number): Reading {
  const trace: SelectorTrace = {};
  const replyBox = findGenericReplyBox(doc, hint.focusedEditable);
  if (replyBox)
    trace.replyBox =
      asReplyBox(hint.focusedEditable) === replyBox
        ? 'hint: last focused editable'
        : 'generic: focused or largest editable';
  let messages: ConversationMessage[] = [];
  let lastCustomerMessage: ConversationMessage | null = null;
  const list = replyBox ? findMessageListNear(replyBox, doc) : null;
  // Whom the composer addresses: the customer, and on mail-like pages the sides of the thread.
  const recipient = recipientNear(replyBox, doc);
  if (list) {
    trace.messages = `structure: ${list.blocks.length} similar <${list.blocks[0]?.localName ?? '?'}> blocks ${list.isNewestFirst ? 'below' : 'above'} the reply box`;
    ({ messages, lastCustomer: lastCustomerMessage } = readMessageList(list, max));
    const sided = sidesFromCustomerWriter(sidesFromRecipient(messages, recipient));
    if (sided !== messages) [messages, lastCustomerMessage] = [sided, lastNonAgentMessage(sided)];
  } else if (replyBox) {
    const block = findNearestBlockAbove(replyBox, doc);
    const message =
      block && block.parentElement ? readMessageBlock(block, block.parentElement, 'unknown') : null;
    if (message) {
      trace.messages = 'structure: nearest text block above the reply box';
      messages = [message];
      lastCustomerMessage = lastNonAgentMessage(messages);
    }
  }
  const selected = selectedMessage(messages, readSelectedText(doc, replyBox, hint.selectionText), doc);
  if (selected) lastCustomerMessage = { ...selected, role: 'customer' };
  const conversation = list?.container ?? lastCustomerMessage?.element ?? null;
  // The message's own author first, then whom the composer addresses, then the details printed beside it.
  const near = customerNear(conversation, doc);
  const name = lastCustomerMessage?.author ?? recipient.name ?? near.name;
  const email = lastCustomerMessage?.authorEmail ?? recipient.email ?? near.email;
  return {
    conversation,
    messages,
    lastCustomerMessage,
    customer: { ...(name && { name }), ...(email && { email }) },
    ticketId: findGenericTicketId(url, conversation, doc),
    subject: null,
    replyBox,
    trace,
  };
}
