/**
 * Remembers the reply box: the last editable the agent focused, found through open shadow roots and
 * same-origin iframes (CKEditor 4, TinyMCE), and where its caret was. Clicking Tactful's panel takes focus
 * away, so insertion and the generic site adapter ask this tracker instead of `document.activeElement`.
 * Event-driven only (capture-phase focusin, selectionchange, window blur): no polling, and `stop()` removes
 * every listener it added.
 */
import { editableFrom, isWritable } from './editable';
import { frameDocument, isFrame } from './frames';
import { saveSelection, type SavedSelection } from './selection';

export interface EditableTracker {
  /** The last focused editable, while it is still in the page and writable. */
  current(): HTMLElement | null;
  /** Where its caret was last seen. */
  savedSelection(): SavedSelection | null;
  stop(): void;
}

export interface TrackOptions {
  /** Editables to ignore, such as Tactful's own panel fields. Defaults to anything inside a tactful-* element. */
  ignore?: (element: HTMLElement) => boolean;
}

/** True inside Tactful's own UI (its custom elements and their shadow roots). */
export function isInsideTactfulUi(element: Element): boolean {
  for (let node: Node | null = element; node;) {
    if (node.nodeType === 1 && (node as Element).localName.startsWith('tactful-')) return true;
    node = node.parentNode ?? (node.nodeType === 11 && 'host' in node ? (node as ShadowRoot).host : null);
  }
  return false;
}

export function trackLastEditable(doc: Document, options: TrackOptions = {}): EditableTracker {
  const ignore = options.ignore ?? isInsideTactfulUi;
  const cleanups: (() => void)[] = [];
  const watched = new WeakSet<Document>();
  let last: HTMLElement | null = null;
  let saved: SavedSelection | null = null;

  const remember = (node: Node | null) => {
    const editable = editableFrom(node);
    if (!editable || ignore(editable)) return;
    if (editable !== last) saved = null;
    last = editable;
    saved = saveSelection(editable) ?? saved;
  };

  /**
   * Follows the focus from `doc` down through shadow roots and same-origin frames, watching each frame's
   * document on the way (focus entering an iframe fires no focusin in the parent, and the frame's document may
   * be new), and remembers the editable at the end, if that is where the focus is.
   */
  const followFocus = () => {
    let active: Element | null = doc.activeElement;
    for (let depth = 0; active && depth < 20; depth += 1) {
      const inner: Element | null | undefined =
        active.shadowRoot?.activeElement ?? frameActiveElement(active);
      if (!inner || inner === active) break;
      active = inner;
    }
    remember(active);
  };

  const frameActiveElement = (element: Element): Element | null => {
    const inner = isFrame(element) ? frameDocument(element) : null;
    if (!inner) return null;
    watch(inner);
    return inner.activeElement;
  };

  const onFocusIn = (event: Event) => {
    const target = (event.composedPath()[0] ?? event.target) as Node | null;
    if (target?.nodeType === 1 && isFrame(target as Element)) followFocus();
    else remember(target);
  };

  const onSelectionChange = () => {
    if (!last) return;
    const selection = saveSelection(last);
    if (selection) saved = selection;
  };

  function watch(target: Document) {
    if (watched.has(target)) return;
    watched.add(target);
    const view = target.defaultView;
    // Focus moving into an iframe blurs this window; the iframe is then this document's active element.
    const onBlur = () => {
      view?.setTimeout(followFocus, 0);
    };
    target.addEventListener('focusin', onFocusIn, true);
    target.addEventListener('selectionchange', onSelectionChange);
    view?.addEventListener('blur', onBlur);
    cleanups.push(() => {
      target.removeEventListener('focusin', onFocusIn, true);
      target.removeEventListener('selectionchange', onSelectionChange);
      view?.removeEventListener('blur', onBlur);
    });
  }

  watch(doc);
  followFocus();

  return {
    current: () => {
      // Where the focus is now wins (a window blur may never have fired); Tactful's own UI never counts.
      followFocus();
      return last?.isConnected && isWritable(last) ? last : null;
    },
    savedSelection: () => (last?.isConnected ? saved : null),
    stop: () => {
      cleanups.splice(0).forEach((cleanup) => {
        cleanup();
      });
      last = null;
      saved = null;
    },
  };
}
