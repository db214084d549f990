/**
 * Did the reply really land? Editors take a synthetic event or command, or silently ignore it, or even take
 * it and put their old view back (CKEditor 5 with execCommand). So every step is followed by watching the
 * editor with a MutationObserver (and `input` events, for text fields) until its text holds one more copy of
 * the reply than before, or a timeout passes. Never sleep-then-compare (STYLE.md §4).
 */
import { isTextField } from './editable';

export type Verdict = 'inserted' | 'unchanged' | 'changed';

/** Text without any whitespace or invisible characters: editors re-flow paragraphs, nbsp and <br> freely. */
export function compactText(text: string): string {
  return text.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, '');
}

/** What the user sees as the editor's content, compacted. */
export function readEditorText(element: HTMLElement): string {
  const raw = isTextField(element) ? element.value : (element.textContent ?? '');
  return compactText(raw);
}

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count += 1;
  return count;
}

/** Letters and digits only: what an editor's typographic rewrites (smart quotes, dashes, autoformat) keep. */
function wordCharacters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Compares the compacted editor text before and after a step with the compacted reply. The reply landed when
 * the editor holds one more copy of it than before; an editor that rewrote some punctuation on the way (smart
 * quotes, dashes, list autoformat) still counts when its letters and digits arrived in one piece.
 */
export function judgeInsertion(before: string, after: string, expected: string): Verdict {
  if (after === before) return 'unchanged';
  if (countOccurrences(after, expected) > countOccurrences(before, expected)) return 'inserted';
  const words = wordCharacters(expected);
  const isRewritten =
    words.length > 0 &&
    countOccurrences(wordCharacters(after), words) > countOccurrences(wordCharacters(before), words);
  return isRewritten ? 'inserted' : 'changed';
}

export interface WatchOptions {
  /** How long to wait for the editor to show the reply. */
  timeoutMs: number;
  /** How long the reply must stay before it counts (editors that revert do so within a task or two). */
  settleMs?: number;
}

export interface InsertionWatch {
  /** The verdict: as soon as the reply has landed and stayed, else at the timeout. */
  result: Promise<Verdict>;
  /** Re-checks now (after a synchronous step) without waiting for a mutation. */
  check(): void;
  /** Stops watching and resolves with the verdict of the moment. */
  finish(): void;
}

/** Starts watching `element` before a step runs, so no change is missed. */
export function watchInsertion(
  element: HTMLElement,
  expectedTexts: readonly string[],
  options: WatchOptions,
): InsertionWatch {
  const view = element.ownerDocument.defaultView;
  const expected = [...new Set(expectedTexts.map(compactText).filter(Boolean))];
  const before = readEditorText(element);
  const settleMs = options.settleMs ?? 40;
  let resolveResult: (verdict: Verdict) => void = () => undefined;
  const result = new Promise<Verdict>((resolve) => {
    resolveResult = resolve;
  });
  let settleTimer: number | undefined;
  let isDone = false;

  // Rich steps may insert the HTML version and text steps the text; either landing counts.
  const verdictNow = (): Verdict => {
    const after = readEditorText(element);
    const verdicts = expected.map((text) => judgeInsertion(before, after, text));
    return verdicts.includes('inserted') ? 'inserted' : (verdicts[0] ?? 'unchanged');
  };
  const finish = () => {
    if (isDone) return;
    isDone = true;
    observer?.disconnect();
    element.removeEventListener('input', check);
    if (view) {
      view.clearTimeout(timeout);
      view.clearTimeout(settleTimer);
    }
    resolveResult(verdictNow());
  };
  function check() {
    if (isDone || !view) return;
    view.clearTimeout(settleTimer);
    if (verdictNow() === 'inserted') {
      settleTimer = view.setTimeout(() => {
        if (verdictNow() === 'inserted') finish();
      }, settleMs);
    }
  }

  const MutationObserverClass = view?.MutationObserver;
  const observer = MutationObserverClass ? new MutationObserverClass(check) : null;
  observer?.observe(element, { childList: true, characterData: true, subtree: true });
  element.addEventListener('input', check);
  const timeout = view ? view.setTimeout(finish, options.timeoutMs) : undefined;
  if (!view) finish();
  return { result, check, finish };
}
