/**
 * Children and parents as the agent sees them when looking for a conversation: shadow content
 * (lib/sites/dom/composed.ts), a slotted element where its <slot> shows it, and, for a same-origin iframe, the
 * body of the document it shows. Self-hosted ticket systems render each ticket's articles in such a frame so
 * that mail HTML cannot break the page, while the reply editor stays in the top document; without this the
 * thread is invisible to the structural search.
 */
import { composedChildren, composedParent, frameDocument } from '../dom/composed';
import { isEditable } from '../dom/editable';

export function renderedChildren(element: Element): Element[] {
  if (element.localName !== 'iframe' && element.localName !== 'frame') return composedChildren(element);
  const body = frameDocument(element)?.body;
  // An editor's own frame (CKEditor 4, TinyMCE classic) holds a draft, not a conversation.
  return body && !isEditable(body) ? [body] : [];
}

/** The <slot> that shows `element` (happy-dom has no `assignedSlot`: then the host's slots are asked). */
function slotShowing(element: Element): Element | null {
  const assigned = (element as HTMLElement).assignedSlot;
  if (assigned !== undefined) return assigned;
  const slots = element.parentElement?.shadowRoot?.querySelectorAll('slot') ?? [];
  return (
    Array.from(slots).find((slot) => slot.assignedElements({ flatten: false }).includes(element)) ?? null
  );
}

/**
 * Parent in the rendered tree. Component apps (LWC, Lit) slot the composer into a shell whose shadow tree holds
 * the thread: the composer's light-DOM parent is the shell's host, but it is shown beside the thread, where
 * its slot is.
 */
export function renderedParent(node: Element, doc: Document): Element | null {
  const slot = slotShowing(node);
  return slot ? renderedParent(slot, doc) : composedParent(node, doc);
}
