/**
 * Outlook on the web (SITES.md §2, Outlook row). The compose body is a contenteditable (roosterjs, [U]); the
 * reply's recipient pills name the customer as "Name <email>" [V BRISK]. Reading received messages is not in
 * the sources: those hooks are guesses [U], backed by the structural fallback.
 */
import type { ConversationMessage, SiteAdapter } from './types';
import { queryAllFirst, queryFirst, queryFirstVisible } from './dom/query';
import { readLine, readText } from './dom/text';
import { findEditableNear } from './dom/find-editable';
import { findEmails } from './extract/ids';
import { parseNameAndEmail } from './extract/people';
import { classifyMessageBlock } from './extract/roles';
import { readBlockAuthor } from './generic/read-block';

const conversationSelectors = [
  '[data-app-section="ConversationContainer"]', // reading pane conversation [U]
  '[aria-label="Reading Pane"]', // English UI only [U]
  '[data-app-section="Form_Content"]', // pop-out compose window [V BRISK]
  'div[role="main"]', // the main region [V BRISK]
];

const messageSelectors = [
  '[data-app-section="ConversationContainer"] > [role="listitem"], [data-app-section="ConversationContainer"] [data-test-id="message-item"]', // [U]
  '[aria-label^="Email from" i], [data-convid] [role="listitem"]', // [U]
];

const replyBoxSelectors = [
  '[role="textbox"][contenteditable="true"][aria-label*="Message body" i]', // English label [P]
  '[data-app-section="Form_Content"] [contenteditable="true"][aria-multiline="true"]', // [V container, U attribute]
  '[role="textbox"][contenteditable="true"][aria-multiline="true"]', // any multi-line body in the pane [P]
];

/** Recipient pills in the reply form, "Name <email>" [V BRISK]. */
const recipientSelectors = ['[class*="individualText-"]', '[class*="textContainer-"]'];

/** The signed-in account: the "Me" control's text or title [V BRISK] (name and often the address). */
function ownIdentity(doc: Document): string {
  const me = doc.querySelector('#O365_MainLink_Me');
  return `${me?.getAttribute('aria-label') ?? ''} ${me?.textContent ?? ''}`.toLowerCase();
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  name: 'Outlook',
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  // Custom domains: OWA's own assets give it away [V BRISK].
  detect: (doc) =>
    doc.querySelector(
      'meta[content*="owamail"], link[href*="/owamail/"], script[src*="/owamail/"], #O365_MainLink_Me',
    ) !== null,

  findConversation: ({ doc, trace }) => queryFirstVisible(doc, conversationSelectors, trace, 'conversation'),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage(item, trace): ConversationMessage | null {
    const body = queryFirst(item, ['[aria-label="Message body"]', '[role="document"]'], trace, 'body'); // [U]
    const text = readText(body ?? item, { skipQuotes: true });
    if (!text) return null;
    const author = readBlockAuthor(item);
    const own = ownIdentity(item.ownerDocument);
    const isOwn =
      Boolean(author.authorEmail && own.includes(author.authorEmail)) ||
      Boolean(author.author && own.includes(author.author.toLowerCase()));
    const role = isOwn
      ? 'agent'
      : author.authorEmail || author.author
        ? 'customer'
        : classifyMessageBlock(item, item.parentElement ?? item);
    return { role, text, ...author, element: item };
  },

  readCustomer(scope, trace) {
    const pill = queryFirst(
      scope.ownerDocument,
      recipientSelectors,
      trace,
      'customer',
      (element) => findEmails(element.textContent ?? '').length > 0,
    );
    return parseNameAndEmail(readLine(pill));
  },

  // Inline replies sit in the thread; a pop-out reply is outside it.
  findReplyBox: (scope, trace) => findEditableNear(scope, replyBoxSelectors, trace),

  verified: {
    date: '2026-11-24',
    how: 'hosts, custom-domain markers and recipient pills from SITES.md [V]; reading-pane hooks are unverified guesses; not verified live',
    urls: [
      'https://outlook.office.com/mail/inbox/id/<messageId>',
      'https://outlook.live.com/mail/0/inbox/id/<messageId>',
    ],
  },
};
