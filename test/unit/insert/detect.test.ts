import { describe, expect, it } from 'vitest';
import { detectEditorKind, planInserters } from '@/lib/insert';

function editable(html: string): HTMLElement {
  document.body.innerHTML = html;
  const element = document.querySelector<HTMLElement>('[data-target]');
  if (!element) throw new Error('fixture markup needs a [data-target]');
  return element;
}

describe('detectEditorKind', () => {
  it.each([
    ['<textarea data-target></textarea>', 'textarea'],
    ['<input data-target type="email">', 'input'],
    ['<div data-target contenteditable="true"><p>x</p></div>', 'contenteditable'],
    ['<div data-target contenteditable="plaintext-only">x</div>', 'plaintext-only'],
    ['<div data-target class="ck ck-editor__editable" contenteditable="true"></div>', 'ckeditor5'],
    ['<div data-target class="cke_editable" contenteditable="true"></div>', 'ckeditor4'],
    ['<div data-target class="ProseMirror" contenteditable="true"></div>', 'prosemirror'],
    ['<div data-target data-lexical-editor="true" contenteditable="true"></div>', 'lexical'],
    ['<div data-target data-slate-editor="true" contenteditable="true"></div>', 'slate'],
    ['<div data-target class="public-DraftEditor-content" contenteditable="true"></div>', 'draft'],
    ['<div data-target contenteditable="true"><div data-contents="true"></div></div>', 'draft'],
    [
      '<div class="ql-container"><div data-target class="ql-editor" contenteditable="true"></div></div>',
      'quill',
    ],
    ['<div data-target class="fr-element fr-view" contenteditable="true"></div>', 'froala'],
    ['<div data-target class="redactor-editor" contenteditable="true"></div>', 'redactor'],
    ['<div data-target class="mce-content-body" contenteditable="true"></div>', 'tinymce'],
  ])('tells %s is %s', (html, kind) => {
    expect(detectEditorKind(editable(html))).toBe(kind);
  });

  it.each([
    ['<div data-target>read only text</div>'],
    ['<textarea data-target readonly></textarea>'],
    ['<input data-target type="password">'],
    ['<div data-target contenteditable="true" aria-readonly="true"></div>'],
  ])('returns null for %s, which cannot take a reply', (html) => {
    expect(detectEditorKind(editable(html))).toBeNull();
  });

  it('never throws on nothing', () => {
    expect(detectEditorKind(null)).toBeNull();
    expect(detectEditorKind(undefined)).toBeNull();
  });
});

describe('planInserters', () => {
  it('tries the routes that keep each editor’s model and undo first', () => {
    expect(planInserters('textarea')).toEqual(['exec-command', 'textfield']);
    expect(planInserters('ckeditor5')[0]).toBe('paste');
    expect(planInserters('quill')).toEqual(['quill1-api', 'paste', 'exec-command']);
    expect(planInserters('slate')[0]).toBe('beforeinput');
  });

  it("puts a site's preferred inserters first, once each, and ignores names it does not know", () => {
    expect(planInserters('prosemirror', ['exec-command', 'no-such-step', 'exec-command'])).toEqual([
      'exec-command',
      'paste',
    ]);
  });
});
