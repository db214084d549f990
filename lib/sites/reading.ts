/**
 * The parts of a conversation reading shared by the site adapters' path and the generic fallback: parsing the
 * recent messages, picking the last customer message, and filling customer and ids from what was read.
 */
import type { ConversationMessage, Customer, SelectorTrace } from './types';
import { readLine } from './dom/text';
import { findHashId, findOrderIds, findTicketId, lastNumericPathSegment } from './extract/ids';
import { parseNameAndEmail } from './extract/people';

/** What one adapter (or the generic fallback) read, before the selection override and normalisation. */
export interface Reading {
  conversation: Element | null;
  messages: ConversationMessage[];
  lastCustomerMessage: ConversationMessage | null;
  customer: Customer;
  ticketId: string | null;
  subject: string | null;
  replyBox: HTMLElement | null;
  trace: SelectorTrace;
}

/** How far back to look for the last customer message beyond the recent window. */
const customerLookback = 2000;

/**
 * Parses messages from the newest backwards: the `max` most recent, plus the last customer message even when it
 * is older than that window (long agent-only stretches). Returns both in document order.
 */
export function readRecentMessages(
  elements: readonly Element[],
  read: (element: Element) => ConversationMessage | null,
  max: number,
): { messages: ConversationMessage[]; lastCustomer: ConversationMessage | null } {
  const recent: ConversationMessage[] = [];
  let lastCustomer: ConversationMessage | null = null;
  const oldest = Math.max(0, elements.length - max - customerLookback);
  for (let index = elements.length - 1; index >= oldest; index -= 1) {
    const element = elements[index];
    if (recent.length >= max && lastCustomer) break;
    const message = element ? safely(() => read(element), null) : null;
    if (!message) continue;
    if (recent.length < max) recent.push(message);
    if (!lastCustomer && message.role === 'customer') lastCustomer = message;
  }
  recent.reverse();
  return { messages: recent, lastCustomer: lastCustomer ?? lastNonAgentMessage(recent) };
}

function timeOf(element: Element | undefined): number {
  const value = element?.querySelector('time[datetime], [datetime]')?.getAttribute('datetime');
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? Number.NaN : time;
}

/**
 * Message elements oldest first. Some helpdesks list the newest first (a per-agent setting in Help Scout and
 * Zendesk); machine-readable timestamps on the first and last item tell, without parsing every message.
 */
export function oldestFirst(
  elements: readonly Element[],
  isNewestFirstWithoutTimes = false,
): readonly Element[] {
  if (elements.length < 2) return elements;
  const first = timeOf(elements[0]);
  const last = timeOf(elements[elements.length - 1]);
  const isNewestFirst = Number.isNaN(first) || Number.isNaN(last) ? isNewestFirstWithoutTimes : first > last;
  return isNewestFirst ? [...elements].reverse() : elements;
}

/** Without any message marked as the customer's, the last one nobody else claimed. */
export function lastNonAgentMessage(messages: readonly ConversationMessage[]): ConversationMessage | null {
  const hasCustomer = messages.some((message) => message.role === 'customer');
  if (hasCustomer) return messages.findLast((message) => message.role === 'customer') ?? null;
  return messages.findLast((message) => message.role === 'unknown') ?? null;
}

/** How many chat bubbles in a row make one customer turn at most. */
const maxTurnMessages = 6;

/**
 * The customer's latest turn: chat customers split one thought over several bubbles ("hi" / "my order is
 * late" / "???"), so the last customer message is joined with the customer messages right before it. Internal
 * notes and system events in between do not end the turn; an agent or bot message does.
 */
export function latestCustomerTurn(
  messages: readonly ConversationMessage[],
  last: ConversationMessage | null,
): ConversationMessage | null {
  if (!last) return null;
  const index = messages.indexOf(last);
  // Only known customer messages are joined: unmarked ones may be anybody's.
  if (index < 0 || last.role !== 'customer') return last;
  const turn: ConversationMessage[] = [last];
  for (let cursor = index - 1; cursor >= 0 && turn.length < maxTurnMessages; cursor -= 1) {
    const message = messages[cursor];
    if (!message || message.role === 'agent' || message.role === 'bot') break;
    if (message.role === 'customer') turn.unshift(message);
  }
  return turn.length === 1 ? last : { ...last, text: turn.map((message) => message.text).join('\n\n') };
}

/** Runs `read`, returning `fallback` if it throws: adapters must never break the page or the panel. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Adapter values first, then the customer's messages (their author line and email). */
export function completeCustomer(
  customer: Customer,
  messages: readonly ConversationMessage[],
  last: ConversationMessage | null,
): Customer {
  const fromCustomer = [last, ...messages.filter((message) => message.role === 'customer').reverse()];
  const author = fromCustomer.find((message) => message?.author)?.author;
  const email = fromCustomer.find((message) => message?.authorEmail)?.authorEmail;
  const parsed = parseNameAndEmail(customer.name);
  const name = parsed.name ?? parseNameAndEmail(author).name;
  const finalEmail = customer.email?.toLowerCase() ?? parsed.email ?? email;
  return {
    ...(name && { name }),
    ...(finalEmail && { email: finalEmail }),
    ...(customer.handle && { handle: customer.handle }),
  };
}

/** Ticket id from the URL path, then the document title, then the nearest headings. */
export function findGenericTicketId(url: URL, scope: Element | null, doc: Document): string | null {
  const fromUrl = lastNumericPathSegment(url);
  if (fromUrl) return fromUrl;
  const texts = [
    doc.title,
    ...Array.from((scope ?? doc).querySelectorAll('h1, h2, h3, [class*="subject" i]'), readLine),
  ];
  for (const text of texts.slice(0, 20)) {
    const id = findTicketId(text) ?? findHashId(text);
    if (id) return id;
  }
  return null;
}

/** Texts that may mention an order: the customer's messages, newest first (agents quote them back). */
export function customerTexts(messages: readonly ConversationMessage[]): string[] {
  return [...messages]
    .reverse()
    .filter((message) => message.role === 'customer' || message.role === 'unknown')
    .map((message) => message.text);
}

/** Order ids in `texts`, in the order given, without duplicates. */
export function collectOrderIds(texts: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const text of texts) for (const id of findOrderIds(text)) ids.add(id);
  return [...ids];
}
