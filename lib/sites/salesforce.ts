/**
 * Salesforce Service Cloud, Lightning (SITES.md §2, Salesforce row). The email composer is CKEditor 4 in an
 * iframe [V BRISK]; rich-text fields use Quill inside LWC [V]. Salesforce rewrites that iframe with
 * document.open/write, so the reply box is looked up again on every reading rather than cached. Case feed
 * markup is not in the sources: the feed hooks are guesses [U] backed by the structural fallback.
 */
import type { SiteAdapter } from './types';
import { queryAllFirst, queryFirst, queryFirstVisible } from './dom/query';
import { readLine } from './dom/text';
import { findEditable, findFrameEditable } from './dom/find-editable';
import { readNameAndEmail } from './dom/read-fields';
import { readMessageBlock } from './generic/read-block';

const caseRecord = /\/lightning\/r\/Case\/([A-Za-z0-9]{15,18})\//;

const conversationSelectors = [
  '.oneWorkspaceTabWrapper.active [data-record-type="Case"]', // console app: the active workspace tab [U]
  '[data-record-type="Case"]', // a Case record page: highlights, feed and publisher [U]
  'records-lwc-record-layout, records-record-layout-event-broker', // any Lightning record page [P]
  '.forceChatterFeed, .cuf-feed', // the Case Feed alone [U]
];

const messageSelectors = [
  '.cuf-feedElement, .cuf-feedItem', // Case Feed items [U]
  '[data-feed-item-type="EmailMessage"], [data-feed-item-type]', // [U]
  'article.forceChatterFeedItem', // [U]
];

const editorFrameSelectors = [
  'iframe.cke_wysiwyg_frame', // CKEditor 4 email composer [V BRISK 4f7cbf20]
];

const replyBoxSelectors = [
  'lightning-input-rich-text .ql-editor[contenteditable="true"]', // Quill rich text in LWC [V BRISK 775adead]
  '.cke_editable[contenteditable="true"]', // CKEditor 4 inline mode [P]
  'textarea[name="textBody"], .forcePublisher textarea', // plain-text email / post publisher [U]
];

export const salesforce: SiteAdapter = {
  id: 'salesforce',
  name: 'Salesforce Service Cloud',
  matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  detect: (doc) =>
    doc.querySelector(
      // Not the CKEditor 4 frame: any page may embed that editor.
      'records-lwc-record-layout, [data-record-type="Case"], .cuf-feed',
    ) !== null,

  findConversation: ({ doc, trace }) => queryFirstVisible(doc, conversationSelectors, trace, 'conversation'),

  findMessages: (scope, trace) => queryAllFirst(scope, messageSelectors, trace, 'messages'),

  // Email feed items say inbound / outbound; internal comments say so in their classes [U].
  readMessage: (item) => readMessageBlock(item, item.parentElement ?? item),

  // The case highlights panel: Contact Name and Contact Email fields [U].
  readCustomer: (scope, trace) =>
    readNameAndEmail(
      scope,
      [
        '[data-field="ContactId"] a',
        'records-record-layout-item[field-label="Contact Name"] a',
        '[field-label="Contact Name"] a',
      ],
      [
        '[data-field="ContactEmail"]',
        'records-record-layout-item[field-label="Contact Email"]',
        'lightning-formatted-email a[href^="mailto:"]',
      ],
      trace,
    ),

  readTicketId(url, scope, trace) {
    // The Case Number agents and customers quote, else the record id in the URL.
    const number = queryFirst(scope, ['[data-field="CaseNumber"]', '[field-label="Case Number"] lightning-formatted-text', 'records-highlights2 [slot="primaryField"]'], trace, 'ticketId'); // prettier-ignore
    return /\d{5,}/.exec(readLine(number))?.[0] ?? caseRecord.exec(url.pathname)?.[1] ?? null;
  },

  readSubject: (scope) =>
    readLine(
      scope.querySelector('[data-field="Subject"], [field-label="Subject"] lightning-formatted-text'),
    ) || null,

  findReplyBox: (scope, trace) =>
    findFrameEditable(scope, editorFrameSelectors, trace) ?? findEditable(scope, replyBoxSelectors, trace),

  verified: {
    date: '2026-11-24',
    how: 'hosts and editor kinds from SITES.md [V]; record-page and feed selectors are unverified guesses; not verified live',
    urls: ['https://<org>.lightning.force.com/lightning/r/Case/<caseId>/view'],
  },
};
