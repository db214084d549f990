/**
 * Gorgias (SITES.md §2, Gorgias row). Ticket URLs are known [V]; the editor is probably Draft.js [U] and the
 * message markup is not in any source, so item hooks are guesses [U] backed by the structural fallback.
 */
import type { SiteAdapter } from './types';
import { findPane, queryAllFirst } from './dom/query';
import { readLine } from './dom/text';
import { findEditable } from './dom/find-editable';
import { readNameAndEmail } from './dom/read-fields';
import { readMessageBlock } from './generic/read-block';

const ticketPath = /\/app\/ticket\/(\d+)/;

const conversationSelectors = [
  '[data-testid="ticket-view"]', // [U]
  '[class*="TicketView" i], [class*="ticket-view" i]', // [U]
];

const messageSelectors = [
  '[data-testid="ticket-message"]', // [U]
  '[class*="TicketMessage" i]:not([class*="TicketMessages" i])', // [U]
  '[class*="ticket-message" i]:not([class*="ticket-messages" i])', // [U]
];

const replyBoxSelectors = [
  '.public-DraftEditor-content[contenteditable="true"]', // Draft.js editable [U: Gorgias's editor kind]
  '[data-testid="reply-editor"] [contenteditable="true"]', // [U]
  '[role="textbox"][contenteditable="true"]', // [P]
];

export const gorgias: SiteAdapter = {
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/*'],
  isSupportedUrl: (url) => ticketPath.test(url.pathname),
  // Only the exact hooks: the wildcard fallbacks above would claim other helpdesks' pages.
  detect: (doc) => doc.querySelector('[data-testid="ticket-view"] [data-testid="ticket-message"]') !== null,

  findConversation: ({ doc, trace }) =>
    findPane(doc, conversationSelectors, '.public-DraftEditor-content', trace, 3),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  // Roles from the item's classes and data attributes (incoming / outgoing / note), else its side.
  readMessage: (item) => readMessageBlock(item, item.parentElement ?? item),

  readCustomer: (scope, trace) =>
    readNameAndEmail(
      scope.ownerDocument,
      ['[data-testid="customer-name"]', '[class*="CustomerName" i]', '[class*="customer-name" i]'], // [U]
      [
        '[data-testid="customer-email"]',
        '[class*="customer-email" i]',
        '[class*="CustomerChannels" i] a[href^="mailto:"]',
      ], // [U]
      trace,
    ),

  readTicketId: (url, scope) =>
    ticketPath.exec(url.pathname)?.[1] ??
    scope.getAttribute('data-ticket-id') ??
    scope.querySelector('[data-ticket-id]')?.getAttribute('data-ticket-id') ??
    null,

  readSubject: (scope) =>
    readLine(scope.querySelector('[data-testid="ticket-subject"], [class*="TicketSubject" i], h1')) || null,

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),

  verified: {
    date: '2026-11-24',
    how: 'URL shape from SITES.md [V]; editor kind and all selectors are unverified guesses; not verified live',
    urls: ['https://<account>.gorgias.com/app/ticket/<id>'],
  },
};
