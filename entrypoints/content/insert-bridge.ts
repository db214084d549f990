/**
 * Insertion's wiring in the content script: tracks the reply box the agent last focused, answers the
 * `insertReply` message (popup, panel, tests), and gives the panel `insertReply()` to call directly. The
 * page-world script is injected on the first step that needs it, with a fresh random channel.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { injectScript } from 'wxt/utils/inject-script';
import {
  findOnlyEditable,
  focusEditable,
  insertIntoEditor,
  resolveEditable,
  requestPageAction,
  trackLastEditable,
  type EditableTracker,
  type InsertOptions,
  type InsertOutcome,
  type PageActionName,
  type PageActionResult,
  type PreparedReply,
  type ReplyContent,
} from '@/lib/insert';
import { onMessages } from '@/lib/messaging/browser';

/** The site adapter's reply box (used when the agent focused none) and the site's insertion options. */
export type ReplyBoxResolver = () => { target?: HTMLElement | null; options?: InsertOptions } | null;

export interface InsertReplyOptions extends InsertOptions {
  /** The reply box (or an editor's wrapper or iframe); defaults to the editable the agent last focused. */
  target?: HTMLElement | null;
}

let tracker: EditableTracker | null = null;
let resolveReplyBox: ReplyBoxResolver = () => null;
let pageChannel: Promise<string | null> | null = null;

/** Injects the page-world script once per page; null when the page blocks it (the DOM-only steps still run). */
function openPageChannel(): Promise<string | null> {
  pageChannel ??= (async () => {
    const channel = `tactful-${crypto.randomUUID()}`;
    try {
      await injectScript('/insert-main-world.js', {
        modifyScript(script) {
          script.dataset.tactfulChannel = channel;
        },
      });
      return channel;
    } catch {
      return null;
    }
  })();
  return pageChannel;
}

async function runInPage(
  action: PageActionName,
  element: HTMLElement,
  reply: PreparedReply,
): Promise<PageActionResult> {
  const channel = await openPageChannel();
  if (!channel) return { ok: false, unreachable: true, reason: 'the page blocked the page-world script' };
  return requestPageAction(channel, element, action, reply);
}

/** The editable the agent last focused (through shadow roots and same-origin iframes), if still there. */
export function lastFocusedEditable(): HTMLElement | null {
  return tracker?.current() ?? null;
}

/**
 * Gives the editor the agent last focused its focus back, caret where they left it (closing the panel with
 * Escape returns keyboard users to their reply). Does nothing when there is none.
 */
export async function restoreEditorFocus(): Promise<void> {
  const editor = tracker?.current();
  if (editor) await focusEditable(editor, tracker?.savedSelection() ?? null);
}

/** Lets the site layer say where replies go (its adapter's reply box, preferred inserters, plain text). */
export function setReplyBoxResolver(resolver: ReplyBoxResolver): void {
  resolveReplyBox = resolver;
}

/**
 * Inserts a reply at the caret of the reply box: the caller's `target`, else the editable the agent focused
 * last (where they meant the reply to go), else the site adapter's reply box, else the page's only editable.
 * The site's options (preferred inserters, plain text only) apply whichever it is. Never throws.
 */
export async function insertReply(
  reply: ReplyContent,
  options: InsertReplyOptions = {},
): Promise<InsertOutcome> {
  let resolved: ReturnType<ReplyBoxResolver> = null;
  try {
    resolved = resolveReplyBox();
  } catch {
    resolved = null;
  }
  const focused = tracker?.current() ?? null;
  const target =
    resolveEditable(options.target ?? focused ?? resolved?.target) ??
    (options.target ? null : findOnlyEditable(document));
  const savedSelection = target && target === focused ? tracker?.savedSelection() : null;
  return insertIntoEditor(target, reply, { ...resolved?.options, ...options }, { savedSelection, runInPage });
}

/** Starts tracking and answering `insertReply`; stops with the content script. */
export function startInsertBridge(ctx: ContentScriptContext): void {
  tracker = trackLastEditable(document);
  const stopMessages = onMessages({ insertReply: (reply) => insertReply(reply) });
  ctx.onInvalidated(() => {
    stopMessages();
    tracker?.stop();
    tracker = null;
  });
}
