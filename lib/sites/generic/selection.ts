/**
 * The user's selection as the customer's message (SITES.md §4.4, the most reliable signal on unknown pages):
 * any non-empty selection outside the reply box and outside Tactful's own UI.
 */
import { composedContains, isElement, sameOriginFrames } from '../dom/composed';
import { isTactfulUi } from '../dom/editable';
import { normalizeText } from '../dom/text';

export interface SelectedText {
  text: string;
  element: Element;
}

function fromSelection(
  selection: Selection | null,
  replyBox: Element | null,
  topDoc: Document,
): SelectedText | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const nodes = [selection.anchorNode, selection.focusNode];
  for (const node of nodes) {
    if (!node) return null;
    if (replyBox && composedContains(replyBox, node, topDoc)) return null;
    const element = isElement(node) ? node : node.parentElement;
    if (element && isTactfulUi(element)) return null;
  }
  const text = normalizeText(selection.toString());
  const anchor = selection.anchorNode;
  const element = isElement(anchor) ? anchor : anchor?.parentElement;
  return /[\p{L}\p{N}]{2}/u.test(text) && element ? { text, element } : null;
}

/** The selected text to analyse, from the caller's hint, the page, or a same-origin frame. */
export function readSelectedText(
  doc: Document,
  replyBox: Element | null,
  hintText?: string,
): SelectedText | null {
  try {
    const hinted = normalizeText(hintText ?? '');
    if (/[\p{L}\p{N}]{2}/u.test(hinted)) return { text: hinted, element: doc.body ?? doc.documentElement };
    const own = fromSelection(doc.getSelection(), replyBox, doc);
    if (own) return own;
    for (const frame of sameOriginFrames(doc)) {
      const inFrame = fromSelection(frame.document.getSelection(), replyBox, doc);
      if (inFrame) return inFrame;
    }
  } catch {
    // A detached or cross-origin selection is no selection.
  }
  return null;
}
