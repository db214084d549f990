/**
 * The generic reply box (SITES.md §4.1): the last focused editable the caller tracked, else the focused one,
 * else the largest visible multi-line editable, preferring one near the bottom of the page.
 */
import { composedParent, deepQuerySelectorAll, isElement } from '../dom/composed';
import { deepActiveElement, editingHost, isEditable, isTactfulUi } from '../dom/editable';
import { boxOf, hasLayout, isHidden } from '../dom/visibility';

const multilineEditables = [
  'textarea',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"][aria-multiline="true"]',
  'body', // an iframe body in design mode (CKEditor 4, TinyMCE classic) or with contenteditable
].join(',');

function isConnectedAcrossFrames(element: Element): boolean {
  return element.isConnected && element.ownerDocument.defaultView !== null;
}

/** A usable reply box from an element the caller or the page says has focus. */
export function asReplyBox(element: Element | null | undefined): HTMLElement | null {
  if (!isElement(element) || !isConnectedAcrossFrames(element)) return null;
  if (!isEditable(element) || isTactfulUi(element)) return null;
  const host = editingHost(element);
  return isHidden(host) ? null : host;
}

function isTopLevelEditable(element: Element): element is HTMLElement {
  if (!isEditable(element) || isTactfulUi(element)) return false;
  // Only editing hosts: the paragraphs inside a contenteditable are editable too.
  return editingHost(element) === element;
}

/** Multi-line editables on the page, through shadow roots and same-origin iframes, in document order. */
export function findEditables(doc: Document): HTMLElement[] {
  return deepQuerySelectorAll(doc, multilineEditables).filter(
    (element): element is HTMLElement => isTopLevelEditable(element) && !isHidden(element),
  );
}

/** Area weighted towards the bottom of the page, measured in the top document's coordinates. */
function score(element: HTMLElement, doc: Document): number {
  let { top, width, height } = boxOf(element);
  // An iframe body reports coordinates inside its frame: add the frame's offset.
  let frameHost = element.ownerDocument === doc ? null : composedParent(element.ownerDocument, doc);
  while (frameHost) {
    const frame = boxOf(frameHost);
    top += frame.top;
    width = Math.min(width, frame.width);
    height = Math.min(height, frame.height);
    frameHost = frameHost.ownerDocument === doc ? null : composedParent(frameHost.ownerDocument, doc);
  }
  const viewportHeight = doc.defaultView?.innerHeight ?? 800;
  const bottomness = Math.min(1, Math.max(0, (top + height) / Math.max(viewportHeight, 1)));
  return Math.max(width, 1) * Math.max(height, 1) * (0.5 + bottomness);
}

/** The largest visible editable near the bottom; without layout (unit tests) the last one in the page. */
export function findLargestEditable(doc: Document): HTMLElement | null {
  const candidates = findEditables(doc);
  if (candidates.length === 0) return null;
  if (!hasLayout(doc)) return candidates.at(-1) ?? null;
  let best: HTMLElement | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const value = score(candidate, doc);
    if (value >= bestScore) {
      best = candidate;
      bestScore = value;
    }
  }
  return best;
}

/** The reply box for a page no adapter knows. */
export function findGenericReplyBox(doc: Document, focused?: Element | null): HTMLElement | null {
  return asReplyBox(focused) ?? deepActiveElement(doc) ?? findLargestEditable(doc);
}
