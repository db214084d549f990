/**
 * Which kind of editor an element is (SITES.md §4.2). The chain asks "what editor is this?", never "which
 * site is this?": the same few editors run under every helpdesk. Checks go from the most specific marker to the
 * least, because several editors are also plain contenteditables underneath.
 */
import { isTextField, isWritable } from './editable';
import type { EditorKind } from './types';

/** Markers set by the editors themselves, most specific first. */
const markers: readonly [EditorKind, (root: HTMLElement) => boolean][] = [
  [
    'ckeditor5',
    (root) => root.classList.contains('ck-editor__editable') || root.closest('.ck-editor__editable') !== null,
  ],
  // CKEditor 4 edits the <body> of its iframe (classic) or a div (inline); both carry .cke_editable.
  [
    'ckeditor4',
    (root) => root.classList.contains('cke_editable') || isBodyOfFrame(root, 'cke_wysiwyg_frame'),
  ],
  // Also TipTap, which renders a ProseMirror view.
  ['prosemirror', (root) => root.classList.contains('ProseMirror')],
  ['lexical', (root) => root.hasAttribute('data-lexical-editor')],
  ['slate', (root) => root.hasAttribute('data-slate-editor')],
  [
    'draft',
    (root) =>
      root.classList.contains('public-DraftEditor-content') ||
      root.querySelector(':scope > [data-contents]') !== null,
  ],
  // Quill 1 and 2 look the same from the DOM; only the page's world can tell them apart (quill1-api).
  ['quill', (root) => root.classList.contains('ql-editor')],
  ['froala', (root) => root.classList.contains('fr-element')],
  [
    'redactor',
    (root) =>
      ['redactor-editor', 'redactor_editor', 'redactor-in'].some((name) => root.classList.contains(name)),
  ],
  [
    'tinymce',
    (root) =>
      root.classList.contains('mce-content-body') || (root.localName === 'body' && root.id === 'tinymce'),
  ],
];

function isBodyOfFrame(root: HTMLElement, frameClass: string): boolean {
  if (root.localName !== 'body') return false;
  try {
    return root.ownerDocument.defaultView?.frameElement?.classList.contains(frameClass) ?? false;
  } catch {
    return false;
  }
}

/** The editor kind of a writable element (an editing host or a text field), or null when it is not writable. */
export function detectEditorKind(element: HTMLElement | null | undefined): EditorKind | null {
  if (!element || !isWritable(element)) return null;
  if (isTextField(element)) return element.localName === 'textarea' ? 'textarea' : 'input';
  for (const [kind, matches] of markers) if (matches(element)) return kind;
  const mode = element.getAttribute('contenteditable');
  if (mode?.toLowerCase() === 'plaintext-only' || element.contentEditable === 'plaintext-only')
    return 'plaintext-only';
  return 'contenteditable';
}
