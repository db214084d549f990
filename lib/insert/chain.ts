/**
 * The insertion chain: detect the editor kind, then try that kind's inserters in order (plan.ts), each one
 * verified in the editor itself (verify.ts) before the chain stops. A step that changed the editor without
 * the reply showing up ends the chain: trying the next one could put the reply in twice.
 */
import { detectEditorKind } from './detect';
import { resolveEditable } from './editable';
import { inserters } from './inserters';
import { planInserters } from './plan';
import { prepareReply, textFromHtml } from './reply';
import { focusEditable, selectBeforeCaret, type SavedSelection } from './selection';
import { watchInsertion, type Verdict } from './verify';
import type {
  InsertAttempt,
  InsertContext,
  InsertOptions,
  InsertOutcome,
  PageActionResult,
  ReplyContent,
} from './types';

export interface InsertRuntime extends InsertContext {
  /** Where the caret was before Tactful's UI took focus (from the tracker in focus.ts). */
  savedSelection?: SavedSelection | null;
}

const defaultTimeoutMs = 1000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One macrotask: long enough for an editor that declined to show it did nothing after all. */
function nextTask(element: HTMLElement): Promise<void> {
  const view = element.ownerDocument.defaultView;
  return new Promise((resolve) => (view ?? globalThis).setTimeout(resolve, 0));
}

/**
 * Inserts `reply` at the caret of `element` (a reply box: an editor's editable, a textarea, an input). Never
 * throws: whatever goes wrong comes back as `{ ok: false, error }` in words an agent can act on.
 */
export async function insertIntoEditor(
  element: HTMLElement | null | undefined,
  reply: unknown,
  options: InsertOptions = {},
  runtime: InsertRuntime = {},
): Promise<InsertOutcome> {
  const started = performance.now();
  const outcome = await runChain(element, reply, options, runtime);
  return { ...outcome, durationMs: Math.round((performance.now() - started) * 10) / 10 };
}

async function runChain(
  element: HTMLElement | null | undefined,
  reply: unknown,
  options: InsertOptions,
  runtime: InsertRuntime,
): Promise<InsertOutcome> {
  try {
    const host = resolveEditable(element);
    if (!host) {
      return {
        ok: false,
        error: 'No reply box to insert into: click into the reply editor, then try again.',
      };
    }
    const kind = detectEditorKind(host) ?? 'contenteditable';
    const prepared = prepareReply(reply, options);
    if (!prepared) return { ok: false, editor: kind, error: 'Nothing to insert: the reply is empty.' };
    const expected = [prepared.text, prepared.html ? textFromHtml(prepared.html) : ''];
    const attempts: InsertAttempt[] = [];
    const { replaceBeforeCaret } = reply as Partial<ReplyContent>;
    const shortcut = typeof replaceBeforeCaret === 'string' ? replaceBeforeCaret : '';
    const timeoutMs = options.verifyTimeoutMs ?? defaultTimeoutMs;

    for (const method of planInserters(kind, options.preferredInserters)) {
      const inserter = inserters[method];
      const target = { element: host, kind };
      if (!inserter.accepts(target)) continue;
      await focusEditable(host, runtime.savedSelection ?? null);
      if (shortcut && !(await selectBeforeCaret(host, shortcut))) {
        return {
          ok: false,
          editor: kind,
          attempts,
          error: `"${shortcut}" is no longer right before the caret, so nothing was replaced.`,
        };
      }
      const watch = watchInsertion(host, expected, { timeoutMs });
      let step: PageActionResult;
      let threw = false;
      try {
        step = await inserter.insert(target, prepared, runtime);
      } catch (error) {
        step = { ok: false, reason: messageOf(error) };
        threw = true;
      }
      if (step.ok) {
        watch.check();
      } else {
        await nextTask(host);
        watch.finish();
      }
      const verdict: Verdict = await watch.result;
      if (verdict === 'inserted') return { ok: true, method, editor: kind, attempts };
      attempts.push({
        method,
        result: verdict === 'changed' ? 'changed' : threw ? 'error' : step.ok ? 'unchanged' : 'declined',
        ...(step.reason ? { detail: step.reason } : {}),
      });
      if (verdict === 'changed') {
        return {
          ok: false,
          method,
          editor: kind,
          attempts,
          error:
            'The editor changed, but not into the reply. Tactful stopped there rather than risk inserting it twice: check the reply box.',
        };
      }
    }
    return {
      ok: false,
      editor: kind,
      attempts,
      error: 'This editor did not accept the reply. Copy it from the panel and paste it instead.',
    };
  } catch (error) {
    return { ok: false, error: `Insertion failed: ${messageOf(error)}` };
  }
}
