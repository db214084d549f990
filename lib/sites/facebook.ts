/**
 * Facebook, Messenger and Meta Business Suite inbox (SITES.md §2, Facebook row). The composer is Lexical
 * [V BRISK]; a Page's "Message" popup uses a textarea [V]. Class names are atomic and obfuscated, so the
 * conversation is the main region or dialog that holds a composer, rows are ARIA rows [P], and a message's
 * side tells who wrote it.
 */
import type { ConversationMessage, SiteAdapter } from './types';
import { queryAllFirst, queryFirst, queryFirstVisibleContaining } from './dom/query';
import { readLine } from './dom/text';
import { findEditable } from './dom/find-editable';
import { isPlausibleName } from './extract/people';
import { readChatRow } from './chat-bubbles';

const composerSelector = '[data-lexical-editor="true"], [role="textbox"][contenteditable="true"], textarea';

const conversationSelectors = [
  '[role="main"]', // the open thread [V BRISK: closest('[role=main]')]
  '[role="dialog"]', // chat popups and the Page message dialog [P]
  '[tabindex="-1"]', // Messenger's focusable thread pane [V BRISK]
];

const messageSelectors = [
  '[aria-label^="Messages in conversation" i] [role="row"]', // English label [P public scripts]
  '[role="grid"] [role="row"]', // the thread grid [U]
  '[role="row"]', // any ARIA row in the thread [U]
];

const replyBoxSelectors = [
  '[data-lexical-editor="true"][contenteditable="true"]', // Lexical composer [V BRISK f98aab8c]
  '[role="textbox"][contenteditable="true"]', // [V BRISK]
  'textarea', // a Page's "Message" popup [V BRISK 3d8d407b]
];

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook / Messenger',
  matches: ['https://www.facebook.com/*', 'https://business.facebook.com/*', 'https://www.messenger.com/*'],
  detect: (doc) => doc.querySelector('[aria-label^="Messages in conversation" i]') !== null,

  findConversation: ({ doc, trace }) =>
    queryFirstVisibleContaining(doc, conversationSelectors, composerSelector, trace, 'conversation'),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage: (row): ConversationMessage | null =>
    readChatRow(row, row.closest('[role="grid"], [role="log"]') ?? row.parentElement ?? row),

  readCustomer(scope, trace) {
    // BRISK: the first link with an aria-label in the thread names the contact; the thread heading says it too.
    const link = queryFirst(scope, ['a[aria-label][href]'], trace, 'customer', (element) =>
      isPlausibleName(element.getAttribute('aria-label') ?? ''),
    );
    const name = link?.getAttribute('aria-label') ?? readLine(scope.querySelector('h1, h2'));
    return isPlausibleName(name) ? { name } : {};
  },

  // Chat threads have no number a customer would quote; their ids are not ticket numbers.
  readTicketId: () => null,

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),
  isPlainTextOnly: () => true,

  verified: {
    date: '2026-11-24',
    how: 'composer and contact lookup from SITES.md sources (BRISK) [V]; thread rows [P/U]; not verified live',
    urls: [
      'https://www.facebook.com/messages/t/<threadId>',
      'https://www.messenger.com/t/<threadId>',
      'https://business.facebook.com/latest/inbox/all?selected_item_id=<id>',
    ],
  },
};
