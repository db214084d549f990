/**
 * The one entry point the panel calls: pick the adapter by URL, then by DOM detection, read the conversation
 * through it, fall back to the generic reading when it finds nothing, let the user's selection override the
 * customer message, and return one normalised snapshot. Never throws.
 */
import type {
  AdapterId,
  ConversationSnapshot,
  CustomerMessageSource,
  ReadHint,
  ReadOptions,
  SelectorTrace,
  SiteAdapter,
  SiteId,
} from './types';
import type { Reading } from './reading';
import {
  collectOrderIds,
  completeCustomer,
  customerTexts,
  findGenericTicketId,
  latestCustomerTurn,
  oldestFirst,
  readRecentMessages,
  safely,
} from './reading';
import { composedContains } from './dom/composed';
import {
  asReplyBox,
  findMessageListNear,
  findMessageListWithin,
  readGeneric,
  readMessageList,
  readSelectedText,
} from './generic';
import { matchesPattern } from './match-pattern';
import { siteAdapters } from './registry';

const defaultMaxMessages = 50;

function toUrl(location: string | URL | Location): URL {
  try {
    return new URL(typeof location === 'string' ? location : location.href);
  } catch {
    return new URL('about:blank');
  }
}

/** Adapters whose match patterns (and finer URL check) accept `url`. */
export function adaptersForUrl(url: URL): SiteAdapter[] {
  return siteAdapters.filter(
    (adapter) =>
      adapter.matches.some((pattern) => matchesPattern(pattern, url)) &&
      safely(() => adapter.isSupportedUrl?.(url) ?? true, false),
  );
}

/** Adapters whose DOM markers are on the page (custom domains, local copies of a site). */
export function adaptersForDocument(doc: Document): SiteAdapter[] {
  return siteAdapters.filter((adapter) => safely(() => adapter.detect(doc), false));
}

/** The adapter's messages, or the structural fallback inside its conversation when its item selectors miss. */
function readAdapterMessages(
  adapter: SiteAdapter,
  conversation: Element,
  replyBox: HTMLElement | null,
  trace: SelectorTrace,
  max: number,
) {
  const elements = oldestFirst(safely(() => adapter.findMessages(conversation, trace), []));
  const read = readRecentMessages(elements, (element) => adapter.readMessage(element, trace), max);
  if (read.messages.length > 0) return read;
  const doc = conversation.ownerDocument;
  const near = replyBox ? findMessageListNear(replyBox, doc) : null;
  const list =
    near && composedContains(conversation, near.container, doc) ? near : findMessageListWithin(conversation);
  if (!list) return read;
  trace.messages = `structure: ${list.blocks.length} similar <${list.blocks[0]?.localName ?? '?'}> blocks (site selectors missed)`;
  return readMessageList(list, max);
}

function readWithAdapter(
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  hint: ReadHint,
  max: number,
): Reading | null {
  const trace: SelectorTrace = {};
  const conversation = safely(() => adapter.findConversation({ doc, url, trace }), null);
  if (!conversation) return null;
  let replyBox = safely(() => adapter.findReplyBox(conversation, trace), null);
  if (!replyBox) {
    // The site's editor selectors missed, but the agent focused an editable inside the conversation.
    const hinted = asReplyBox(hint.focusedEditable);
    if (hinted && composedContains(conversation, hinted, doc)) {
      replyBox = hinted;
      trace.replyBox = 'hint: last focused editable';
    }
  }
  const { messages, lastCustomer } = readAdapterMessages(adapter, conversation, replyBox, trace, max);
  if (messages.length === 0 && !replyBox) return null;
  const customer = completeCustomer(
    safely(() => adapter.readCustomer(conversation, trace), {}),
    messages,
    lastCustomer,
  );
  const ticketId =
    // An adapter that reads ids is authoritative (null = this site has none); the others get the generic scan.
    adapter.readTicketId
      ? safely(() => adapter.readTicketId?.(url, conversation, trace) ?? null, null)
      : findGenericTicketId(url, conversation, doc);
  return {
    conversation,
    messages,
    lastCustomerMessage: lastCustomer,
    customer,
    ticketId,
    subject: safely(() => adapter.readSubject?.(conversation) ?? null, null),
    replyBox,
    trace,
  };
}

function keyOf(parts: readonly unknown[]): string {
  let hash = 0;
  const text = parts.join('\u241F');
  for (let index = 0; index < text.length; index += 1)
    hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return `${parts[0] as string}:${(hash >>> 0).toString(36)}`;
}

interface Chosen {
  site: AdapterId;
  siteName: string;
  matchedBy: ConversationSnapshot['matchedBy'];
  adapter: SiteAdapter | null;
  reading: Reading;
  fellBackFrom?: SiteId;
}

