/**
 * Intercom inbox (SITES.md §2, Intercom row). The composer is ProseMirror. Conversation parts carry a category
 * in the legacy UI; the 2026 Tailwind UI has no role attributes, so roles fall back to author type, alignment
 * classes and finally the bubble's side (the same order ICX uses).
 */
import type { ConversationMessage, MessageRole, SiteAdapter } from './types';
import { closestContaining, queryAllFirst, queryFirst, queryFirstVisible } from './dom/query';
import { readLine, readText } from './dom/text';
import { findEditable } from './dom/find-editable';
import { findEmails } from './extract/ids';
import { classifyMessageBlock, roleFromMarkers } from './extract/roles';
import { readBlockAuthor, readBlockBody } from './generic/read-block';

const streamSelectors = [
  '[data-testid="conversation-stream-scroll-container"]', // 2025–26 inbox stream [V ICX]
  '.inbox2__conversation-stream', // older inbox 2 stream [V ICX]
  '.conversation__stream', // legacy Ember inbox; TODO [2027-06-01]: drop if never matched [U]
];

const composerSelector = '[data-conversation-reply-composer], .embercom-prosemirror-composer-editor';

const partSelectors = [
  '[data-part-group-id]', // legacy part groups with data-part-group-category [V ICX]
  '[class*="group/content-part"]', // 2026 Tailwind parts, no role attribute [V ICX]
  '.conversation__part', // legacy Ember parts [U]
];

const bodySelectors = [
  '.interblocks-html', // rendered message blocks [V ICX]
  '[data-testid="conversation-part-body"]', // [U]
];

const replyBoxSelectors = [
  '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]', // reply composer [V ICX, CXC]
  '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]', // composer editor class [V]
  '.ProseMirror[contenteditable="true"]', // any ProseMirror in the conversation column [P]
];

/** data-part-group-category: 1 customer, 3 teammate, 5 bot, 20 system event [V ICX]. */
const categoryRoles: Record<string, MessageRole> = {
  '1': 'customer',
  '3': 'agent',
  '5': 'bot',
  '20': 'system',
};

function roleOf(part: Element, stream: Element): MessageRole {
  const byCategory = categoryRoles[part.getAttribute('data-part-group-category') ?? ''];
  if (byCategory) return byCategory;
  if (part.matches('.o__note, [class*="note" i]') || part.querySelector('.o__note')) return 'note';
  const marked = part.closest('[data-author-type]') ?? part.querySelector('[data-author-type]');
  const byMarker = marked ? roleFromMarkers(marked) : roleFromMarkers(part);
  return byMarker !== 'unknown' ? byMarker : classifyMessageBlock(part, stream);
}

export const intercom: SiteAdapter = {
  id: 'intercom',
  name: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  isSupportedUrl: (url) => url.pathname.includes('/inbox'),
  detect: (doc) =>
    doc.querySelector(`${streamSelectors.join(',')}, ${composerSelector}, [data-part-group-id]`) !== null,

  findConversation({ doc, trace }) {
    const stream = queryFirstVisible(doc, streamSelectors, trace, 'conversation');
    // The column that holds both the stream and the composer, so the reply box is in scope.
    return stream ? (closestContaining(stream, composerSelector) ?? stream) : null;
  },

  findMessages: (scope, trace) => queryAllFirst(scope, partSelectors, trace, 'messages'),

  readMessage(part, trace): ConversationMessage | null {
    const body = queryFirst(part, bodySelectors, trace, 'body');
    const text = body ? readText(body, { skipQuotes: true }) : readBlockBody(part);
    if (!text) return null;
    const stream = part.closest(streamSelectors.join(',')) ?? part.parentElement ?? part;
    return { role: roleOf(part, stream), text, ...readBlockAuthor(part), element: part };
  },

  readCustomer(scope, trace) {
    const doc = scope.ownerDocument;
    const title = queryFirst(doc, ['[data-inbox-conversation-header-title]'], trace, 'customer'); // [V ICX]
    const name = readLine(title) || undefined;
    // Email conversations show the address in a metadata strip [V ICX]; the details sidebar links it [U].
    const emailArea = queryFirst(doc, ['.channels__inbox__email-metadata-container', '[data-testid="user-details"]', 'a[href^="mailto:"]'], trace, 'email'); // prettier-ignore
    const email = findEmails(`${emailArea?.getAttribute('href') ?? ''} ${emailArea?.textContent ?? ''}`)[0];
    return { ...(name && { name }), ...(email && { email }) };
  },

  readTicketId: (url, scope) =>
    /\/conversations?\/(\d+)/.exec(url.pathname)?.[1] ??
    scope.closest('[data-conversation-id]')?.getAttribute('data-conversation-id') ??
    scope.querySelector('[data-conversation-id]')?.getAttribute('data-conversation-id') ??
    null,

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),

  verified: {
    date: '2026-11-24',
    how: 'from SITES.md sources (ICX, CXC, TOGGL), not verified live',
    urls: ['https://app.intercom.com/a/inbox/<appId>/inbox/<view>/conversation/<id>'],
  },
};
