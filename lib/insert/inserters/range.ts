/**
 * Range insertion for a contenteditable: replace the selection with text nodes and <br>s (or the sanitised
 * HTML, parsed in an inert <template>), put the caret after them, and announce an `input` event. The last
 * resort for plain editables whose page blocks execCommand; no editor model sees it directly and the browser
 * cannot undo it, so framework editors never get it.
 */
import { selectionRangeIn } from '../selection';
import type { Inserter } from '../types';

function textFragment(doc: Document, text: string, keepNewlines: boolean): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  if (keepNewlines) {
    fragment.append(doc.createTextNode(text));
    return fragment;
  }
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  return fragment;
}

function htmlFragment(doc: Document, html: string): DocumentFragment {
  // A template's content is inert: nothing in it runs or loads. The HTML is already sanitised.
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content;
}

export const rangeInserter: Inserter = {
  name: 'range',
  accepts: ({ kind }) => kind === 'contenteditable' || kind === 'plaintext-only' || kind === 'redactor',
  insert({ element, kind }, reply) {
    const doc = element.ownerDocument;
    const view = doc.defaultView;
    const selection = doc.getSelection();
    if (!view || !selection) return { ok: false, reason: 'no selection in this document' };
    let range = selectionRangeIn(element);
    if (!range) {
      range = doc.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
    }
    const fragment =
      reply.html && kind !== 'plaintext-only'
        ? htmlFragment(doc, reply.html)
        : textFragment(doc, reply.text, kind === 'plaintext-only');
    const last = fragment.lastChild;
    range.deleteContents();
    range.insertNode(fragment);
    if (last) range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    element.dispatchEvent(
      new view.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: reply.text }),
    );
    return { ok: true };
  },
};
