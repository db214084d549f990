/**
 * Zendesk Agent Workspace (SITES.md §2, Zendesk rows). Several tickets stay mounted at once, one pane per open
 * tab, so everything is scoped to the active pane. The composer is CKEditor 5; messaging tickets use its
 * plain-text variant.
 */
import type { ConversationMessage, MessageRole, SiteAdapter } from './types';
import { queryAllFirst, queryFirst, queryFirstVisible } from './dom/query';
import { readLine, readText } from './dom/text';
import { findEditableNear } from './dom/find-editable';
import { findEmails } from './extract/ids';
import { roleFromMarkers } from './extract/roles';

const ticketPath = /\/agent\/tickets\/(\d+)/;

/** The active ticket pane, most specific first. */
const paneSelectors = (ticketId: string | null) => [
  ...(ticketId ? [`[data-ticket-id="${ticketId}"]`] : []), // the pane of the ticket in the URL [V id 57707539471]
  '.ticket-panes-grid-layout[data-is-active="true"]', // Agent Workspace active pane [V TOGGL]
  '[data-ticket-id]', // any mounted ticket: the first visible one wins [V]
  '.ticket', // legacy (Workspace off) ticket view; TODO [2027-06-01]: drop once no account runs it [V BRISK 2021]
];

const messageSelectors = [
  'article[data-test-id="omni-log-comment-item"]', // Agent Workspace conversation log [V ZDT, ALTC]
  '[data-test-id="omni-log-comment-item"]', // same hook on a non-article element [P]
  '.event.is-public, .event.comment', // legacy ticket events; TODO [2027-06-01]: legacy UI [U]
];

const bodySelectors = [
  '[data-test-id="omni-log-item-message"]:not([aria-hidden="true"])', // message body; aria-hidden copy skipped [V ZDT]
  '[data-test-id="omni-log-message-content"]', // older Workspace body [V ALTC]
  '.zd-comment', // legacy comment body [V ALTC]
];

const authorSelectors = [
  '[data-test-id="omni-log-comment-user-link"]', // sender link [V ZDT]
  '[data-test-id="omni-log-item-sender"]', // sender label [V ALTC]
  '.sender', // legacy: first text node is the requester's name [V BRISK 2021]
];

const replyBoxSelectors = [
  '[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]', // email / rich composer [V ZAT]
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]', // messaging (chat) composer [V]
  '[data-test-id="ticket-rich-text-editor"] [contenteditable][role="textbox"]', // older rich editor [V ALTC]
  '.zendesk-editor--rich-text-container [contenteditable][role="textbox"]', // older rich editor [V ALTC]
  '.ck-editor__editable[contenteditable="true"]', // any CKEditor 5 in the pane [V BRISK]
];

const avatarSelectors = [
  '#editor-view [data-garden-id="tags.avatar"]', // recipient avatar in the composer header [V BRISK 2023]
  '[data-garden-id="tags.avatar"]', // any Garden avatar in the pane carrying an email [P]
];

const subjectSelectors = [
  '[data-test-id="omni-header-subject"]', // Workspace header [V]
  '[data-test-id="ticket-pane-subject"]', // ticket pane subject field [V]
  '.pane_header input[name="subject"]', // legacy [V TOGGL]
];

/** The message div's `type` attribute says who wrote it; notes carry their own tag. */
function roleOf(item: Element, body: Element | null): MessageRole {
  if (item.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return 'note';
  const type = (
    body?.getAttribute('type') ??
    item.querySelector('[type]')?.getAttribute('type') ??
    ''
  ).toLowerCase();
  if (type === 'end-user' || type === 'end_user') return 'customer';
  if (type === 'agent') return 'agent';
  if (type === 'system') return 'system';
  if (type === 'bot' || type === 'ai-agent') return 'bot';
  return roleFromMarkers(item);
}

export const zendesk: SiteAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['*://*.zendesk.com/*'],
  isSupportedUrl: (url) => url.pathname.startsWith('/agent'),
  detect: (doc) =>
    doc.querySelector('[data-test-id="omni-log-comment-item"], [data-test-id^="omnicomposer-"]') !== null,

  findConversation({ doc, url, trace }) {
    const ticketId = ticketPath.exec(url.pathname)?.[1] ?? null;
    const pane = queryFirstVisible(doc, paneSelectors(ticketId), trace, 'conversation');
    // The ticket id may mark only the log; the composer lives in the surrounding grid pane.
    return pane?.closest('.ticket-panes-grid-layout') ?? pane;
  },

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  readMessage(item, trace): ConversationMessage | null {
    const body = item.matches('.zd-comment') ? item : queryFirst(item, bodySelectors, trace, 'body');
    const text = readText(body ?? item, { skipQuotes: true });
    if (!text) return null;
    const authorElement = queryFirst(item, authorSelectors);
    const author = authorElement?.getAttribute('title') || readLine(authorElement) || undefined;
    const at =
      item.querySelector('time[data-test-id^="timestamp-"], time')?.getAttribute('datetime') ?? undefined;
    return { role: roleOf(item, body), text, ...(author && { author }), ...(at && { at }), element: item };
  },

  readCustomer(scope, trace) {
    // The composer's recipient avatar: alt = the requester's email, next sibling = their name [V BRISK 2023].
    const avatarEmail = (element: Element) =>
      findEmails(
        `${element.getAttribute('alt') ?? ''} ${element.querySelector('img')?.getAttribute('alt') ?? ''}`,
      )[0];
    const avatar = queryFirst(
      scope,
      avatarSelectors,
      trace,
      'customer',
      (element) => avatarEmail(element) !== undefined,
    );
    const email = avatar ? avatarEmail(avatar) : undefined;
    const name = readLine(avatar?.nextElementSibling) || undefined;
    return { ...(name && { name }), ...(email && { email }) };
  },

  readTicketId(url, scope) {
    const marked = scope.closest('[data-ticket-id]') ?? scope.querySelector('[data-ticket-id]');
    return ticketPath.exec(url.pathname)?.[1] ?? marked?.getAttribute('data-ticket-id') ?? null;
  },

  readSubject(scope) {
    const subject = queryFirst(scope, subjectSelectors);
    return ((subject as HTMLInputElement | null)?.value ?? readLine(subject)) || null;
  },

  // Some layouts mount the composer outside the pane; only a visible one can belong to the active ticket.
  findReplyBox: (scope, trace) => findEditableNear(scope, replyBoxSelectors, trace),

  isPlainTextOnly: (box) => box.matches('[data-test-id="omnicomposer-plain-text-ckeditor"]'),

  verified: {
    date: '2026-11-24',
    how: 'from SITES.md sources (ZAT, ZDT, ALTC, BRISK history, TOGGL), not verified live',
    urls: ['https://<subdomain>.zendesk.com/agent/tickets/<id>'],
  },
};