function choose(doc: Document, url: URL, hint: ReadHint, max: number): Chosen {
  const byUrl = adaptersForUrl(url);
  const byDom = adaptersForDocument(doc).filter((adapter) => !byUrl.includes(adapter));
  const tried: SiteAdapter[] = [];
  for (const [matchedBy, adapters] of [
    ['url', byUrl],
    ['dom', byDom],
  ] as const) {
    for (const adapter of adapters) {
      tried.push(adapter);
      const reading = readWithAdapter(adapter, doc, url, hint, max);
      if (reading) return { site: adapter.id, siteName: adapter.name, matchedBy, adapter, reading };
    }
  }
  const reading = safely(() => readGeneric(doc, url, hint, max), null) ?? emptyReading();
  return {
    site: 'generic',
    siteName: 'Any page',
    matchedBy: 'generic',
    adapter: null,
    reading,
    ...(tried[0] && { fellBackFrom: tried[0].id }),
  };
}

function emptyReading(): Reading {
  return {
    conversation: null,
    messages: [],
    lastCustomerMessage: null,
    customer: {},
    ticketId: null,
    subject: null,
    replyBox: null,
    trace: {},
  };
}

const tracedParts = ['conversation', 'messages', 'replyBox', 'customer'] as const;

function logReading(log: (line: string) => void, chosen: Chosen): void {
  const parts = tracedParts.map((part) => `${part}: ${chosen.reading.trace[part] ?? 'no selector matched'}`);
  const after = chosen.fellBackFrom ? ` (${chosen.fellBackFrom} found nothing)` : '';
  safely(() => {
    log(`[tactful] ${chosen.site}${after} · ${parts.join(' · ')}`);
  }, undefined);
}

/**
 * Reads the conversation on `doc`. `location` is the page URL (pass `location` in a content script), `hint`
 * what the focus tracker knows. Never throws: on any failure the snapshot is empty but valid.
 */
export function readConversation(
  doc: Document,
  location: string | URL | Location,
  hint: ReadHint = {},
  options: ReadOptions = {},
): ConversationSnapshot {
  const url = toUrl(location);
  const max = Math.max(1, options.maxMessages ?? defaultMaxMessages);
  const chosen = safely(() => choose(doc, url, hint, max), {
    site: 'generic' as const, siteName: 'Any page', matchedBy: 'generic' as const, adapter: null, reading: emptyReading(),
  }); // prettier-ignore
  const { adapter, reading } = chosen;
  const selected = readSelectedText(doc, reading.replyBox, hint.selectionText);
  let lastCustomerMessage = latestCustomerTurn(reading.messages, reading.lastCustomerMessage);
  let source: CustomerMessageSource = lastCustomerMessage ? (adapter ? 'adapter' : 'nearby-block') : 'none';
  if (selected) {
    lastCustomerMessage = { role: 'customer', text: selected.text, element: selected.element };
    source = 'selection';
  }
  const lastCustomerText = lastCustomerMessage?.text ?? '';
  const replyBox = reading.replyBox;
  const orderTexts = [
    ...(selected ? [selected.text] : []),
    ...customerTexts(reading.messages),
    reading.subject ?? '',
  ];
  const plainTextOnly =
    replyBox !== null && safely(() => adapter?.isPlainTextOnly?.(replyBox) ?? false, false);
  if (options.log) logReading(options.log, chosen);
  const key = keyOf([
    chosen.site,
    url.origin + url.pathname,
    reading.ticketId,
    reading.messages.length,
    lastCustomerText,
    replyBox ? 1 : 0,
  ]);
  return {
    site: chosen.site,
    siteName: chosen.siteName,
    matchedBy: chosen.matchedBy,
    ...(chosen.fellBackFrom && { fellBackFrom: chosen.fellBackFrom }),
    selectors: reading.trace,
    url: url.href,
    conversation: reading.conversation,
    messages: reading.messages,
    lastCustomerMessage,
    lastCustomerText,
    customerMessageSource: source,
    customer: reading.customer,
    ticketId: reading.ticketId,
    orderIds: collectOrderIds(orderTexts),
    subject: reading.subject,
    replyBox,
    plainTextOnly,
    preferredInserters: adapter?.preferredInserters ?? [],
    canOpenReplyBox: replyBox === null && adapter?.openReplyBox !== undefined,
    key,
  };
}

/** Opens the site's reply editor where it mounts on demand (clicks "Reply", waits up to `timeoutMs`). */
export async function openReplyBox(
  snapshot: ConversationSnapshot,
  timeoutMs = 2000,
): Promise<HTMLElement | null> {
  if (snapshot.replyBox) return snapshot.replyBox;
  const adapter = siteAdapters.find((candidate) => candidate.id === snapshot.site);
  if (!adapter?.openReplyBox || !snapshot.conversation) return null;
  try {
    return await adapter.openReplyBox(snapshot.conversation, { timeoutMs, trace: snapshot.selectors });
  } catch {
    return null;
  }
}
