/** Following focus across same-origin iframes and open shadow roots, where CKEditor 4 and TinyMCE edit. */

export function isFrame(element: Element): boolean {
  return element.localName === 'iframe' || element.localName === 'frame';
}

export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin: out of reach, and the browser will not let a parent type there anyway
  }
}

/** The innermost focused element below `doc`, through open shadow roots and same-origin frames. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (let depth = 0; active && depth < 20; depth += 1) {
    const inner =
      active.shadowRoot?.activeElement ?? (isFrame(active) ? frameDocument(active)?.activeElement : null);
    if (!inner || inner === active) break;
    active = inner;
  }
  return active;
}

/**
 * The element in the top-most reachable document that contains `element` (itself when it is in the top
 * document, else the outermost same-origin iframe around it), and how many frames lie in between.
 */
export function outermostFrameOf(element: Element): { host: Element; frames: number } {
  let host = element;
  let frames = 0;
  for (let depth = 0; depth < 10; depth += 1) {
    let frame: Element | null = null;
    try {
      frame = host.ownerDocument.defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    if (!frame) break;
    host = frame;
    frames += 1;
  }
  return { host, frames };
}
