/**
 * WhatsApp Web (SITES.md §2, WhatsApp row). One chat is open at a time in #main; the composer is Lexical in the
 * footer [V]. Incoming and outgoing bubbles are .message-in / .message-out, and each text carries
 * data-pre-plain-text "[time, date] Name: " [U, widely used by public scripts].
 */
import type { ConversationMessage, SiteAdapter } from './types';
import { queryAllFirst, queryFirst } from './dom/query';
import { readLine, readText } from './dom/text';
import { findEditable } from './dom/find-editable';

const messageSelectors = [
  '.message-in, .message-out', // incoming / outgoing bubbles, in page order [U]
  '[role="row"]:has([data-pre-plain-text])', // rows holding a message text [U]
];

const textSelectors = [
  '.copyable-text[data-pre-plain-text] .selectable-text', // message text [U]
  '[data-pre-plain-text]', // [U]
  'span.selectable-text', // [U]
];

const replyBoxSelectors = [
  'footer [contenteditable="true"][role="textbox"]', // [V id 67276638067]
  '[data-tab="10"][contenteditable="true"]', // [V]
  '[data-lexical-editor="true"][contenteditable="true"]', // [V]
  '[data-testid="conversation-compose-box-input"]', // older composer; TODO [2027-06-01]: drop [V unijump]
];

/** "[10:32, 24/11/2026] Maria López: " → time and author. */
function parsePrePlainText(value: string | null | undefined): { at?: string; author?: string } {
  const match = /^\s*\[([^\]]+)\]\s*(.*?):\s*$/.exec(value ?? '');
  if (!match) return {};
  const [, at, author] = match;
  return { ...(at && { at }), ...(author && { author }) };
}

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp',
  matches: ['https://web.whatsapp.com/*'],
  detect: (doc) =>
    doc.querySelector('#main footer [contenteditable="true"], #main [data-pre-plain-text]') !== null,

  findConversation: ({ doc, trace }) => queryFirst(doc, ['#main'], trace, 'conversation'), // [V]

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage(item, trace): ConversationMessage | null {
    const textElement = queryFirst(item, textSelectors, trace, 'body');
    const text = readText(textElement ?? item);
    if (!text) return null;
    const meta = parsePrePlainText(
      item.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text'),
    );
    const role = item.matches('.message-in') || item.querySelector('.message-in') ? 'customer' : 'agent';
    return { role, text, ...meta, element: item };
  },

  readCustomer(scope, trace) {
    // The chat header shows the contact's saved name, or their phone number when unsaved [U].
    const title = queryFirst(scope, ['header span[title]', 'header [dir="auto"]'], trace, 'customer');
    const value = title?.getAttribute('title') ?? readLine(title);
    const isPhone = /^\+?[\d\s()-]{7,}$/.test(value);
    return isPhone ? { handle: value.replace(/\s+/g, ' ').trim() } : value ? { name: value } : {};
  },

  // Chat threads have no number a customer would quote.
  readTicketId: () => null,

  findReplyBox: (scope, trace) => findEditable(scope, replyBoxSelectors, trace),
  isPlainTextOnly: () => true,
  observeRoot: (doc) => doc.querySelector('#app'), // the app shell survives chat switches [U]

  verified: {
    date: '2026-11-24',
    how: 'composer from SITES.md sources [V]; bubble classes and data-pre-plain-text from public scripts [U]; not verified live',
    urls: ['https://web.whatsapp.com/'],
  },
};
