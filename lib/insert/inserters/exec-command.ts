/**
 * document.execCommand('insertText' / 'insertHTML'): the browser's own editing command, so the page's editor
 * sees ordinary input and the browser's undo stack records one step. First choice for textareas and plain
 * contenteditables (Gmail, Outlook, LinkedIn messaging, Front), TinyMCE and Froala; a fallback for the
 * framework editors, most of which pick it up from the DOM change (RECIPE.md §6). CKEditor 5 ignores it.
 */
import type { EditorKind, Inserter, PageActionResult } from '../types';

/** Editors that take the browser's own HTML insertion as it is. Framework editors get text instead. */
const takesNativeHtml = new Set<EditorKind>([
  'contenteditable',
  'redactor',
  'froala',
  'tinymce',
  'ckeditor4',
]);

/** Firefox turns "\n" in insertText into <br> rather than paragraphs (SITES.md §1): insert line by line. */
function isFirefox(view: Window | null): boolean {
  return /\bFirefox\//.test(view?.navigator.userAgent ?? '');
}

/**
 * execCommand is deprecated with no replacement: it is still the only way to edit as the user would, with
 * the browser's own undo, and every engine keeps it for that reason.
 */
function runEditingCommand(doc: Document, command: string, value?: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return doc.execCommand(command, false, value);
}

export const execCommandInserter: Inserter = {
  name: 'exec-command',
  accepts: () => true,
  insert({ element, kind }, reply): PageActionResult {
    const doc = element.ownerDocument;
    let done: boolean;
    if (reply.html && takesNativeHtml.has(kind)) {
      done = runEditingCommand(doc, 'insertHTML', reply.html);
    } else if (
      isFirefox(doc.defaultView) &&
      kind !== 'textarea' &&
      kind !== 'input' &&
      reply.text.includes('\n')
    ) {
      done = reply.text.split('\n').every((line, index) => {
        const broke = index === 0 || runEditingCommand(doc, 'insertParagraph');
        return broke && (line === '' || runEditingCommand(doc, 'insertText', line));
      });
    } else {
      done = runEditingCommand(doc, 'insertText', reply.text);
    }
    return done ? { ok: true } : { ok: false, reason: 'the browser refused the editing command' };
  },
};
