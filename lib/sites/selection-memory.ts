/**
 * Remembers what the agent last selected outside any editor. On a page no adapter knows, the agent points at
 * the customer's message by selecting it, then clicks into the reply editor, which collapses the selection:
 * by the time the panel reads the page the selection is gone. Pass `memory.current()` as
 * `readConversation(…, { selectionText })`. Event-driven (selectionchange only); `stop()` removes it.
 */
import { isElement } from './dom/composed';
import { isEditable, isTactfulUi } from './dom/editable';
import { normalizeText } from './dom/text';

export interface SelectionMemory {
  /** The last selection made outside editors, until the agent deselects it or selects something else. */
  current(): string | undefined;
  clear(): void;
  stop(): void;
}

function elementOf(node: Node | null): Element | null {
  return isElement(node) ? node : (node?.parentElement ?? null);
}

function isInsideEditor(element: Element | null): boolean {
  for (let node = element; node; node = node.parentElement) if (isEditable(node)) return true;
  const active = element?.ownerDocument.activeElement;
  // A caret in a textarea or an editor iframe leaves the document selection where it was.
  return active !== null && active !== undefined && (isEditable(active) || active.localName === 'iframe');
}

export function rememberSelection(doc: Document): SelectionMemory {
  let remembered: string | undefined;

  const onSelectionChange = () => {
    const selection = doc.getSelection();
    // No range at all is a script resetting the selection, not the agent clicking somewhere.
    if (!selection || selection.rangeCount === 0) return;
    const anchor = elementOf(selection.anchorNode);
    if (anchor && isTactfulUi(anchor)) return; // using the panel neither sets nor clears it
    if (isInsideEditor(anchor)) return; // clicking or selecting in the reply box keeps it
    if (selection.isCollapsed) {
      remembered = undefined; // a click elsewhere on the page deselects
      return;
    }
    const text = normalizeText(selection.toString());
    if (/[\p{L}\p{N}]{2}/u.test(text)) remembered = text;
  };

  doc.addEventListener('selectionchange', onSelectionChange);
  return {
    current: () => remembered,
    clear: () => {
      remembered = undefined;
    },
    stop: () => {
      doc.removeEventListener('selectionchange', onSelectionChange);
      remembered = undefined;
    },
  };
}
