/**
 * lib/sites: reading the helpdesk page. The panel calls `readConversation` (one normalised snapshot) and
 * `watchConversation` (the same, again whenever the conversation changes); everything else is for tests and
 * tools. Importable in Node: no browser globals are touched at import time.
 */
export type * from './types';
export { readConversation, openReplyBox, adaptersForUrl, adaptersForDocument } from './read-conversation';
export { watchConversation, type ConversationWatcher, type WatchOptions } from './watch';
export { rememberSelection, type SelectionMemory } from './selection-memory';
export { siteAdapters } from './registry';
export { findOrderIds, findTicketId, findEmails } from './extract/ids';
export { matchesPattern } from './match-pattern';
