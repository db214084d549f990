/**
 * Help Scout (SITES.md §2, Help Scout row). The reply editor (Redactor in the sources [P]) mounts only after
 * clicking Reply. Thread items are unverified [U]; their legacy type classes are mapped below, and the
 * structural fallback takes over when they miss.
 */
import type { MessageRole, SiteAdapter } from './types';
import { closestContaining, queryAllFirst } from './dom/query';
import { readLine } from './dom/text';
import { findEditable } from './dom/find-editable';
import { readNameAndEmail } from './dom/read-fields';
import { clickThenWait } from './dom/wait-for';
import { classifyMessageBlock, splitWords } from './extract/roles';
import { readMessageBlock } from './generic/read-block';

const conversationPath = /\/conversation\/(\d+)(?:\/(\d+))?/;

const headerSelector = '[data-cy="ConversationHeader.Actions"]'; // [V TOGGL]

const messageSelectors = [
  '[data-cy="ThreadItem"]', // current UI thread items [U]
  '[data-cy^="Thread"][data-type]', // [U]
  '.thread', // legacy thread items (customer / message / note / lineitem) [U]
];

const replyBoxSelectors = [
  '.redactor_editor[contenteditable="true"]', // Redactor (older UI) [P CXC]
  '.redactor-editor[contenteditable="true"]', // Redactor 2+ class name [P]
  '[data-cy="ReplyEditor"] [contenteditable="true"]', // current UI [U]
];

const replyButtonSelectors = [
  '#navReply', // [P CXC]
  '[data-cy="ReplyButton"]', // [U]
  'button[aria-label="Reply"]', // English UI only [U]
];

/** Legacy thread types: "message" is the agent's reply, "lineitem" a status change [U]. */
const threadTypes: Record<string, MessageRole> = {
  customer: 'customer',
  message: 'agent',
  note: 'note',
  lineitem: 'system',
  chat: 'customer',
};

function roleOf(item: Element): MessageRole {
  const type = item.getAttribute('data-type') ?? '';
  const words = [type, ...splitWords(item.getAttribute('class') ?? '')];
  const known = words.map((word) => threadTypes[word]).find(Boolean);
  return known ?? classifyMessageBlock(item, item.parentElement ?? item);
}

export const helpScout: SiteAdapter = {
  id: 'help-scout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  isSupportedUrl: (url) => conversationPath.test(url.pathname),
  detect: (doc) => doc.querySelector(`${headerSelector}, #navReply`) !== null,

  findConversation({ doc, trace }) {
    const header = doc.querySelector(headerSelector) ?? doc.querySelector('#navReply');
    if (!header) return null;
    trace.conversation = `${headerSelector} → ancestor holding the thread`;
    return closestContaining(header, messageSelectors.join(','), 10) ?? header.parentElement;
  },

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage: (item) => readMessageBlock(item, item.parentElement ?? item, roleOf(item)),

  readCustomer: (scope, trace) =>
    readNameAndEmail(
      scope.ownerDocument,
      ['[data-cy="CustomerProfile.Name"]', '[data-cy="CustomerName"]', '.customer-name'], // [U]
      ['[data-cy="CustomerProfile.Email"]', '[data-cy="CustomerEmail"]', '.customer-email'], // [U]
      trace,
    ),

  readTicketId(url, scope) {
    // The number customers see is the second URL segment; the first is the internal id [V CXC, TOGGL].
    const match = conversationPath.exec(url.pathname);
    if (match?.[2] ?? match?.[1]) return match[2] ?? match[1] ?? null;
    const number = scope.ownerDocument.querySelector(
      `${headerSelector} [data-cy="Text"], [data-cy="ConversationNumber"]`,
    );
    return /\d{2,}/.exec(readLine(number))?.[0] ?? null;
  },

  readSubject(scope) {
    const subject = scope.ownerDocument.querySelector<HTMLTextAreaElement>('[data-cy="EditableTextarea"]'); // [V TOGGL]
    return subject?.value || readLine(subject) || null;
  },

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),

  async openReplyBox(scope, { timeoutMs, trace }) {
    const doc = scope.ownerDocument;
    return clickThenWait(
      doc.body ?? scope,
      replyButtonSelectors,
      () => findEditable(doc, replyBoxSelectors, trace),
      timeoutMs,
    );
  },

  verified: {
    date: '2026-11-24',
    how: 'from SITES.md sources (CXC, TOGGL); thread item selectors are unverified guesses; not verified live',
    urls: ['https://secure.helpscout.net/conversation/<id>/<number>?folderId=<folder>'],
  },
};
