import { describe, expect, it } from 'vitest';
import { resolveEditable } from '@/lib/insert';

describe('resolveEditable', () => {
  it('takes the editing host of a node inside an editor', () => {
    document.body.innerHTML = '<div id="host" contenteditable="true"><p><b id="inner">Hi</b></p></div>';
    expect(resolveEditable(document.querySelector('#inner'))?.id).toBe('host');
  });

  it("finds the one editable inside an editor's wrapper", () => {
    document.body.innerHTML =
      '<div class="ql-container"><div class="ql-editor" contenteditable="true"></div><div class="ql-clipboard" contenteditable="false"></div></div>';
    expect(resolveEditable(document.querySelector('.ql-container'))?.className).toBe('ql-editor');
  });

  it('refuses to guess between several editables, or when there is none', () => {
    document.body.innerHTML = '<form><textarea></textarea><input type="text"></form><div id="empty"></div>';
    expect(resolveEditable(document.querySelector('form'))).toBeNull();
    expect(resolveEditable(document.querySelector('#empty'))).toBeNull();
    expect(resolveEditable(null)).toBeNull();
  });
});

describe('resolveEditable on editor wrappers', () => {
  it('finds the editable of an editor that hid its source element and built its UI beside it', () => {
    document.body.innerHTML =
      '<div id="host"><div style="display:none"><p>source</p></div><div class="ck-editor"><div class="ck-editor__editable" contenteditable="true"><p>x</p></div></div></div>';
    expect(resolveEditable(document.querySelector('#host'))?.className).toBe('ck-editor__editable');
  });
});
