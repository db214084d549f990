/**
 * Synthetic paste: a ClipboardEvent carrying text/plain (and the sanitised text/html) on its own
 * clipboardData. The editor's paste handler parses it into its model as one undoable change and leaves the
 * caret after it. Covers ProseMirror/TipTap (Intercom, HubSpot), CKEditor 5 (Zendesk), Lexical (WhatsApp,
 * Messenger), Draft.js (X, Gorgias), Quill 2 and CKEditor 4 (Salesforce). Runs in the page's world.
 */
import { replyDataTransfer } from './data-transfer';
import { runPageStep } from './page-step';
import type { Inserter, PageActionResult, PreparedReply } from '../types';

export function pasteInPage(element: HTMLElement, reply: PreparedReply): PageActionResult {
  const view = element.ownerDocument.defaultView;
  if (!view) return { ok: false, reason: 'detached document' };
  const data = replyDataTransfer(view, reply);
  const event = new view.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  element.dispatchEvent(event);
  // Editors that handle a paste cancel the browser's default; one that did not has not looked at it.
  return event.defaultPrevented ? { ok: true } : { ok: false, reason: 'no paste handler took it' };
}

export const pasteInserter: Inserter = {
  name: 'paste',
  accepts: ({ kind }) => kind !== 'textarea' && kind !== 'input',
  insert: ({ element }, reply, context) => runPageStep('paste', element, reply, context, pasteInPage),
};
