/**
 * Front (SITES.md §2, Front row). No open-source adapter with Front selectors was found: the hooks below are
 * unverified guesses [U] in Front's data-testid style, and reading leans on the structural fallback. The
 * composer is a contenteditable with <div> paragraphs [P]; BRISK's caret fix for it lives in lib/insert.
 */
import type { MessageRole, SiteAdapter } from './types';
import { findPane, queryAllFirst, queryFirst } from './dom/query';
import { readLine } from './dom/text';
import { findEditable } from './dom/find-editable';
import { findEmails } from './extract/ids';
import { classifyMessageBlock, splitWords } from './extract/roles';
import { readMessageBlock } from './generic/read-block';

const conversationSelectors = [
  '[data-testid="conversation-view"]', // [U]
  '[data-testid*="conversation" i][data-testid*="view" i]', // [U]
  '[class*="conversationView" i]', // [U]
];

const composerSelector = '[data-testid*="composer" i], [class*="composer" i]';

const messageSelectors = [
  '[data-testid="message"]', // [U]
  '[data-testid*="message-item" i], [data-testid*="messageItem" i]', // [U]
  '[class*="messageView" i]', // [U]
];

const replyBoxSelectors = [
  '[data-testid*="composer" i] [contenteditable="true"]', // [U]
  '[class*="composer" i] [contenteditable="true"]', // [U]
  '[role="textbox"][contenteditable="true"]', // any rich text box in the conversation [P]
];

/** Front threads mix inbound and outbound messages with teammates' comments (internal discussion). */
function roleOf(item: Element): MessageRole {
  const words = splitWords(`${item.getAttribute('class') ?? ''} ${item.getAttribute('data-testid') ?? ''}`);
  if (words.includes('comment')) return 'note';
  return classifyMessageBlock(item, item.parentElement ?? item);
}

export const front: SiteAdapter = {
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  // Only the exact hook: the wildcard fallbacks above would claim other apps' pages.
  detect: (doc) => doc.querySelector('[data-testid="conversation-view"] [data-testid="composer"]') !== null,

  findConversation: ({ doc, trace }) => findPane(doc, conversationSelectors, composerSelector, trace),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage: (item) => readMessageBlock(item, item.parentElement ?? item, roleOf(item)),

  readCustomer(scope, trace) {
    const recipient = queryFirst(scope, ['[data-testid*="recipient" i]', '[class*="recipient" i]', '[data-testid*="contact" i]'], trace, 'customer'); // prettier-ignore
    const text = readLine(recipient);
    const email = findEmails(`${recipient?.getAttribute('title') ?? ''} ${text}`)[0];
    const name =
      text
        .replace(/^(?:to|para|à|an|a|címzett)\s*:\s*/i, '')
        .replace(/<[^>]*>|\S+@\S+/g, '')
        .trim() || undefined;
    return { ...(name && { name }), ...(email && { email }) };
  },

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),

  verified: {
    date: '2026-11-24',
    how: 'host from SITES.md [U]; every selector is an unverified guess; not verified live',
    urls: ['https://app.frontapp.com/inboxes/teammates/<id>/inbox/open/<conversation>'],
  },
};
