/**
 * Insertion into the site's own reply editor (docs/insertion.md). Pure DOM code: no extension APIs, so the
 * content script, the page-world script and unit tests all use it as is.
 */
export type * from './types';
export { insertIntoEditor, type InsertRuntime } from './chain';
export { detectEditorKind } from './detect';
export { editableFrom, findOnlyEditable, isWritable, resolveEditable } from './editable';
export { isInsideTactfulUi, trackLastEditable, type EditableTracker, type TrackOptions } from './focus';
export { requestPageAction, servePageActions } from './page-bridge';
export { planInserters } from './plan';
export { hasFormatting, prepareReply, sanitizeReplyHtml, textFromHtml } from './reply';
export { focusEditable, saveSelection, type SavedSelection } from './selection';
export { compactText, judgeInsertion, watchInsertion, type Verdict } from './verify';
