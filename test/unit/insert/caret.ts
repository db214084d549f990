/** The text of `editor` before the caret: where the next typed character would land. */
export function textBeforeCaret(editor: HTMLElement): string {
  const caret = document.getSelection()?.getRangeAt(0);
  const before = document.createRange();
  before.selectNodeContents(editor);
  if (caret) before.setEnd(caret.startContainer, caret.startOffset);
  return before.toString();
}
