/**
 * X (Twitter) direct messages (SITES.md §2, X row): the legacy DM page with a Draft.js composer and the
 * 2025–26 XChat with a textarea. Both keep plain text only; HTML pasted into X's Draft editor broke insertion
 * [V BRISK]. Message entries are data-testid'd [P]; roles come from the bubble's side.
 */
import type { ConversationMessage, SiteAdapter } from './types';
import { queryAllFirst, queryFirst, queryFirstVisibleContaining } from './dom/query';
import { readLine } from './dom/text';
import { findEditable } from './dom/find-editable';
import { isPlausibleName } from './extract/people';
import { readChatRow } from './chat-bubbles';

const composerSelector =
  '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"], .public-DraftEditor-content';

const conversationSelectors = [
  '[data-testid="DmActivityContainer"]', // legacy conversation pane [P]
  '[data-testid="DMDrawer"]', // the DM drawer on other pages [P]
  '[data-testid="dm-conversation"]', // XChat conversation [U]
  'main [role="region"], [role="main"]', // the page region holding a composer [U]
];

const messageSelectors = [
  '[data-testid="messageEntry"]', // legacy message entry [P public scripts]
  '[data-testid="dm-message"], [data-testid^="message-"]', // XChat [U]
];

const replyBoxSelectors = [
  '[data-testid="dmComposerTextInput"]', // legacy Draft.js composer [V BRISK]
  'textarea[data-testid="dm-composer-textarea"]', // XChat composer [P id 60218043996]
  '.public-DraftEditor-content[contenteditable="true"]', // any Draft editor in the pane [V]
];

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  detect: (doc) =>
    doc.querySelector(
      // Not .public-DraftEditor-content: any page may use Draft.js.
      '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"], [data-testid="messageEntry"], [data-testid="DmActivityViewport"]',
    ) !== null,

  findConversation: ({ doc, trace }) =>
    queryFirstVisibleContaining(doc, conversationSelectors, composerSelector, trace, 'conversation'),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage: (row): ConversationMessage | null =>
    readChatRow(
      row,
      row.closest('[data-testid="DmActivityViewport"]') ?? row.parentElement ?? row,
      '[data-testid="tweetText"], [dir="auto"]',
    ),

  readCustomer(scope, trace) {
    // The conversation header: display name, then "@handle" [U].
    const header = queryFirst(scope, ['[data-testid="DMConversationHeader"]', '[data-testid="dm-conversation-header"]', 'h2'], trace, 'customer'); // prettier-ignore
    const text = readLine(header);
    const handle = /@[A-Za-z0-9_]{1,15}/.exec(text)?.[0];
    const name =
      readLine(header?.querySelector('[dir="auto"], span')) || text.replace(/@[A-Za-z0-9_]{1,15}/, '').trim();
    return { ...(isPlausibleName(name) && { name }), ...(handle && { handle }) };
  },

  // Chat threads have no number a customer would quote; their ids are not ticket numbers.
  readTicketId: () => null,

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),
  isPlainTextOnly: () => true,

  verified: {
    date: '2026-11-24',
    how: 'composers from SITES.md sources [V/P]; message entries from public scripts [P]; header unverified; not verified live',
    urls: ['https://x.com/messages/<id1>-<id2>', 'https://x.com/i/chat/<conversationId>'],
  },
};
