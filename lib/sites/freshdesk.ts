/**
 * Freshdesk (SITES.md §2, Freshdesk row). The reply editor is Froala [P] and only exists after clicking Reply;
 * SITES.md found no reliable customer-vs-agent marker, so the conversation items below are our best guesses
 * [U] and the structural fallback (lib/sites/generic) takes over when they miss.
 */
import type { SiteAdapter } from './types';
import { queryAllFirst, queryFirst } from './dom/query';
import { readLine } from './dom/text';
import { findEditable } from './dom/find-editable';
import { readNameAndEmail } from './dom/read-fields';
import { clickThenWait } from './dom/wait-for';
import { readMessageBlock } from './generic/read-block';

const ticketPath = /\/a\/tickets\/(\d+)/;

const conversationSelectors = [
  '[data-test-id="ticket-details"]', // Mint UI ticket details page [U]
  '.ticket-details', // Mint UI [U]
  '#ticket-details', // legacy UI; TODO [2027-06-01]: verify or drop [U]
  'main, [role="main"]', // the page's main region, scoped by the subject heading below [P]
];

const messageSelectors = [
  '[data-test-id="conversation-item"]', // Mint UI conversation items [U]
  '.conversation-item', // [U]
  '.ticket-conversation > div, .conversation-list > div', // legacy thread children [U]
];

const replyBoxSelectors = [
  '.fr-element.fr-view[contenteditable="true"]', // Froala reply editor [P]
  '[id^="email_reply_area_ticket_"]', // legacy Redactor/textarea reply area [V old script]
  '.redactor_editor[contenteditable="true"], .redactor-editor[contenteditable="true"]', // legacy Redactor [P]
];

const replyButtonSelectors = [
  '[data-test-id="ticket-reply-button"]', // [U]
  'button[data-test-id*="reply" i]', // any test-id'd reply button [U]
  '[data-action="reply"]', // [U]
  '#ReplyButton, .reply-button', // legacy [U]
];

export const freshdesk: SiteAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['*://*.freshdesk.com/*'],
  isSupportedUrl: (url) => ticketPath.test(url.pathname),
  detect: (doc) => doc.querySelector('.ticket-subject-heading, #ticket-display-id') !== null,

  findConversation({ doc, trace }) {
    // Only a region that shows a ticket subject is a ticket (the list view has none).
    return queryFirst(
      doc,
      conversationSelectors,
      trace,
      'conversation',
      (element) => element.querySelector('.ticket-subject-heading, h2.subject') !== null,
    );
  },

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  // Items say incoming / outgoing / private-note in their classes or data attributes [U].
  readMessage: (item) => readMessageBlock(item, item.parentElement ?? item),

  readCustomer: (scope, trace) =>
    readNameAndEmail(
      scope.ownerDocument,
      ['[data-test-id="requester-info-name"]', '.requester-info .name', '.contact-name'], // [U]
      ['[data-test-id="requester-info-email"]', '.requester-info a[href^="mailto:"]', '.contact-email'], // [U]
      trace,
    ),

  readTicketId(url, scope, trace) {
    const fromUrl = ticketPath.exec(url.pathname)?.[1];
    if (fromUrl) return fromUrl;
    // Mint UI breadcrumb "#1234" [V TOGGL]; legacy #ticket-display-id [V TOGGL].
    const crumb = queryFirst(
      scope.ownerDocument,
      ['.breadcrumb__item.active', '#ticket-display-id'],
      trace,
      'ticketId',
    );
    return /\d{2,}/.exec(readLine(crumb))?.[0] ?? null;
  },

  readSubject(scope) {
    const heading = queryFirst(scope, ['.ticket-subject-heading', 'h2.subject']);
    // The heading also holds edit controls: keep only its own text nodes [V TOGGL].
    const own = Array.from(heading?.childNodes ?? [])
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? '');
    return own.join(' ').replace(/\s+/g, ' ').trim() || readLine(heading) || null;
  },

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),

  async openReplyBox(scope, { timeoutMs, trace }) {
    return clickThenWait(
      scope,
      replyButtonSelectors,
      () => findEditable(scope, replyBoxSelectors, trace),
      timeoutMs,
    );
  },

  verified: {
    date: '2026-11-24',
    how: 'from SITES.md sources (TOGGL, Freshworks docs); item and reply-button selectors are unverified guesses; not verified live',
    urls: ['https://<subdomain>.freshdesk.com/a/tickets/<id>'],
  },
};
