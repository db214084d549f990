/** What to put into the reply editor: rich editors take `html`, plain-text ones `text`. */
export interface ReplyContent {
  text: string;
  html?: string;
  /**
   * Text right before the caret that the reply replaces: an inline shortcut such as ";sorry" expanded with Tab.
   * When the editor no longer has exactly this before the caret, nothing is inserted.
   */
  replaceBeforeCaret?: string;
}

/** How an insertion went: which inserter succeeded after verifying the editor really changed. */
export interface InsertOutcome {
  ok: boolean;
  /** Name of the inserter that worked, e.g. 'exec-command', 'paste', 'beforeinput', 'textfield'. */
  method?: string;
  /** Editor kind detected, e.g. 'ckeditor5', 'prosemirror', 'textarea'. */
  editor?: string;
  /** Why it failed, for the agent: "No reply box is focused", … */
  error?: string;
  /** Inserters tried, in order, with why each one that did not land failed (for logs and bug reports). */
  attempts?: InsertAttempt[];
  /** Time from the request to the verified result, in ms (restoring focus, the steps, verification). */
  durationMs?: number;
}

export interface InsertAttempt {
  method: InserterName;
  result: 'inserted' | 'declined' | 'unchanged' | 'changed' | 'error';
  detail?: string;
}

/** Editor kinds the chain tells apart (lib/insert/detect.ts); each has its own inserter order. */
export type EditorKind =
  | 'textarea'
  | 'input'
  | 'plaintext-only'
  | 'contenteditable'
  | 'prosemirror'
  | 'ckeditor5'
  | 'ckeditor4'
  | 'lexical'
  | 'slate'
  | 'draft'
  | 'quill'
  | 'froala'
  | 'redactor'
  | 'tinymce';

export type InserterName =
  | 'textfield'
  | 'exec-command'
  | 'range'
  | 'paste'
  | 'beforeinput'
  | 'ckeditor5-api'
  | 'ckeditor4-api'
  | 'quill1-api'
  | 'tinymce-api';

/** Per-site overrides, from a site adapter (SITES.md §3). */
export interface InsertOptions {
  /** Inserters to try first, in this order, where the site's editor mishandles the default order. */
  preferredInserters?: readonly string[];
  /** The site keeps plain text only (chat composers): never hand the editor HTML. */
  plainTextOnly?: boolean;
  /** How long each step may take to show up in the editor before the next is tried. Default 1000 ms. */
  verifyTimeoutMs?: number;
}

/** A reply ready for an editor: `html` is sanitised (or absent), `text` has "\n" line breaks only. */
export interface PreparedReply {
  text: string;
  html?: string;
}

/** What a page-world action reports back. Advisory only: the chain verifies the editor itself. */
export interface PageActionResult {
  ok: boolean;
  reason?: string;
  /** Set by the bridge when the page's world could not be reached at all (script blocked): nothing ran. */
  unreachable?: boolean;
}

/** Steps that run in the page's own JavaScript world (entrypoints/insert-main-world.ts). */
export type PageActionName =
  'paste' | 'beforeinput' | 'ckeditor5-api' | 'ckeditor4-api' | 'quill1-api' | 'tinymce-api';

export type PageAction = (
  element: HTMLElement,
  reply: PreparedReply,
) => PageActionResult | Promise<PageActionResult>;

/** What inserters may use besides the element: the bridge to the page's world, when there is one. */
export interface InsertContext {
  runInPage?: (
    action: PageActionName,
    element: HTMLElement,
    reply: PreparedReply,
  ) => Promise<PageActionResult>;
}

/**
 * One way of putting text into an editor (STYLE.md §3.3). `insert` returns `{ ok: false }` without touching
 * the editor when it cannot apply (declined); otherwise the chain watches the editor to see whether it landed.
 */
export interface Inserter {
  name: InserterName;
  /** Editor-kind check, never a hostname check. */
  accepts(target: InsertTarget): boolean;
  insert(
    target: InsertTarget,
    reply: PreparedReply,
    context: InsertContext,
  ): PageActionResult | Promise<PageActionResult>;
}

/** The editable to insert into (an editing host or a text field) and its detected kind. */
export interface InsertTarget {
  element: HTMLElement;
  kind: EditorKind;
}
