/**
 * The agent's draft in the site's reply editor, for the reply checker: read once the agent pauses typing,
 * only while the panel is open, from the editor alone (a MutationObserver on it, and `input` for text
 * fields, whose value changes no DOM).
 */
import { useEffect, useState } from 'react';
import type { ReplyEditorWatch } from './reply-editor';

const TYPING_PAUSE_MS = 300;

/** What the agent sees in the editor: a field's value, or the editable's rendered text. */
export function editorText(editor: HTMLElement | null): string {
  if (!editor?.isConnected) return '';
  // By tag, not instanceof: an iframe editor's elements come from another window's constructors.
  if (editor.localName === 'textarea' || editor.localName === 'input') {
    return (editor as HTMLTextAreaElement | HTMLInputElement).value;
  }
  return editor.innerText;
}

export function useReplyDraft(editors: ReplyEditorWatch, isOpen: boolean): string {
  const [draft, setDraft] = useState('');

  useEffect(() => {
    if (!isOpen) return undefined;
    let editor = editors.current();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      timer = undefined;
      setDraft(editorText(editor));
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(read, TYPING_PAUSE_MS);
    };
    const changes = new MutationObserver(schedule);
    const follow = (next: HTMLElement | null) => {
      editor?.removeEventListener('input', schedule);
      changes.disconnect();
      editor = next;
      editor?.addEventListener('input', schedule);
      if (editor) changes.observe(editor, { childList: true, characterData: true, subtree: true });
      read();
    };
    follow(editor);
    const unsubscribe = editors.subscribe(follow);
    return () => {
      unsubscribe();
      changes.disconnect();
      editor?.removeEventListener('input', schedule);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editors, isOpen]);

  return isOpen ? draft : '';
}
