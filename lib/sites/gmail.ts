/**
 * Gmail (SITES.md §2, Gmail row). The reply box is Gmail's own contenteditable [V]. Reading received mail is not
 * in SITES.md's sources; the message hooks below (.adn.ads, span.gD[email], div.a3s, h2.hP) are the ones many
 * public Gmail scripts use [P]. A message is the agent's when its sender is the signed-in account, which Gmail
 * prints in the document title.
 */
import type { ConversationMessage, SiteAdapter } from './types';
import { queryAllFirst, queryFirst } from './dom/query';
import { readLine, readText } from './dom/text';
import { findEditableNear } from './dom/find-editable';
import { isHidden } from './dom/visibility';
import { findEmails } from './extract/ids';

const messageSelectors = [
  'div.adn.ads', // an expanded message in a thread [P public Gmail scripts]
  '[data-message-id]', // message container with its id [P]
];

const replyBoxSelectors = [
  'div[g_editable="true"][role="textbox"]', // Gmail's editable body [P]
  '.Am.Al.editable[contenteditable="true"]', // body classes [P]
  '[role="textbox"][aria-label][contenteditable="true"][aria-multiline="true"]', // localized "Message Body" [P]
  '.M9 [contenteditable="true"]', // inside the compose container [P id EuphoriaLux]
];

/** The signed-in address: Gmail titles read "Inbox (3) - agent@example.com - Gmail". */
function ownEmail(doc: Document): string | undefined {
  return findEmails(doc.title)[0];
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  isSupportedUrl: (url) => !url.pathname.startsWith('/mail/mu/'),
  detect: (doc) => doc.querySelector('h2.hP, div.adn.ads, div[g_editable="true"]') !== null,

  findConversation({ doc, trace }) {
    // The open thread: the visible main region that holds a subject heading or messages.
    return queryFirst(
      doc,
      ['div[role="main"]', '.nH.if'],
      trace,
      'conversation',
      (element) =>
        !isHidden(element) && element.querySelector('h2.hP, div.adn.ads, [data-message-id]') !== null,
    );
  },

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage(item, trace): ConversationMessage | null {
    const body = queryFirst(item, ['div.a3s', '.ii.gt'], trace, 'body');
    const text = readText(body ?? item, { skipQuotes: true });
    if (!text) return null;
    const sender = item.querySelector('span.gD[email], span[email]');
    const authorEmail = sender?.getAttribute('email')?.toLowerCase();
    const author = sender?.getAttribute('name') ?? (readLine(sender) || undefined);
    const own = ownEmail(item.ownerDocument);
    const role = !authorEmail ? 'unknown' : own && authorEmail === own ? 'agent' : 'customer';
    const at = item.querySelector('span.g3[title], .g3')?.getAttribute('title') ?? undefined;
    return {
      role,
      text,
      ...(author && { author }),
      ...(authorEmail && { authorEmail }),
      ...(at && { at }),
      element: item,
    };
  },

  // The customer is the last sender who is not the agent: read from the messages by the caller.
  readCustomer: () => ({}),

  readSubject: (scope) => readLine(scope.querySelector('h2.hP')) || null,

  // Inline replies sit in the thread; a pop-out reply is outside it.
  findReplyBox: (scope, trace) => findEditableNear(scope, replyBoxSelectors, trace),

  verified: {
    date: '2026-11-24',
    how: 'reply box from SITES.md [V/P]; thread selectors from public Gmail scripts found by code search [P]; not verified live',
    urls: ['https://mail.google.com/mail/u/0/#inbox/<threadId>'],
  },
};
