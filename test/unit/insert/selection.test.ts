import { describe, expect, it } from 'vitest';
import { textBeforeCaret } from './caret';
import { focusEditable, saveSelection } from '@/lib/insert';

function caretIn(node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

describe('saveSelection / focusEditable', () => {
  it('puts the caret back where it was after focus went elsewhere', async () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p>Hello world</p></div><p id="other">Elsewhere</p>';
    const editor = document.querySelector('div') as HTMLElement;
    const text = editor.querySelector('p')?.firstChild as Text;
    editor.focus();
    caretIn(text, 6);
    const saved = saveSelection(editor);
    caretIn(document.querySelector('#other')?.firstChild as Text, 2);
    await focusEditable(editor, saved);
    const range = document.getSelection()?.getRangeAt(0);
    expect(range?.startContainer).toBe(text);
    expect(range?.startOffset).toBe(6);
  });

  it('finds the same character again when the editor re-rendered the caret’s text node', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector('div') as HTMLElement;
    const paragraph = editor.querySelector('p') as HTMLElement;
    editor.focus();
    caretIn(paragraph.firstChild as Text, 6);
    const saved = saveSelection(editor);
    // A framework re-render: same text, new nodes.
    paragraph.replaceChildren(document.createTextNode('Hello '), document.createTextNode('world'));
    await focusEditable(editor, saved);
    expect(textBeforeCaret(editor)).toBe('Hello ');
  });

  it('puts the caret at the end when nothing was saved', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    const editor = document.querySelector('div') as HTMLElement;
    await focusEditable(editor, null);
    expect(textBeforeCaret(editor)).toBe('Hello');
  });
});
