/**
 * Where the launcher goes beside a reply editor: just outside its right edge, level with its bottom line (where
 * the caret usually is), or inside its bottom-right corner when the page has no room on the right. Pure, so it
 * is tested without a browser.
 */
import type { LauncherPosition } from '@/components/panel/Launcher';

export const LAUNCHER_SIZE = 32;
const GAP = 6;
const MARGIN = 4;

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Null when the editor is not on screen (hidden, or scrolled away): the launcher then waits in its corner. */
export function positionBeside(
  editor: Box,
  viewport: { width: number; height: number },
): LauncherPosition | null {
  const right = editor.left + editor.width;
  const bottom = editor.top + editor.height;
  if (editor.width <= 0 || editor.height <= 0) return null;
  if (bottom <= 0 || editor.top >= viewport.height || right <= 0 || editor.left >= viewport.width)
    return null;
  const outside = right + GAP;
  const left =
    outside + LAUNCHER_SIZE <= viewport.width - MARGIN
      ? outside
      : Math.max(MARGIN, right - LAUNCHER_SIZE - GAP);
  const top = Math.min(
    Math.max(MARGIN, bottom - LAUNCHER_SIZE - (left === outside ? 0 : GAP)),
    viewport.height - LAUNCHER_SIZE - MARGIN,
  );
  return { top: Math.round(top), left: Math.round(left) };
}

/**
 * The editor's box in the top window's viewport. An editor inside same-origin iframes (CKEditor 4, TinyMCE)
 * is offset by each frame; an iframe editor's <body> counts as the whole frame.
 */
export function viewportBox(element: HTMLElement): Box {
  let doc = element.ownerDocument;
  const isFrameBody = element === doc.body && doc.defaultView?.frameElement;
  let rect = (isFrameBody ? (doc.defaultView?.frameElement as Element) : element).getBoundingClientRect();
  let box: Box = { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
  if (isFrameBody) doc = (doc.defaultView?.frameElement as Element).ownerDocument;
  for (
    let frame = doc.defaultView?.frameElement;
    frame;
    frame = frame.ownerDocument.defaultView?.frameElement
  ) {
    rect = frame.getBoundingClientRect();
    box = {
      ...box,
      top: box.top + rect.top + frame.clientTop,
      left: box.left + rect.left + frame.clientLeft,
    };
  }
  return box;
}
