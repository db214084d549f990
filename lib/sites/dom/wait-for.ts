/**
 * Waiting for an element the page mounts later (a reply editor after clicking "Reply"): a MutationObserver
 * with a timeout, never a sleep loop. Resolves null on timeout and always disconnects.
 */
export function waitForElement<T>(root: Node, find: () => T | null, timeoutMs: number): Promise<T | null> {
  const immediate = find();
  if (immediate) return Promise.resolve(immediate);
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  return new Promise((resolve) => {
    const observer = new Observer(() => {
      const found = find();
      if (found) finish(found);
    });
    const timer = setTimeout(() => {
      finish(find());
    }, timeoutMs);
    function finish(value: T | null): void {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** Clicks the first enabled button among `selectors` inside `scope`, then waits for `find`. */
export async function clickThenWait<T>(
  scope: Element,
  selectors: readonly string[],
  find: () => T | null,
  timeoutMs: number,
): Promise<T | null> {
  const existing = find();
  if (existing) return existing;
  for (const selector of selectors) {
    const button = scope.querySelector<HTMLElement>(selector);
    if (button && !(button as HTMLButtonElement).disabled) {
      button.click();
      return waitForElement(scope.ownerDocument.body ?? scope, find, timeoutMs);
    }
  }
  return null;
}
