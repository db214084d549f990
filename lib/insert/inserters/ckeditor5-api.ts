/**
 * CKEditor 5's own API, reached through the `ckeditorInstance` expando on its editable (page world only):
 * the reply's HTML goes through CKEditor's data pipeline into `model.insertContent`, one undo step, caret after
 * it. The fallback for Zendesk's composer when a paste is refused.
 */
import { textToHtml } from '../text-html';
import { expando, hasMethods } from './page-globals';
import { runPageStep } from './page-step';
import type { Inserter, PageActionResult, PreparedReply } from '../types';

interface CKEditor5 {
  model: { change(callback: () => void): void; insertContent(content: unknown): unknown };
  data: { processor: { toView(html: string): unknown }; toModel(view: unknown): unknown };
  editing: { view: { focus(): void } };
}

function isCKEditor5(value: unknown): value is CKEditor5 {
  const editor = value as Partial<CKEditor5> | null;
  return (
    hasMethods(editor?.model, 'change', 'insertContent') &&
    hasMethods(editor?.data, 'toModel') &&
    hasMethods(editor?.data?.processor, 'toView') &&
    hasMethods(editor?.editing?.view, 'focus')
  );
}

export function ckeditor5InPage(element: HTMLElement, reply: PreparedReply): PageActionResult {
  const editable = element.closest('.ck-editor__editable') ?? element;
  const editor = expando(editable, 'ckeditorInstance');
  if (!isCKEditor5(editor)) return { ok: false, reason: 'no CKEditor 5 instance on this element' };
  editor.editing.view.focus();
  const view = editor.data.processor.toView(reply.html ?? textToHtml(reply.text));
  editor.model.change(() => {
    editor.model.insertContent(editor.data.toModel(view));
  });
  return { ok: true };
}

export const ckeditor5ApiInserter: Inserter = {
  name: 'ckeditor5-api',
  accepts: ({ kind }) => kind === 'ckeditor5',
  insert: ({ element }, reply, context) => runPageStep('ckeditor5-api', element, reply, context),
};
