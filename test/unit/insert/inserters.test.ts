import { afterEach, describe, expect, it, vi } from 'vitest';
import { textBeforeCaret } from './caret';
import { execCommandInserter } from '@/lib/insert/inserters/exec-command';
import { rangeInserter } from '@/lib/insert/inserters/range';
import { textfieldInserter } from '@/lib/insert/inserters/textfield';

describe('textfieldInserter', () => {
  it('replaces the selection, leaves the caret after the text and tells the page with input and change', () => {
    document.body.innerHTML = '<textarea>Hello cruel world</textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    const events: string[] = [];
    field.addEventListener('input', () => events.push('input'));
    field.addEventListener('change', () => events.push('change'));
    field.setSelectionRange(6, 11);
    expect(textfieldInserter.insert({ element: field, kind: 'textarea' }, { text: 'kind\nnew' }, {})).toEqual(
      { ok: true },
    );
    expect(field.value).toBe('Hello kind\nnew world');
    expect(field.selectionStart).toBe(14);
    expect(events).toEqual(['input', 'change']);
  });

  it('joins lines for a single-line input, and refuses a reply longer than the field allows', () => {
    document.body.innerHTML = '<input value="" maxlength="8">';
    const input = document.querySelector('input') as HTMLInputElement;
    expect(textfieldInserter.insert({ element: input, kind: 'input' }, { text: 'Hi\nyou' }, {})).toEqual({
      ok: true,
    });
    expect(input.value).toBe('Hi you');
    const refused = textfieldInserter.insert({ element: input, kind: 'input' }, { text: 'far too long' }, {});
    expect(refused).toMatchObject({ ok: false, reason: expect.stringMatching(/8 characters/) as unknown });
    expect(input.value).toBe('Hi you');
  });
});

describe('rangeInserter', () => {
  it('inserts text as text nodes and line breaks, never as markup, with the caret after it', () => {
    document.body.innerHTML = '<div contenteditable="true">Hello world</div>';
    const editor = document.querySelector('div') as HTMLElement;
    const range = document.createRange();
    range.setStart(editor.firstChild as Text, 6);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const text = '<img src=x onerror="window.__pwned=1">\nbye ';
    rangeInserter.insert({ element: editor, kind: 'contenteditable' }, { text }, {});
    expect(editor.querySelector('img')).toBeNull();
    expect(editor.innerHTML).toBe('Hello &lt;img src=x onerror="window.__pwned=1"&gt;<br>bye world');
    expect(textBeforeCaret(editor)).toBe('Hello <img src=x onerror="window.__pwned=1">bye ');
  });
});

describe('execCommandInserter', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'execCommand');
  });

  function recordCommands(): string[] {
    const calls: string[] = [];
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui: boolean, value?: string) => {
        calls.push(value === undefined ? command : `${command}:${value}`);
        return true;
      },
    });
    return calls;
  }

  it('inserts text as text in one command, and HTML only into editors that take it natively', () => {
    const calls = recordCommands();
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const element = document.querySelector('div') as HTMLElement;
    execCommandInserter.insert({ element, kind: 'prosemirror' }, { text: 'a\nb', html: '<b>a</b>' }, {});
    execCommandInserter.insert({ element, kind: 'contenteditable' }, { text: 'a', html: '<b>a</b>' }, {});
    expect(calls).toEqual(['insertText:a\nb', 'insertHTML:<b>a</b>']);
  });

  it('inserts line by line with paragraph breaks on Firefox, which turns "\\n" into <br>', () => {
    const calls = recordCommands();
    const userAgent = vi
      .spyOn(navigator, 'userAgent', 'get')
      .mockReturnValue('Mozilla/5.0 Gecko/20100101 Firefox/128.0');
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const element = document.querySelector('div') as HTMLElement;
    execCommandInserter.insert({ element, kind: 'contenteditable' }, { text: 'Hi\n\nthere' }, {});
    expect(calls).toEqual(['insertText:Hi', 'insertParagraph', 'insertParagraph', 'insertText:there']);
    userAgent.mockRestore();
  });
});
