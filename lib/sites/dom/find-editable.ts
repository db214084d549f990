/** Adapter helper: the first visible, writable editor among ordered selectors, as its editing host. */
import type { SelectorTrace } from '../types';
import { frameDocument } from './composed';
import { editingHost, isEditable, isTactfulUi } from './editable';
import { queryFirst } from './query';
import { isHidden } from './visibility';

export function findEditable(
  scope: ParentNode,
  selectors: readonly string[],
  trace?: SelectorTrace,
): HTMLElement | null {
  const found = queryFirst(
    scope,
    selectors,
    trace,
    'replyBox',
    (element) => isEditable(element) && !isTactfulUi(element) && !isHidden(element),
  );
  return isEditable(found) ? editingHost(found) : null;
}

/** The editable body of a same-origin editor iframe (CKEditor 4, TinyMCE classic, Zoho's editor). */
export function findFrameEditable(
  scope: ParentNode,
  frameSelectors: readonly string[],
  trace?: SelectorTrace,
): HTMLElement | null {
  const frame = queryFirst(scope, frameSelectors, trace, 'replyBox', (element) => {
    const body = frameDocument(element)?.body;
    return !isHidden(element) && isEditable(body);
  });
  const body = frame ? frameDocument(frame)?.body : null;
  return isEditable(body) ? body : null;
}

/** In the conversation first; else anywhere on the page (pop-out composers live outside the thread). */
export function findEditableNear(
  scope: Element,
  selectors: readonly string[],
  trace?: SelectorTrace,
): HTMLElement | null {
  return findEditable(scope, selectors, trace) ?? findEditable(scope.ownerDocument, selectors, trace);
}
