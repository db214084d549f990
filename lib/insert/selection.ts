/**
 * Saving and restoring where the caret was. Clicking Tactful's panel takes focus (and sometimes the selection)
 * from the reply editor, so the caret is saved while the agent works in the editor and put back, with focus,
 * before inserting (SITES.md §3: re-focus with preventScroll, restore the range, let the editor see it).
 */
import { isTextField } from './editable';

export type SavedSelection =
  { kind: 'field'; start: number; end: number } | { kind: 'range'; range: Range; start: number; end: number };

function shadowRootOf(element: Element): (ShadowRoot & { getSelection?: () => Selection | null }) | null {
  const root = element.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : null;
}

/** The selection that can see inside `element`'s tree: a shadow root's own (Chromium), else the document's. */
export function selectionFor(element: Element): Selection | null {
  const shadow = shadowRootOf(element);
  if (shadow && typeof shadow.getSelection === 'function') return shadow.getSelection();
  return element.ownerDocument.getSelection();
}

/** The selected range when it lies inside `element` (through an open shadow root too), else null. */
export function selectionRangeIn(element: Element): Range | null {
  const selection = selectionFor(element);
  if (!selection?.rangeCount) return null;
  let range = selection.getRangeAt(0);
  const shadow = shadowRootOf(element);
  if (
    shadow &&
    !element.contains(range.startContainer) &&
    typeof selection.getComposedRanges === 'function'
  ) {
    // Browsers without ShadowRoot.getSelection retarget document ranges to the host; ask for the inner one.
    const [composed] = selection.getComposedRanges({ shadowRoots: [shadow] });
    if (!composed) return null;
    range = element.ownerDocument.createRange();
    range.setStart(composed.startContainer, composed.startOffset);
    range.setEnd(composed.endContainer, composed.endOffset);
  }
  return element.contains(range.startContainer) && element.contains(range.endContainer) ? range : null;
}

export function saveSelection(element: HTMLElement): SavedSelection | null {
  if (isTextField(element)) {
    const { selectionStart, selectionEnd } = element;
    return selectionStart === null
      ? null
      : { kind: 'field', start: selectionStart, end: selectionEnd ?? selectionStart };
  }
  const range = selectionRangeIn(element);
  if (!range) return null;
  // A live copy, which the browser keeps pointing at the same place while the page edits around it, and
  // character offsets for editors that re-render the caret's text nodes (Slate drops them on blur).
  return {
    kind: 'range',
    range: range.cloneRange(),
    start: textOffsetOf(element, range.startContainer, range.startOffset),
    end: textOffsetOf(element, range.endContainer, range.endOffset),
  };
}

/** How many characters of `element`'s text come before the point (container, offset). */
function textOffsetOf(element: Element, container: Node, offset: number): number {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** The point `offset` characters into `element`'s text. */
function pointAtTextOffset(element: Element, offset: number): [Node, number] {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.data.length) return [node, remaining];
    remaining -= node.data.length;
    last = node;
  }
  return last ? [last, last.data.length] : [element, element.childNodes.length];
}

/** The saved range if it still points at the saved characters, else one rebuilt from the offsets. */
function restoredRange(element: HTMLElement, saved: Extract<SavedSelection, { kind: 'range' }>): Range {
  const { range } = saved;
  if (
    isUsable(range, element) &&
    textOffsetOf(element, range.startContainer, range.startOffset) === saved.start &&
    textOffsetOf(element, range.endContainer, range.endOffset) === saved.end
  ) {
    return range;
  }
  const rebuilt = element.ownerDocument.createRange();
  rebuilt.setStart(...pointAtTextOffset(element, saved.start));
  rebuilt.setEnd(...pointAtTextOffset(element, saved.end));
  return rebuilt;
}

function isFocused(element: HTMLElement): boolean {
  const doc = element.ownerDocument;
  if (!doc.hasFocus()) return false;
  const active = shadowRootOf(element)?.activeElement ?? doc.activeElement;
  return active === element || (active !== null && element.contains(active));
}

/** Resolves once the page has had a chance to react to a selection change (editors sync on selectionchange). */
function selectionSettled(doc: Document, timeoutMs = 50): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView;
    if (!view) {
      resolve();
      return;
    }
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      view.clearTimeout(timer);
      // One more task, so listeners registered after ours have run too.
      view.setTimeout(resolve, 0);
    };
    const timer = view.setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Gives `element` focus without scrolling and puts the caret back where the agent left it (`saved`), or
 * keeps the editor's own caret when it still has focus, or puts it at the end when nothing was saved.
 */
export async function focusEditable(element: HTMLElement, saved: SavedSelection | null): Promise<void> {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  const hadFocus = isFocused(element);
  // Read before focusing: focus() itself may put a caret at the start of an editor that had none.
  const existing = isTextField(element) ? null : selectionRangeIn(element);
  if (!hadFocus) {
    // An editor inside an iframe: its window must have focus before its body can.
    if (view && view !== view.top) view.focus();
    element.focus({ preventScroll: true });
  }
  if (isTextField(element)) {
    if (hadFocus) return;
    const end = element.value.length;
    if (saved?.kind === 'field') element.setSelectionRange(saved.start, saved.end);
    else element.setSelectionRange(end, end);
    return;
  }
  if (hadFocus && existing) return;
  const selection = selectionFor(element);
  if (!selection) return;
  const range = saved?.kind === 'range' ? restoredRange(element, saved) : (existing ?? endOf(element));
  selection.removeAllRanges();
  selection.addRange(range);
  await selectionSettled(doc);
}

/** A caret after the last character (in the last text node, where editors map positions best). */
function endOf(element: HTMLElement): Range {
  const range = element.ownerDocument.createRange();
  const [node, offset] = pointAtTextOffset(element, Number.MAX_SAFE_INTEGER);
  if (node === element) {
    range.selectNodeContents(element);
    range.collapse(false);
  } else {
    range.setStart(node, offset);
    range.collapse(true);
  }
  return range;
}

function isUsable(range: Range, element: HTMLElement): boolean {
  return (
    range.startContainer.isConnected &&
    element.contains(range.startContainer) &&
    element.contains(range.endContainer)
  );
}

/**
 * Selects `text` when it is exactly what comes right before the caret (an inline shortcut), so that the next
 * insertion replaces it. False, selecting nothing, when the text before the caret is something else.
 */
export async function selectBeforeCaret(element: HTMLElement, text: string): Promise<boolean> {
  if (isTextField(element)) {
    const end = element.selectionEnd ?? element.value.length;
    if (!element.value.slice(0, end).endsWith(text)) return false;
    element.setSelectionRange(end - text.length, end);
    return true;
  }
  const caret = selectionRangeIn(element);
  const selection = selectionFor(element);
  if (!caret || !selection) return false;
  const end = textOffsetOf(element, caret.endContainer, caret.endOffset);
  const before = element.ownerDocument.createRange();
  before.selectNodeContents(element);
  before.setEnd(caret.endContainer, caret.endOffset);
  if (!before.toString().endsWith(text)) return false;
  const range = element.ownerDocument.createRange();
  range.setStart(...pointAtTextOffset(element, end - text.length));
  range.setEnd(caret.endContainer, caret.endOffset);
  selection.removeAllRanges();
  selection.addRange(range);
  await selectionSettled(element.ownerDocument);
  return true;
}
