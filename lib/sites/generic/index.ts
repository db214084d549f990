/**
 * The generic fallback for any page no adapter knows, or when a site's selectors find nothing: the reply box
 * is the last focused editable, the customer's message the nearest message-like block above it (the caller
 * overrides it with the user's selection), and names, emails and ids come from what is around it.
 */
import type { ConversationMessage, ReadHint, SelectorTrace } from '../types';
import type { Reading } from '../reading';
import { findGenericTicketId, lastNonAgentMessage, oldestFirst, readRecentMessages } from '../reading';
import { composedParent } from '../dom/composed';
import { readText } from '../dom/text';
import { findEmails } from '../extract/ids';
import { asReplyBox, findGenericReplyBox } from './reply-box';
import { findMessageListNear, findNearestBlockAbove, type MessageList } from './message-blocks';
import { readMessageBlock } from './read-block';

export { findGenericReplyBox, findLargestEditable, asReplyBox } from './reply-box';
export { findMessageListNear, findMessageListWithin } from './message-blocks';
export { readMessageBlock } from './read-block';
export { readSelectedText } from './selection';

/** Messages of a structurally found list, oldest first whatever the page's order. */
export function readMessageList(list: MessageList, max: number): ReturnType<typeof readRecentMessages> {
  // Timestamps decide when the page has them; else a list below the reply box is taken as newest first.
  const blocks = oldestFirst(list.blocks, list.isNewestFirst);
  return readRecentMessages(blocks, (block) => readMessageBlock(block, list.container), max);
}

/**
 * Emails printed around the thread when the messages carry none: a header above it, then a customer card beside
 * it, up to three levels out (never the page's <head>).
 */
function emailNear(container: Element | null, doc: Document): string | undefined {
  let node: Element | null = container;
  for (let level = 0; node && level < 3 && node.localName !== 'body'; level += 1) {
    const siblings: Element[] = [];
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
      siblings.push(sibling);
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling)
      siblings.push(sibling);
    for (const sibling of siblings) {
      const email = findEmails(readText(sibling))[0];
      if (email) return email;
    }
    node = composedParent(node, doc);
  }
  return undefined;
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
  if (list) {
    trace.messages = `structure: ${list.blocks.length} similar <${list.blocks[0]?.localName ?? '?'}> blocks ${list.isNewestFirst ? 'below' : 'above'} the reply box`;
    ({ messages, lastCustomer: lastCustomerMessage } = readMessageList(list, max));
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
  const conversation = list?.container ?? lastCustomerMessage?.element ?? null;
  const email = lastCustomerMessage?.authorEmail ?? emailNear(conversation, doc);
  return {
    conversation,
    messages,
    lastCustomerMessage,
    customer: {
      ...(lastCustomerMessage?.author && { name: lastCustomerMessage.author }),
      ...(email && { email }),
    },
    ticketId: findGenericTicketId(url, conversation, doc),
    subject: null,
    replyBox,
    trace,
  };
}
