/** Whether an element is shown. Works with real layout (browsers) and without it (happy-dom unit tests). */
import { isElement } from './composed';

/** True when the element or an ancestor is not rendered (display:none, [hidden], closed <details> …). */
export function isHidden(element: Element): boolean {
  if (element.closest('[hidden]')) return true;
  const checkable = element as Element & { checkVisibility?: (this: Element) => boolean };
  if (typeof checkable.checkVisibility === 'function') return !checkable.checkVisibility();
  const view = element.ownerDocument.defaultView;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (view?.getComputedStyle(current).display === 'none') return true;
  }
  return false;
}

/** True when the document has real layout (a browser); happy-dom reports zero-sized boxes everywhere. */
export function hasLayout(doc: Document): boolean {
  const root = doc.documentElement;
  if (!isElement(root)) return false;
  const box = root.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function boxOf(element: Element): Box {
  const { left, top, width, height } = element.getBoundingClientRect();
  return { left, top, width, height };
}
