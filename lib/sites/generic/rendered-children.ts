/**
 * Children as the agent sees them when looking for a conversation: shadow content (lib/sites/dom/composed.ts)
 * and, for a same-origin iframe, the body of the document it shows. Self-hosted ticket systems render each
 * ticket's articles in such a frame so that mail HTML cannot break the page, while the reply editor stays in the
 * top document; without this the thread is invisible to the structural search.
 */
import { composedChildren, frameDocument } from '../dom/composed';
import { isEditable } from '../dom/editable';

export function renderedChildren(element: Element): Element[] {
  if (element.localName !== 'iframe' && element.localName !== 'frame') return composedChildren(element);
  const body = frameDocument(element)?.body;
  // An editor's own frame (CKEditor 4, TinyMCE classic) holds a draft, not a conversation.
  return body && !isEditable(body) ? [body] : [];
}
