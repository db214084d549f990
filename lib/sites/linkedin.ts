/**
 * LinkedIn messaging (SITES.md §2, LinkedIn row), full page and chat overlay bubbles. The composer is a plain
 * contenteditable that keeps plain text only; pasting leaves the caret at the start, so insertion goes through
 * execCommand (BRISK editor-site.js). Messages from the other party carry the "--other" modifier [V].
 */
import type { ConversationMessage, SiteAdapter } from './types';
import { queryAllFirst, queryFirst } from './dom/query';
import { readLine, readText } from './dom/text';
import { findEditable } from './dom/find-editable';
import { isHidden } from './dom/visibility';
import { isPlausibleName } from './extract/people';

const composerSelector = '.msg-form__contenteditable';

const conversationSelectors = [
  '.msg-convo-wrapper', // full-page conversation column [U]
  '.msg-overlay-conversation-bubble', // chat overlay bubble [U]
  '.msg-thread', // thread [V BRISK]
  '.org-inbox-thread__container', // company page inbox [V BRISK]
  '[role="dialog"]', // overlay dialog [V BRISK]
];

const messageSelectors = [
  '.msg-s-event-listitem', // one message; "--other" = the other party [V BRISK]
  '.msg-s-message-list__event', // list event wrapper [U]
];

/** The other party's name, in BRISK's order; "New message" is the empty compose window's title. */
const nameSelectors = [
  '.msg-s-event-listitem--other .msg-s-message-group__name', // [V BRISK]
  '.artdeco-entity-lockup__title > *:first-child', // [V BRISK]
  '.msg-entity-lockup__entity-title', // [V BRISK]
  '.msg-overlay-bubble-header__title', // [V BRISK]
];

const replyBoxSelectors = [
  '.msg-form__contenteditable[contenteditable="true"]', // [V BRISK]
  '.msg-form__msg-content-container [contenteditable="true"]', // [V BRISK]
];

/** LinkedIn prints a sender's name once per group of consecutive messages: look back to the group's name. */
function groupName(item: Element): string | undefined {
  let node: Element | null = item;
  for (let step = 0; node && step < 30; step += 1, node = node.previousElementSibling) {
    const name = readLine(node.querySelector('.msg-s-message-group__name'));
    if (name) return name;
  }
  return undefined;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  // Sales Navigator has its own messaging UI [V BRISK].
  isSupportedUrl: (url) => !url.pathname.startsWith('/sales/'),
  detect: (doc) => doc.querySelector(`${composerSelector}, .msg-s-event-listitem`) !== null,

  findConversation({ doc, trace }) {
    const candidates = conversationSelectors.flatMap((selector) =>
      Array.from(doc.querySelectorAll(selector)).map((element) => ({ selector, element })),
    );
    const open = candidates.filter(
      ({ element }) => !isHidden(element) && element.querySelector(composerSelector),
    );
    // Several overlay bubbles may be open: the one holding focus, else the last opened.
    const focused = open.find(({ element }) => doc.activeElement && element.contains(doc.activeElement));
    const chosen = focused ?? open[0];
    if (chosen) trace.conversation = chosen.selector;
    return chosen?.element ?? null;
  },

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage(item, trace): ConversationMessage | null {
    const body = queryFirst(item, ['.msg-s-event-listitem__body', '.msg-s-event__content'], trace, 'body');
    const text = readText(body ?? item);
    if (!text) return null;
    const role = item.matches('.msg-s-event-listitem--other') ? 'customer' : 'agent';
    const author = groupName(item);
    const at = item.querySelector('time')?.getAttribute('datetime') ?? undefined;
    return { role, text, ...(author && { author }), ...(at && { at }), element: item };
  },

  readCustomer(scope, trace) {
    const container = scope.closest('.msg-overlay-conversation-bubble, .msg-convo-wrapper') ?? scope;
    const accept = (element: Element) =>
      isPlausibleName(readLine(element)) && !/^new message$/i.test(readLine(element));
    const name = readLine(
      queryFirst(container, nameSelectors, trace, 'customer', accept) ??
        queryFirst(scope.ownerDocument, nameSelectors, trace, 'customer', accept),
    );
    const profile = container.querySelector<HTMLAnchorElement>('a[href*="/in/"]')?.getAttribute('href');
    const handle = profile ? /\/in\/([^/?#]+)/.exec(profile)?.[1] : undefined;
    return { ...(name && { name }), ...(handle && { handle }) };
  },

  // Chat threads have no number a customer would quote; their ids are not ticket numbers.
  readTicketId: () => null,

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),
  isPlainTextOnly: () => true,
  preferredInserters: ['exec-command'],

  verified: {
    date: '2026-11-24',
    how: 'from SITES.md sources (BRISK plugins/linkedin.js and editor-site.js), not verified live',
    urls: [
      'https://www.linkedin.com/messaging/thread/<threadId>/',
      'https://www.linkedin.com/feed/ (overlay bubbles)',
    ],
  },
};
