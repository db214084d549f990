import { describe, expect, it } from 'vitest';
import { findTypedShortcut, textBeforeCaret } from '@/entrypoints/content/shortcut-match';

const known = new Set(['late', 'late-deescalate', 'refund', 'thanks_2']);

describe('findTypedShortcut', () => {
  it.each([
    [';late', ';', { typed: ';late', shortcut: 'late' }],
    ['Hello ;late', ';', { typed: ';late', shortcut: 'late' }],
    ['Hello\u00a0;late', ';', { typed: ';late', shortcut: 'late' }],
    ['(;refund', ';', { typed: ';refund', shortcut: 'refund' }],
    ['x ;Late-Deescalate', ';', { typed: ';Late-Deescalate', shortcut: 'late-deescalate' }],
    ['x //thanks_2', '//', { typed: '//thanks_2', shortcut: 'thanks_2' }],
    ['x .late', '.', { typed: '.late', shortcut: 'late' }],
  ])('finds the shortcut at the end of %j (trigger %j)', (text, trigger, expected) => {
    expect(findTypedShortcut(text, trigger, known)).toEqual(expected);
  });

  it.each([
    ['word;late', ';', 'the trigger glued to a word is punctuation, not a shortcut'],
    ['x ;later', ';', 'a longer word is not the shortcut'],
    ['x ;nosuch', ';', 'unknown shortcuts are left alone'],
    ['x ;late ', ';', 'a space after it means the agent moved on'],
    ['x late', ';', 'no trigger'],
    ['x ;', ';', 'nothing after the trigger'],
    ['x ;late', '', 'no trigger configured'],
  ])('ignores %j with trigger %j: %s', (text, trigger) => {
    expect(findTypedShortcut(text, trigger, known)).toBeNull();
  });

  it('ignores everything when the library has no shortcuts yet', () => {
    expect(findTypedShortcut(';late', ';', new Set())).toBeNull();
  });
});

describe('textBeforeCaret', () => {
  it('reads a textarea up to its caret', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'Line one\nHi ;late and more';
    field.setSelectionRange(17, 17);
    expect(textBeforeCaret(field)).toBe('Hi ;late');
    field.setSelectionRange(3, 9);
    expect(textBeforeCaret(field)).toBeNull();
    field.remove();
  });

  it("reads only the caret's own line in an editable with paragraphs and line breaks", () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.innerHTML = '<p>First paragraph</p><p>Second line<br>;late</p>';
    document.body.append(editor);
    const text = editor.querySelectorAll('p')[1]?.lastChild as Text;
    const range = document.createRange();
    range.setStart(text, text.length);
    range.collapse(true);
    editor.focus();
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    expect(textBeforeCaret(editor)).toBe(';late');
    editor.remove();
  });

  it('is null when the caret is not in the element', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    document.body.append(editor);
    document.getSelection()?.removeAllRanges();
    expect(textBeforeCaret(editor)).toBeNull();
    editor.remove();
  });
});
