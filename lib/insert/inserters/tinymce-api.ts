/**
 * TinyMCE's own API (page world): the editor whose body is this element inserts the reply with
 * `insertContent` inside one undo transaction and leaves the caret after it. Covers classic (iframe) and
 * inline TinyMCE, used by many self-hosted helpdesks and Front-like composers.
 */
import { textToInlineHtml } from '../text-html';
import { hasMethods, pageGlobal } from './page-globals';
import { runPageStep } from './page-step';
import type { Inserter, PageActionResult, PreparedReply } from '../types';

interface TinyMCEEditor {
  getBody(): unknown;
  focus(): void;
  insertContent(html: string): void;
  undoManager: { transact(callback: () => void): unknown };
}

function findEditor(element: HTMLElement): TinyMCEEditor | null {
  const tinymce = pageGlobal(element, 'tinymce');
  if (!hasMethods(tinymce, 'get')) return null;
  const all: unknown = tinymce.get();
  for (const editor of Array.isArray(all) ? (all as unknown[]) : []) {
    if (!hasMethods(editor, 'getBody', 'focus', 'insertContent')) continue;
    const candidate = editor as unknown as TinyMCEEditor;
    if (candidate.getBody() === element && hasMethods(candidate.undoManager, 'transact')) return candidate;
  }
  return null;
}

export function tinymceInPage(element: HTMLElement, reply: PreparedReply): PageActionResult {
  const editor = findEditor(element);
  if (!editor) return { ok: false, reason: 'no TinyMCE editor has this body' };
  editor.focus();
  editor.undoManager.transact(() => {
    editor.insertContent(reply.html ?? textToInlineHtml(reply.text));
  });
  return { ok: true };
}

export const tinymceApiInserter: Inserter = {
  name: 'tinymce-api',
  accepts: ({ kind }) => kind === 'tinymce',
  insert: ({ element }, reply, context) => runPageStep('tinymce-api', element, reply, context),
};
