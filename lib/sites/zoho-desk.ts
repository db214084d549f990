/**
 * Zoho Desk (SITES.md §2, Zoho Desk row). The reply editor is Zoho's own, probably in a same-origin iframe [P];
 * thread markup is not in any source, so item hooks are guesses [U] in Zoho's data-id style, backed by the
 * structural fallback. Ticket ids live in the URL hash (#Cases/dv/<id>) or path (/tickets/details/<id>).
 */
import type { SiteAdapter } from './types';
import { findPane, queryAllFirst, queryFirst } from './dom/query';
import { readLine } from './dom/text';
import { findEditable, findFrameEditable } from './dom/find-editable';
import { readNameAndEmail } from './dom/read-fields';
import { readMessageBlock } from './generic/read-block';

const ticketInUrl = /(?:#Cases\/dv\/|\/tickets\/details\/)(\d+)/;

const conversationSelectors = [
  '[data-id="ticketDetailView"]', // [U]
  '[data-id*="ticketdetail" i]', // [U]
  '[class*="TicketDetail" i]', // [U]
];

const messageSelectors = [
  '[data-id="threadContainer"] [data-id^="thread_"]', // [U]
  '[data-id^="thread_"]', // [U]
  '[class*="ThreadItem" i], [class*="thread-item" i]', // [U]
];

const editorFrameSelectors = [
  'iframe[class*="KB_Editor" i], iframe[id*="KBEditor" i]', // Zoho's editor frame [P id lakshmimurali]
  '[class*="ZohoDeskEditor" i] iframe', // [P]
  '[data-id*="editor" i] iframe', // [U]
];

const replyBoxSelectors = [
  '[class*="ZohoDeskEditor" i] [contenteditable="true"]', // inline (non-iframe) mode [U]
  '[data-id*="editor" i] [contenteditable="true"]', // [U]
];

export const zohoDesk: SiteAdapter = {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  matches: [
    'https://desk.zoho.com/*',
    'https://desk.zoho.eu/*',
    'https://desk.zoho.in/*',
    'https://desk.zoho.com.au/*',
  ],
  // Only the exact hook: the wildcard fallbacks above would claim other helpdesks' pages.
  detect: (doc) => doc.querySelector('[data-id="ticketDetailView"]') !== null,

  findConversation: ({ doc, trace }) =>
    findPane(doc, conversationSelectors, 'iframe, [contenteditable="true"]', trace, 3),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  // Roles from the item's classes and data attributes (incoming / outgoing / note), else its side.
  readMessage: (item) => readMessageBlock(item, item.parentElement ?? item),

  readCustomer: (scope, trace) =>
    readNameAndEmail(
      scope.ownerDocument,
      ['[data-id="contactName"]', '[data-id*="contact" i][data-id*="name" i]', '[class*="ContactName" i]'], // [U]
      ['[data-id="contactEmail"]', '[data-id*="email" i]', '[class*="ContactEmail" i]'], // [U]
      trace,
    ),

  readTicketId(url, scope, trace) {
    const fromUrl = ticketInUrl.exec(url.pathname + url.hash)?.[1];
    if (fromUrl) return fromUrl;
    const number = queryFirst(
      scope,
      ['[data-id="ticketNumber"]', '[class*="TicketNumber" i]'],
      trace,
      'ticketId',
    ); // [U]
    return /\d{2,}/.exec(readLine(number))?.[0] ?? null;
  },

  readSubject: (scope) =>
    readLine(scope.querySelector('[data-id="ticketSubject"], [class*="TicketSubject" i], h1')) || null,

  findReplyBox: (scope, trace) =>
    findFrameEditable(scope, editorFrameSelectors, trace) ?? findEditable(scope, replyBoxSelectors, trace),

  verified: {
    date: '2026-11-24',
    how: 'URL shape [P] and editor hints [P] from SITES.md; all DOM selectors are unverified guesses; not verified live',
    urls: [
      'https://desk.zoho.com/support/<org>/ShowHomePage.do#Cases/dv/<ticketId>',
      'https://desk.zoho.com/agent/<org>/<dept>/tickets/details/<ticketId>',
    ],
  },
};
