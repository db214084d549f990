/**
 * Which editor the agent is replying in: the editable they focused last (lib/insert's tracker, through shadow
 * roots and same-origin iframes), else the site adapter's reply box. The launcher sits beside it, the reply
 * checker reads it, and inline shortcuts are listened for in its document. Event-driven: focus moves and page
 * readings, nothing polls.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lastFocusedEditable } from './insert-bridge';
import type { PageSession } from './page-session';

export interface ReplyEditorWatch {
  current(): HTMLElement | null;
  /** Called with the new editor whenever it changes (focus moved, the site re-rendered its composer). */
  subscribe(listener: (editor: HTMLElement | null) => void): () => void;
  /**
   * Called with the editor after every focus move, changed or not: an iframe editor's document may have been
   * rewritten since (TinyMCE writes its iframe with document.open, which drops every listener on it).
   */
  onFocusMoved(listener: (editor: HTMLElement | null) => void): () => void;
}

export function watchReplyEditor(ctx: ContentScriptContext, session: PageSession): ReplyEditorWatch {
  const listeners = new Set<(editor: HTMLElement | null) => void>();
  const focusListeners = new Set<(editor: HTMLElement | null) => void>();
  let editor: HTMLElement | null = null;

  const check = () => {
    const next = lastFocusedEditable() ?? session.replyBox();
    if (next === editor) return;
    editor = next;
    listeners.forEach((listener) => listener(editor));
  };
  const focusMoved = () => {
    check();
    focusListeners.forEach((listener) => listener(editor));
  };

  ctx.addEventListener(document, 'focusin', focusMoved, { capture: true });
  // Focus entering an iframe editor (CKEditor 4, TinyMCE) fires no focusin here, only a blur of this window.
  ctx.addEventListener(window, 'blur', () => ctx.setTimeout(focusMoved, 0));
  const unsubscribe = session.subscribe(check);
  ctx.onInvalidated(() => {
    unsubscribe();
    listeners.clear();
    focusListeners.clear();
  });
  check();

  return {
    current: () => {
      check();
      return editor;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onFocusMoved(listener) {
      focusListeners.add(listener);
      return () => focusListeners.delete(listener);
    },
  };
}
