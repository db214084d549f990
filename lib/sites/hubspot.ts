/**
 * HubSpot conversations inbox and help desk (SITES.md §2, HubSpot row). The composer is ProseMirror [V BRISK];
 * thread markup is not in any source, so item hooks are guesses in HubSpot's data-test-id style [U] backed by
 * the structural fallback.
 */
import type { SiteAdapter } from './types';
import { findPane, queryAllFirst } from './dom/query';
import { findEditable } from './dom/find-editable';
import { readNameAndEmail } from './dom/read-fields';
import { readMessageBlock } from './generic/read-block';

const threadPath = /\/(?:live-messages|help-desk|inbox)\/\d+\/.*?(\d{3,})(?:\/|$)/;

const conversationSelectors = [
  '[data-test-id="thread-view"]', // [U]
  '[data-test-id*="conversation" i][data-test-id*="thread" i]', // [U]
  '[data-selenium-test*="thread" i]', // [U]
];

const messageSelectors = [
  '[data-test-id="thread-message"]', // [U]
  '[data-test-id*="message-item" i]', // [U]
  '[data-selenium-test*="message" i]', // [U]
];

const replyBoxSelectors = [
  '[data-test-id*="composer" i] .ProseMirror[contenteditable="true"]', // [U] composer wrapper
  '.ProseMirror[contenteditable="true"]', // ProseMirror composer [V BRISK: "ProseMirror (used by HubSpot)"]
];

export const hubspot: SiteAdapter = {
  id: 'hubspot',
  name: 'HubSpot',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  isSupportedUrl: (url) => /\/(?:live-messages|help-desk|inbox)\//.test(url.pathname),
  // Only the exact hook: the wildcard fallbacks above would claim other apps' pages.
  detect: (doc) => doc.querySelector('[data-test-id="thread-view"]') !== null,

  findConversation: ({ doc, trace }) => findPane(doc, conversationSelectors, '.ProseMirror', trace),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  // Roles from the item's classes and data attributes (incoming / outgoing / note), else its side.
  readMessage: (item) => readMessageBlock(item, item.parentElement ?? item),

  // The contact highlight card title [V TOGGL, contact pages]; the thread header's contact fields [U].
  readCustomer: (scope, trace) =>
    readNameAndEmail(
      scope.ownerDocument,
      [
        '[data-selenium-test="highlightTitle"]',
        '[data-test-id="contact-name"]',
        '[data-test-id*="visitor-name" i]',
      ],
      ['[data-test-id="contact-email"]', '[data-selenium-test*="email" i]', 'a[href^="mailto:"]'],
      trace,
    ),

  readTicketId: (url, scope) =>
    threadPath.exec(url.pathname)?.[1] ??
    scope.getAttribute('data-thread-id') ??
    scope.querySelector('[data-thread-id]')?.getAttribute('data-thread-id') ??
    null,

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),

  verified: {
    date: '2026-11-24',
    how: 'URL shape and editor kind from SITES.md [V]; thread selectors are unverified guesses; not verified live',
    urls: [
      'https://app.hubspot.com/live-messages/<portalId>/inbox/<threadId>',
      'https://app.hubspot.com/help-desk/<portalId>/…',
    ],
  },
};
