/**
 * Walking the page the way it is rendered: into open shadow roots, out through their hosts, and across
 * same-origin iframes. Realm-agnostic on purpose (nodeType checks, never `instanceof HTMLElement`): elements in
 * an iframe, or in a happy-dom Window other than the global one, come from another realm.
 */

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === 1;
}

export function isHTMLElement(node: Node | null | undefined): node is HTMLElement {
  return isElement(node) && 'style' in node && 'isContentEditable' in node;
}

function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return node?.nodeType === 11 && 'host' in node;
}

/** The iframe element that shows `frameDoc`, searched from `topDoc` when `frameElement` is unavailable. */
export function frameElementOf(frameDoc: Document, topDoc?: Document): Element | null {
  try {
    const direct = frameDoc.defaultView?.frameElement;
    if (direct) return direct;
  } catch {
    // Cross-origin parent: there is nothing we may read above this document anyway.
  }
  if (!topDoc || topDoc === frameDoc) return null;
  for (const frame of sameOriginFrames(topDoc)) {
    if (frame.document === frameDoc) return frame.element;
    const nested = frameElementOf(frameDoc, frame.document);
    if (nested) return nested;
  }
  return null;
}

/** Parent in the rendered tree: the parent element, a shadow root's host, or a frame document's iframe. */
export function composedParent(node: Node, topDoc?: Document): Element | null {
  const parent = node.parentNode;
  if (isElement(parent)) return parent;
  if (isShadowRoot(parent)) return parent.host;
  const doc = node.nodeType === 9 ? (node as Document) : parent?.nodeType === 9 ? (parent as Document) : null;
  return doc ? frameElementOf(doc, topDoc) : null;
}

/** True when `node` is `ancestor` or inside it, across shadow roots and frames. */
export function composedContains(ancestor: Node, node: Node | null, topDoc?: Document): boolean {
  for (let current: Node | null = node; current; current = composedParent(current, topDoc)) {
    if (current === ancestor) return true;
  }
  return false;
}

/** Child elements as rendered: a shadow host's shadow children, with <slot>s replaced by what they show. */
export function composedChildren(element: Element): Element[] {
  const source: ParentNode = element.shadowRoot ?? element;
  const children: Element[] = [];
  for (const child of Array.from(source.children)) {
    if (child.localName === 'slot') children.push(...slotContent(child as HTMLSlotElement));
    else children.push(child);
  }
  return children;
}

/** Child nodes as rendered (text included), for reading text through shadow roots. */
export function composedChildNodes(node: Node): Node[] {
  if (isElement(node)) {
    if (node.shadowRoot) return Array.from(node.shadowRoot.childNodes);
    if (node.localName === 'iframe') {
      // Some helpdesks show a mail body in a same-origin iframe: its text is part of the message.
      const body = frameDocument(node)?.body;
      return body ? [body] : [];
    }
    if (node.localName === 'slot') {
      const assigned = (node as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length > 0) return assigned;
    }
  }
  return Array.from(node.childNodes);
}

function slotContent(slot: HTMLSlotElement): Element[] {
  const assigned = slot.assignedElements?.({ flatten: true }) ?? [];
  return assigned.length > 0 ? assigned : Array.from(slot.children);
}

/** The document inside a same-origin iframe, or null (cross-origin or not loaded). */
export function frameDocument(frame: Element): Document | null {
  try {
    const document = (frame as HTMLIFrameElement).contentDocument;
    return document?.documentElement ? document : null;
  } catch {
    // Cross-origin: the browser forbids access, and the content script runs there separately (all_frames).
    return null;
  }
}

export interface FrameDocument {
  element: Element;
  document: Document;
}

/** Same-origin <iframe>/<frame> documents directly inside `root` (cross-origin ones are skipped). */
export function sameOriginFrames(root: ParentNode): FrameDocument[] {
  const frames: FrameDocument[] = [];
  for (const element of Array.from(root.querySelectorAll('iframe, frame'))) {
    const document = frameDocument(element);
    if (document) frames.push({ element, document });
  }
  return frames;
}

/** Every open shadow root under `root`, nested ones included. */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.shadowRoot) roots.push(element.shadowRoot, ...openShadowRoots(element.shadowRoot));
  }
  return roots;
}

/** querySelectorAll that also searches open shadow roots and same-origin iframes below `root`. */
export function deepQuerySelectorAll(root: ParentNode, selector: string): Element[] {
  const scopes: ParentNode[] = [root, ...openShadowRoots(root)];
  const found: Element[] = [];
  for (const scope of scopes) {
    found.push(...Array.from(scope.querySelectorAll(selector)));
    for (const frame of sameOriginFrames(scope))
      found.push(...deepQuerySelectorAll(frame.document, selector));
  }
  return found;
}
