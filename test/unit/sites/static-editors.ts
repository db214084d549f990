/**
 * Unit tests do not run the editor bundles (happy-dom runs no page scripts), so each `[data-editor]` mount is
 * given the markup its real editor renders, with the site's attributes from `data-editable-attrs` /
 * `data-frame-attrs` (what test/fixtures/sites/site-editors.js does in a browser). Class names are the ones
 * the editors really add; the end-to-end tests check the real editors.
 */

type Builder = (host: HTMLElement, doc: Document) => { editable: HTMLElement; frame?: HTMLIFrameElement };

function moveChildren(from: HTMLElement, to: HTMLElement): void {
  while (from.firstChild) to.append(from.firstChild);
}

function inner(classes: string, extra: Record<string, string> = {}): Builder {
  return (host, doc) => {
    const editable = doc.createElement('div');
    editable.className = classes;
    editable.setAttribute('contenteditable', 'true');
    for (const [name, value] of Object.entries(extra)) editable.setAttribute(name, value);
    moveChildren(host, editable);
    host.append(editable);
    return { editable };
  };
}

function iframe(frameClass: string, bodyAttributes: string): Builder {
  return (host, doc) => {
    const frame = doc.createElement('iframe');
    frame.className = frameClass;
    frame.setAttribute('srcdoc', `<html><body ${bodyAttributes}>${host.innerHTML}</body></html>`);
    host.replaceChildren();
    host.after(frame);
    host.style.display = 'none';
    return { editable: host, frame };
  };
}

const builders: Record<string, Builder> = {
  textarea: (host) => ({ editable: host }),
  contenteditable: (host) => {
    host.setAttribute('contenteditable', 'true');
    return { editable: host };
  },
  'plaintext-only': (host) => {
    host.setAttribute('contenteditable', 'plaintext-only');
    return { editable: host };
  },
  prosemirror: inner('ProseMirror', { translate: 'no' }),
  ckeditor5: (host, doc) => {
    // ClassicEditor hides the source element and renders its own editable after it.
    const editable = doc.createElement('div');
    editable.className = 'ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline';
    editable.setAttribute('contenteditable', 'true');
    editable.setAttribute('role', 'textbox');
    moveChildren(host, editable);
    host.style.display = 'none';
    host.after(editable);
    return { editable };
  },
  lexical: inner('', { 'data-lexical-editor': 'true' }),
  draft: inner('public-DraftEditor-content', { role: 'textbox' }),
  froala: inner('fr-element fr-view'),
  ckeditor4: iframe(
    'cke_wysiwyg_frame cke_reset',
    'class="cke_editable cke_editable_themed cke_contents_ltr" contenteditable="true" spellcheck="false"',
  ),
  tinymce: iframe('tox-edit-area__iframe', 'id="tinymce" class="mce-content-body" contenteditable="true"'),
  'tinymce-inline': (host) => {
    host.classList.add('mce-content-body');
    host.setAttribute('contenteditable', 'true');
    return { editable: host };
  },
  quill2: inner('ql-editor'),
  quill1: inner('ql-editor'),
  slate: inner('', { 'data-slate-editor': 'true', role: 'textbox' }),
};

function applyAttributes(element: Element | undefined, json: string | undefined): void {
  if (!element || !json) return;
  for (const [name, value] of Object.entries(JSON.parse(json) as Record<string, string>)) {
    if (name === 'class') element.classList.add(...value.split(/\s+/).filter(Boolean));
    else element.setAttribute(name, value);
  }
}

/** Gives every `[data-editor]` under `root` its editor's static markup; iframe bodies are set once loaded. */
export function mountStaticEditors(doc: Document): void {
  for (const host of Array.from(doc.querySelectorAll<HTMLElement>('[data-editor]'))) {
    const build = builders[host.dataset.editor ?? ''];
    if (!build) throw new Error(`unknown editor kind "${host.dataset.editor ?? ''}"`);
    const { editable, frame } = build(host, doc);
    applyAttributes(frame, host.dataset.frameAttrs);
    if (!frame) applyAttributes(editable, host.dataset.editableAttrs);
    else frame.dataset.pendingEditableAttrs = host.dataset.editableAttrs ?? '';
  }
}

/** After iframes loaded: the site's attributes on the iframe editors' bodies. */
export function finishFrameEditors(doc: Document): void {
  for (const frame of Array.from(
    doc.querySelectorAll<HTMLIFrameElement>('iframe[data-pending-editable-attrs]'),
  )) {
    applyAttributes(frame.contentDocument?.body ?? undefined, frame.dataset.pendingEditableAttrs);
    delete frame.dataset.pendingEditableAttrs;
  }
}
