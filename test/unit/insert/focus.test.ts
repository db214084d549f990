import { afterEach, describe, expect, it } from 'vitest';
import { trackLastEditable, type EditableTracker } from '@/lib/insert';

let tracker: EditableTracker | undefined;
afterEach(() => tracker?.stop());

describe('trackLastEditable', () => {
  it('remembers the last focused editable, the editing host for a node inside an editor', () => {
    document.body.innerHTML =
      '<textarea></textarea><div contenteditable="true"><p><b>Hi</b></p></div><button>x</button>';
    tracker = trackLastEditable(document);
    expect(tracker.current()).toBeNull();
    document.querySelector('textarea')?.focus();
    expect(tracker.current()).toBe(document.querySelector('textarea'));
    const editor = document.querySelector<HTMLElement>('[contenteditable]');
    document.querySelector('textarea')?.blur();
    document.querySelector('b')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(tracker.current()).toBe(editor);
    document.querySelector('button')?.focus();
    expect(tracker.current()).toBe(editor);
  });

  it("ignores Tactful's own panel fields, even inside its shadow root", () => {
    document.body.innerHTML = '<textarea id="reply"></textarea><tactful-overlay></tactful-overlay>';
    const root = document.querySelector('tactful-overlay')?.attachShadow({ mode: 'open' });
    const search = document.createElement('input');
    root?.append(search);
    tracker = trackLastEditable(document);
    document.querySelector<HTMLElement>('#reply')?.focus();
    search.focus();
    expect(tracker.current()?.id).toBe('reply');
  });

  it('finds an editable inside an open shadow root', () => {
    document.body.innerHTML = '<reply-box></reply-box>';
    const root = document.querySelector('reply-box')?.attachShadow({ mode: 'open' });
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    root?.append(editor);
    tracker = trackLastEditable(document);
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(tracker.current()).toBe(editor);
  });

  it('forgets an editable that left the page, and stops listening when stopped', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea>';
    tracker = trackLastEditable(document);
    document.querySelector<HTMLElement>('#a')?.focus();
    document.querySelector('#a')?.remove();
    expect(tracker.current()).toBeNull();
    tracker.stop();
    document.querySelector<HTMLElement>('#b')?.focus();
    document.querySelector<HTMLElement>('#b')?.blur();
    expect(tracker.current()).toBeNull();
  });

  it('saves the caret of a text field', () => {
    document.body.innerHTML = '<textarea>Hello world</textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    tracker = trackLastEditable(document);
    field.focus();
    field.setSelectionRange(5, 5);
    document.dispatchEvent(new Event('selectionchange'));
    expect(tracker.savedSelection()).toEqual({ kind: 'field', start: 5, end: 5 });
  });
});
