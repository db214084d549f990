/**
 * Instagram direct messages (SITES.md §2, Instagram row). The composer is Lexical with a localized "Message"
 * label [P]; rows and the header are unverified [U]. Roles come from the bubble's side.
 */
import type { ConversationMessage, SiteAdapter } from './types';
import { queryAllFirst, queryFirst, queryFirstVisibleContaining } from './dom/query';
import { readLine } from './dom/text';
import { findEditable } from './dom/find-editable';
import { isPlausibleName } from './extract/people';
import { readChatRow } from './chat-bubbles';

const composerSelector = '[role="textbox"][contenteditable="true"]';

const messageSelectors = [
  '[aria-label^="Messages in conversation" i] [role="row"]', // [P public scripts]
  '[role="grid"] [role="row"]', // [U]
  '[role="row"]', // [U]
];

const replyBoxSelectors = [
  'div[contenteditable="true"][role="textbox"][aria-label="Message"]', // English label [P]
  '[data-lexical-editor="true"][contenteditable="true"]', // Lexical [P]
  '[role="textbox"][contenteditable="true"]', // any localized label [P]
];

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  isSupportedUrl: (url) => url.pathname.startsWith('/direct/'),
  detect: (doc) =>
    doc.querySelector('a[href^="/direct/t/"]') !== null && doc.querySelector(composerSelector) !== null,

  findConversation: ({ doc, trace }) =>
    queryFirstVisibleContaining(
      doc,
      ['[role="main"] section', '[role="main"]'],
      composerSelector,
      trace,
      'conversation',
    ),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage: (row): ConversationMessage | null =>
    readChatRow(row, row.closest('[role="grid"]') ?? row.parentElement ?? row),

  readCustomer(scope, trace) {
    // The thread header links the contact's profile ("/<username>/") and shows their name [U].
    const link = queryFirst(
      scope,
      ['header a[href^="/"][role="link"]', 'a[href^="/"][role="link"]'],
      trace,
      'customer',
      (element) =>
        /^\/[A-Za-z0-9._]+\/?$/.test(element.getAttribute('href') ?? '') &&
        !/^\/direct\//.test(element.getAttribute('href') ?? ''),
    );
    const handle = link ? `@${(link.getAttribute('href') ?? '').replace(/\//g, '')}` : undefined;
    const name = readLine(link?.querySelector('span') ?? link);
    return { ...(isPlausibleName(name) && name !== handle?.slice(1) && { name }), ...(handle && { handle }) };
  },

  // Chat threads have no number a customer would quote; their ids are not ticket numbers.
  readTicketId: () => null,

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),
  isPlainTextOnly: () => true,

  verified: {
    date: '2026-11-24',
    how: 'URL shape [V] and composer [P] from SITES.md; rows and header are unverified guesses; not verified live',
    urls: ['https://www.instagram.com/direct/t/<threadId>/'],
  },
};
