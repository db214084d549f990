/**
 * Quill 1's own API (page world only: the instance hangs off the container's `__quill` expando). Quill 1's paste
 * handler lets the browser paste into a hidden element and reads that, so a synthetic paste does nothing.
 * Inserts text, not HTML: pages with a Trusted Types default policy (LinkedIn) make `dangerouslyPasteHTML`
 * fail silently, and a template's HTML is only paragraphs anyway. History cut-offs on both sides make the
 * reply its own undo step. Declines on Quill 2, which has no `__quill` and takes the paste step instead.
 */
import { expando, hasMethods } from './page-globals';
import { runPageStep } from './page-step';
import type { Inserter, PageActionResult, PreparedReply } from '../types';

interface Quill1 {
  getSelection(focus?: boolean): { index: number; length: number } | null;
  getLength(): number;
  deleteText(index: number, length: number, source: string): unknown;
  insertText(index: number, text: string, source: string): unknown;
  setSelection(index: number, length: number, source: string): unknown;
  history?: { cutoff?: () => void };
}

export function quill1InPage(element: HTMLElement, reply: PreparedReply): PageActionResult {
  const quill = expando(element.closest('.ql-container'), '__quill');
  if (!hasMethods(quill, 'getSelection', 'getLength', 'deleteText', 'insertText', 'setSelection')) {
    return { ok: false, reason: 'not a Quill 1 editor' };
  }
  const editor = quill as unknown as Quill1;
  const range = editor.getSelection(true) ?? { index: Math.max(0, editor.getLength() - 1), length: 0 };
  editor.history?.cutoff?.();
  if (range.length > 0) editor.deleteText(range.index, range.length, 'user');
  editor.insertText(range.index, reply.text, 'user');
  editor.setSelection(range.index + reply.text.length, 0, 'user');
  editor.history?.cutoff?.();
  return { ok: true };
}

export const quill1ApiInserter: Inserter = {
  name: 'quill1-api',
  accepts: ({ kind }) => kind === 'quill',
  insert: ({ element }, reply, context) => runPageStep('quill1-api', element, reply, context),
};
