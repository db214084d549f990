/**
 * Inline expansion: typing the trigger and a template's shortcut (";late") in any reply editor and pressing
 * Tab replaces what was typed with the rendered template, in the customer's language, through lib/insert (the
 * typed text is selected and replaced through the editor, so one undo brings it back). Tab is taken from the
 * editor only when a real shortcut is right before the caret. A value the page did not give stays a visible
 * gap such as "[order number]" (never template syntax), as when the panel inserts. Listens on the page and on
 * the document of an iframe editor the agent is in.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderContextFor } from '@/components/panel/render-context';
import { editableFrom, isInsideTactfulUi } from '@/lib/insert';
import { sendMessage } from '@/lib/messaging/browser';
import type { Suggestion } from '@/lib/templates/types';
import { insertReply } from './insert-bridge';
import type { PageSession } from './page-session';
import type { ReplyEditorWatch } from './reply-editor';
import { findTypedShortcut, textBeforeCaret, type TypedShortcut } from './shortcut-match';

/** The rendered reply for a shortcut, with this ticket's values and the customer's language. */
async function expand(session: PageSession, shortcut: string): Promise<Suggestion | null> {
  const { page, settings } = session.getState();
  let language: string | undefined;
  let followUpDate: number | undefined;
  if (page.message.trim()) {
    const tone = await sendMessage('analyzeTone', { text: page.message.trim() }).catch(() => null);
    if (tone && tone.lang !== 'und') language = tone.lang;
    if (tone) {
      followUpDate = await sendMessage('suggestDeadline', { tone: tone.tone, urgency: tone.urgency }).then(
        (deadline) => deadline.dueAt,
        () => undefined,
      );
    }
  }
  const context = renderContextFor({
    page,
    agentName: settings.agentName,
    followUpDate,
    timeZone: settings.workingHours.timeZone || undefined,
  });
  return sendMessage('expandShortcut', { shortcut, context, ...(language && { language }) });
}

export function startInlineExpansion(
  ctx: ContentScriptContext,
  session: PageSession,
  editors: ReplyEditorWatch,
): void {
  let shortcuts: ReadonlySet<string> = new Set();
  let isLoaded = false;

  const loadShortcuts = async () => {
    try {
      shortcuts = new Set((await sendMessage('listShortcuts')).map((shortcut) => shortcut.toLowerCase()));
      isLoaded = true;
    } catch {
      // The background is not answering yet; the next focus in an editor asks again.
    }
  };

  const run = async (editor: HTMLElement, typed: TypedShortcut) => {
    const suggestion = await expand(session, typed.shortcut).catch(() => null);
    if (!suggestion) return;
    const outcome = await insertReply(
      { text: suggestion.text, html: suggestion.html, replaceBeforeCaret: typed.typed },
      { target: editor },
    );
    if (outcome.ok)
      await sendMessage('recordTemplateUse', { templateId: suggestion.templateId }).catch(() => undefined);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.isComposing || event.defaultPrevented) return;
    const editor = editableFrom((event.composedPath()[0] ?? event.target) as Node | null);
    if (!editor || isInsideTactfulUi(editor)) return;
    const before = textBeforeCaret(editor);
    const typed =
      before === null
        ? null
        : findTypedShortcut(before, session.getState().settings.shortcutTrigger, shortcuts);
    if (!typed) return;
    // Before the editor sees it: some editors indent or insert a tab character on Tab.
    event.preventDefault();
    event.stopImmediatePropagation();
    void run(editor, typed);
  };

  // Adding the same listener again is a no-op, so this runs on every focus move: a frame's document may have
  // been rewritten (and its listeners dropped) since the last time. No abort signal here: each call would
  // add an abort step to it; the windows are remembered weakly and cleaned up on invalidation instead.
  const windows: WeakRef<Window>[] = [];
  const known = new WeakSet<Window>();
  const listenIn = (doc: Document) => {
    const view = doc.defaultView;
    if (!view || ctx.isInvalid) return;
    view.addEventListener('keydown', onKeyDown, { capture: true });
    if (known.has(view)) return;
    known.add(view);
    windows.push(new WeakRef(view));
  };

  listenIn(document);
  const unsubscribe = editors.onFocusMoved((editor) => {
    if (!editor) return;
    if (!isLoaded) void loadShortcuts();
    listenIn(editor.ownerDocument);
  });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void loadShortcuts(); // the library may have changed meanwhile
  });
  ctx.onInvalidated(() => {
    unsubscribe();
    for (const ref of windows) ref.deref()?.removeEventListener('keydown', onKeyDown, { capture: true });
  });
  void loadShortcuts();
}
