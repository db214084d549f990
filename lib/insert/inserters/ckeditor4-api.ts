/**
 * CKEditor 4's own API (page world): the instance whose editable is this element takes `insertHtml` between
 * two undo snapshots, so one undo removes the reply, and leaves the caret after it. Covers Salesforce's email
 * composer (classic mode, an iframe) and inline CKEditor 4s.
 */
import { textToInlineHtml } from '../text-html';
import { hasMethods, pageGlobal } from './page-globals';
import { runPageStep } from './page-step';
import type { Inserter, PageActionResult, PreparedReply } from '../types';

interface CKEditor4 {
  editable(): { $: unknown } | null;
  focus(): void;
  fire(event: string): unknown;
  insertHtml(html: string): void;
}

function findInstance(element: HTMLElement): CKEditor4 | null {
  const ckeditor = pageGlobal(element, 'CKEDITOR') as { instances?: Record<string, unknown> } | undefined;
  for (const instance of Object.values(ckeditor?.instances ?? {})) {
    if (!hasMethods(instance, 'editable', 'focus', 'fire', 'insertHtml')) continue;
    const editor = instance as unknown as CKEditor4;
    if (editor.editable()?.$ === element) return editor;
  }
  return null;
}

export function ckeditor4InPage(element: HTMLElement, reply: PreparedReply): PageActionResult {
  const editor = findInstance(element);
  if (!editor) return { ok: false, reason: 'no CKEditor 4 instance edits this element' };
  editor.focus();
  editor.fire('saveSnapshot');
  editor.insertHtml(reply.html ?? textToInlineHtml(reply.text));
  editor.fire('saveSnapshot');
  return { ok: true };
}

export const ckeditor4ApiInserter: Inserter = {
  name: 'ckeditor4-api',
  accepts: ({ kind }) => kind === 'ckeditor4',
  insert: ({ element }, reply, context) => runPageStep('ckeditor4-api', element, reply, context),
};
