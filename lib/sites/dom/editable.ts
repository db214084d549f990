/**
 * What counts as a reply box: a textarea, a text-like input, or the editing host of a contenteditable region
 * (including an iframe body in design mode, as CKEditor 4 and TinyMCE classic use). Realm-agnostic.
 */
import { frameDocument, isElement, isHTMLElement } from './composed';

const textInputTypes = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

/** The overlay's own elements (lib/sites never reads or targets Tactful's UI). */
export function isTactfulUi(element: Element): boolean {
  for (let node: Node | null = element; node;) {
    if (isElement(node)) {
      if (node.localName.startsWith('tactful-') || node.hasAttribute('data-tactful')) return true;
      node = node.parentNode;
    } else if (node.nodeType === 11 && 'host' in node) {
      node = (node as ShadowRoot).host;
    } else {
      return false;
    }
  }
  return false;
}

function isWritableField(element: Element): boolean {
  const field = element as HTMLInputElement | HTMLTextAreaElement;
  return !field.disabled && !field.readOnly;
}

/** True for a textarea, a text-like input, or contenteditable content that is not read-only. */
export function isEditable(element: Element | null | undefined): element is HTMLElement {
  if (!isHTMLElement(element)) return false;
  if (element.localName === 'textarea') return isWritableField(element);
  if (element.localName === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    return textInputTypes.has(type) && isWritableField(element);
  }
  if (element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-disabled') === 'true') {
    return false;
  }
  if (element.isContentEditable) return true;
  // happy-dom and some frames report isContentEditable late; the attribute and design mode are what count.
  const attribute = element.getAttribute('contenteditable');
  if (attribute !== null && attribute !== 'false') return true;
  return element.localName === 'body' && element.ownerDocument.designMode === 'on';
}

/** The outermost editable ancestor of an editable element: where editors listen and where the caret lives. */
export function editingHost(element: HTMLElement): HTMLElement {
  if (element.localName === 'textarea' || element.localName === 'input') return element;
  let host = element;
  for (let parent = element.parentElement; parent && isEditable(parent); parent = parent.parentElement) {
    host = parent;
  }
  return host;
}

/** The editable that has focus, looking inside open shadow roots and same-origin iframes. */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 20; depth += 1) {
    if (active.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
    } else if (active.localName === 'iframe' || active.localName === 'frame') {
      const innerActive = frameDocument(active)?.activeElement;
      if (!innerActive || innerActive === active) break;
      active = innerActive;
    } else {
      break;
    }
  }
  return isEditable(active) ? editingHost(active) : null;
}
