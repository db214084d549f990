/**
 * The order in which inserters are tried for each editor kind. Order matters: the first step that the editor
 * really takes wins, so each list starts with the route that keeps the editor's own model, undo and caret
 * right, and ends with blunter fallbacks. Measured on this machine's Chromium (RECIPE.md §6, the e2e matrix
 * in test/e2e/insert.e2e.ts) and from Briskine's editor chain (SITES.md §1).
 */
import type { EditorKind, InserterName } from './types';

const insertOrder: Record<EditorKind, readonly InserterName[]> = {
  // execCommand keeps the browser's native undo; setRangeText works everywhere but is not undoable.
  textarea: ['exec-command', 'textfield'],
  input: ['exec-command', 'textfield'],
  'plaintext-only': ['exec-command', 'range'],
  contenteditable: ['exec-command', 'range'],
  redactor: ['exec-command', 'range'],
  // ProseMirror's paste handler parses paragraphs into its schema in one undoable transaction; execCommand
  // also works for one line but leaves multi-line text to its DOM-diffing.
  prosemirror: ['paste', 'exec-command'],
  // CKEditor 5 ignores execCommand (its renderer puts the old view back); paste and its own API both work.
  ckeditor5: ['paste', 'ckeditor5-api', 'beforeinput'],
  // CKEditor 4's insertHtml keeps its undo snapshots; paste goes through its clipboard pipeline.
  ckeditor4: ['ckeditor4-api', 'paste', 'exec-command'],
  // Lexical handles a paste's DataTransfer and Briskine's beforeinput 'insertReplacementText'.
  lexical: ['paste', 'beforeinput', 'exec-command'],
  // Slate acts on beforeinput with a DataTransfer; its paste handler takes plain-text pastes only.
  slate: ['beforeinput', 'paste', 'exec-command'],
  // Draft.js splits a pasted text into blocks; execCommand with line breaks confuses its DOM reconciliation.
  draft: ['paste', 'exec-command'],
  // Quill 1's paste reads the browser's own paste target, so a synthetic paste does nothing: use its API. The
  // API step declines on Quill 2, whose paste handler reads the event's clipboardData.
  quill: ['quill1-api', 'paste', 'exec-command'],
  froala: ['exec-command', 'paste'],
  // TinyMCE's insertContent is one undo level and keeps its model in step; execCommand also works.
  tinymce: ['tinymce-api', 'exec-command', 'paste'],
};

const knownNames = new Set<string>(Object.values(insertOrder).flat());

function isInserterName(name: string): name is InserterName {
  return knownNames.has(name);
}

/** Inserters to try for `kind`: the site's preferred ones first (unknown names ignored), then the defaults. */
export function planInserters(kind: EditorKind, preferred: readonly string[] = []): InserterName[] {
  const plan: InserterName[] = [];
  for (const name of [...preferred, ...insertOrder[kind]]) {
    if (isInserterName(name) && !plan.includes(name)) plan.push(name);
  }
  return plan;
}
