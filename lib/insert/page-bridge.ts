/**
 * Request/response between the content script (isolated world) and entrypoints/insert-main-world.ts (the page's
 * world), over CustomEvents on a random per-page channel that the content script makes up and hands to the
 * script it injects. Payloads are JSON strings, which cross worlds in every browser.
 *
 * Trust: only the content script starts an insertion, and it never acts on a page-originated event. A page
 * that learns the channel could ask the page-world script to paste text into its own editor, which it can do
 * itself anyway, or fake an answer, which changes nothing: the content script verifies the editor on its own
 * (verify.ts) and treats answers as hints.
 */
import { editableFrom } from './editable';
import { deepActiveElement, frameDocument, isFrame, outermostFrameOf } from './frames';
import type { PageAction, PageActionName, PageActionResult, PreparedReply } from './types';

interface PageRequest {
  id: string;
  action: PageActionName;
  reply: PreparedReply;
  /** Same-origin iframes between the element the event is dispatched on and the editor. */
  frames: number;
}

const requestEventOf = (channel: string) => `${channel}:request`;
const responseEventOf = (channel: string) => `${channel}:response`;

function parseJson(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string') return null;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function randomId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/** Content-script side: asks the page's world to run `action` on `element`. Resolves, never rejects. */
export function requestPageAction(
  channel: string,
  element: HTMLElement,
  action: PageActionName,
  reply: PreparedReply,
  timeoutMs = 3000,
): Promise<PageActionResult> {
  // The page-world script listens in the top document; an editor in an iframe is reached through its frame.
  const { host, frames } = outermostFrameOf(element);
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return Promise.resolve({ ok: false, reason: 'detached document' });
  const request: PageRequest = { id: randomId(), action, reply, frames };
  return new Promise((resolve) => {
    const finish = (result: PageActionResult) => {
      doc.removeEventListener(responseEventOf(channel), onResponse);
      view.clearTimeout(timer);
      resolve(result);
    };
    const onResponse = (event: Event) => {
      const answer = parseJson((event as CustomEvent<unknown>).detail);
      if (answer?.id !== request.id) return;
      finish({
        ok: answer.ok === true,
        ...(typeof answer.reason === 'string' ? { reason: answer.reason } : {}),
      });
    };
    doc.addEventListener(responseEventOf(channel), onResponse);
    const timer = view.setTimeout(() => {
      finish({ ok: false, reason: "the page's world did not answer" });
    }, timeoutMs);
    host.dispatchEvent(
      new view.CustomEvent(requestEventOf(channel), {
        detail: JSON.stringify(request),
        bubbles: true,
        composed: true,
      }),
    );
  });
}

function readRequest(
  detail: unknown,
  actions: Partial<Record<PageActionName, PageAction>>,
): PageRequest | null {
  const data = parseJson(detail);
  const reply = data?.reply as Partial<PreparedReply> | undefined;
  if (
    !data ||
    typeof data.id !== 'string' ||
    typeof data.action !== 'string' ||
    !Object.hasOwn(actions, data.action) ||
    typeof reply?.text !== 'string' ||
    (reply.html !== undefined && typeof reply.html !== 'string') ||
    typeof data.frames !== 'number'
  ) {
    return null;
  }
  const html = reply.html;
  return {
    id: data.id,
    action: data.action as PageActionName,
    reply: html ? { text: reply.text, html } : { text: reply.text },
    frames: Math.max(0, Math.min(10, Math.floor(data.frames))),
  };
}

/** The editor a request is for: the event's target, or the focused editable inside the frames it names. */
function resolveTarget(event: Event, frames: number): HTMLElement | null {
  let target = (event.composedPath()[0] ?? event.target) as Element | null;
  for (let depth = 0; target && depth < frames; depth += 1) {
    const inner = isFrame(target) ? frameDocument(target) : null;
    target = inner ? deepActiveElement(inner) : null;
  }
  return editableFrom(target);
}

/** Page-world side: answers requests on `channel` with `actions`. Returns a function that stops serving. */
export function servePageActions(
  doc: Document,
  channel: string,
  actions: Partial<Record<PageActionName, PageAction>>,
): () => void {
  const respond = (id: string, result: PageActionResult) => {
    const view = doc.defaultView;
    if (!view) return;
    doc.dispatchEvent(
      new view.CustomEvent(responseEventOf(channel), { detail: JSON.stringify({ id, ...result }) }),
    );
  };
  const onRequest = (event: Event) => {
    const request = readRequest((event as CustomEvent<unknown>).detail, actions);
    if (!request) return;
    event.stopImmediatePropagation();
    const action = actions[request.action];
    const target = resolveTarget(event, request.frames);
    if (!action || !target) {
      respond(request.id, { ok: false, reason: 'no editable element at the request' });
      return;
    }
    Promise.resolve()
      .then(() => action(target, request.reply))
      .then(
        (result) => {
          respond(request.id, result);
        },
        (error: unknown) => {
          respond(request.id, { ok: false, reason: error instanceof Error ? error.message : String(error) });
        },
      );
  };
  doc.addEventListener(requestEventOf(channel), onRequest, true);
  return () => {
    doc.removeEventListener(requestEventOf(channel), onRequest, true);
  };
}
