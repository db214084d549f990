/**
 * What insertion can target: a textarea, a text-like input, or the editing host of a contenteditable region
 * (an iframe <body> included). Realm-agnostic on purpose: elements inside an editor's iframe come from
 * another window, so `instanceof HTMLElement` would be false for them.
 */

import { isFrame } from './frames';

const textInputTypes = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

export function isHtmlElement(node: unknown): node is HTMLElement {
  return (
    typeof node === 'object' && node !== null && (node as Node).nodeType === 1 && 'isContentEditable' in node
  );
}

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element.localName === 'textarea') return true;
  if (element.localName !== 'input') return false;
  return textInputTypes.has((element.getAttribute('type') ?? '').toLowerCase());
}

/** True when the user could type into `element` right now. */
export function isWritable(element: Element | null | undefined): element is HTMLElement {
  if (!isHtmlElement(element)) return false;
  if (isTextField(element)) return !element.disabled && !element.readOnly;
  if (element.getAttribute('aria-readonly') === 'true') return false;
  if (element.isContentEditable) return true;
  // Some engines report isContentEditable late for fresh or detached frames; the attribute is what counts.
  const attribute = element.getAttribute('contenteditable');
  if (attribute !== null && attribute !== 'false') return true;
  return element.localName === 'body' && element.ownerDocument.designMode === 'on';
}

/** The outermost editable ancestor: where editors listen for events and where the caret lives. */
export function editingHostOf(element: HTMLElement): HTMLElement {
  if (isTextField(element)) return element;
  let host = element;
  for (let parent = element.parentElement; parent && isWritable(parent); parent = parent.parentElement) {
    host = parent;
  }
  return host;
}

/** The writable element a node belongs to (a text node's parent, an editor's inner node…), or null. */
export function editableFrom(node: Node | null | undefined): HTMLElement | null {
  const element = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  return isWritable(element) ? editingHostOf(element) : null;
}

const editableSelector = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/**
 * The editable a caller means by `element`: itself (or its editing host) when writable, the focused editable
 * (or body) of an iframe, else the one writable editable inside it. Site adapters and callers may point at an
 * editor's wrapper (`.ql-container`, a composer <div>, an editor's <iframe>) rather than the editable itself.
 */
export function resolveEditable(element: Element | null | undefined): HTMLElement | null {
  if (!element) return null;
  if (isWritable(element)) return editingHostOf(element);
  if (isFrame(element)) return frameEditable(element);
  const hosts = new Set<HTMLElement>();
  for (const candidate of Array.from(element.querySelectorAll(editableSelector))) {
    if (isWritable(candidate)) hosts.add(editingHostOf(candidate));
  }
  // Classic CKEditor 4 and TinyMCE edit inside an iframe in their wrapper.
  for (const frame of Array.from(element.querySelectorAll('iframe'))) {
    const inner = frameEditable(frame);
    if (inner) hosts.add(inner);
  }
  return hosts.size === 1 ? ([...hosts][0] ?? null) : null;
}

/** The focused editable of a same-origin frame, else its body when that is editable. */
function frameEditable(frame: Element): HTMLElement | null {
  try {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    return editableFrom(inner?.activeElement) ?? editableFrom(inner?.body);
  } catch {
    return null;
  }
}

/**
 * The page's only visible editable, when nothing was focused: simple pages have one reply box, and asking the
 * agent to click it first would be a needless step. Null when there are none or several.
 */
export function findOnlyEditable(doc: Document): HTMLElement | null {
  const hosts = new Set<HTMLElement>();
  for (const candidate of Array.from(doc.querySelectorAll(editableSelector))) {
    if (!isWritable(candidate) || candidate.getClientRects().length === 0) continue;
    hosts.add(editingHostOf(candidate));
    if (hosts.size > 1) return null;
  }
  return [...hosts][0] ?? null;
}
