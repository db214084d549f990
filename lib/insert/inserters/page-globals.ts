/**
 * Editor instances that only the page's JavaScript world can see: globals (CKEDITOR, tinymce) and DOM
 * expandos (ckeditorInstance, __quill). Iframe editors keep their global in the window that created them, which
 * is usually the parent of the iframe they edit, so the search climbs same-origin parents.
 */

export function pageGlobal(element: Element, name: string): unknown {
  let view: Window | null = element.ownerDocument.defaultView;
  for (let depth = 0; view && depth < 10; depth += 1) {
    const value: unknown = (view as unknown as Record<string, unknown>)[name];
    // Skip elements reached by id: TinyMCE's iframe body is <body id="tinymce">, so that window's `tinymce`
    // is the body, and the editor's global lives one window up.
    if (value !== undefined && !isNode(value)) return value;
    try {
      view = view.parent === view ? null : view.parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function isNode(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Node>).nodeType === 'number';
}

export function expando(target: object | null, name: string): unknown {
  return target ? (target as Record<string, unknown>)[name] : undefined;
}

export function hasMethods<T extends string>(
  value: unknown,
  ...names: T[]
): value is Record<T, (...args: never[]) => unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')
  );
}
