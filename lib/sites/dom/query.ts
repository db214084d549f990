/**
 * Ordered selector lists (STYLE.md §3.2): the first selector that matches wins, and the trace records which one,
 * so a site redesign shows up as "matched the legacy fallback" or "matched nothing" instead of silently.
 */
import type { SelectorTrace, TracePart } from '../types';
import { isHidden } from './visibility';

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    // A selector the engine does not support (e.g. :has in an old browser) is a miss, not a crash.
    return [];
  }
}

/** The first element matched by the earliest selector in `selectors` that `accept` allows. */
export function queryFirst(
  root: ParentNode,
  selectors: readonly string[],
  trace?: SelectorTrace,
  part?: TracePart,
  accept: (element: Element) => boolean = () => true,
): Element | null {
  for (const selector of selectors) {
    const found = safeQueryAll(root, selector).find(accept);
    if (found) {
      if (trace && part) trace[part] = selector;
      return found;
    }
  }
  return null;
}

/** All elements matched by the earliest selector that matches anything, outermost only, in document order. */
export function queryAllFirst(
  root: ParentNode,
  selectors: readonly string[],
  trace?: SelectorTrace,
  part?: TracePart,
): Element[] {
  for (const selector of selectors) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) {
      if (trace && part) trace[part] = selector;
      // A selector may match a message and a nested copy of it; keep the outermost.
      const matched = new Set(found);
      return found.filter((element) => {
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (matched.has(parent)) return false;
        }
        return true;
      });
    }
  }
  return [];
}

/** The first visible element for `selectors` (hidden tabs, collapsed panes and templates are skipped). */
export function queryFirstVisible(
  root: ParentNode,
  selectors: readonly string[],
  trace?: SelectorTrace,
  part?: TracePart,
): Element | null {
  return queryFirst(root, selectors, trace, part, (element) => !isHidden(element));
}

/** The first visible match of `selectors`, widened to its ancestor that also holds `composer` (if any). */
export function findPane(
  doc: Document,
  selectors: readonly string[],
  composer: string,
  trace: SelectorTrace,
  maxLevels = 4,
): Element | null {
  const view = queryFirstVisible(doc, selectors, trace, 'conversation');
  return view ? (closestContaining(view, composer, maxLevels) ?? view) : null;
}

/**
 * From `start`, the nearest ancestor (at most `maxLevels` up) that also contains `selector`: a message stream's
 * conversation column is the ancestor that holds its composer too.
 */
export function closestContaining(start: Element, selector: string, maxLevels = 8): Element | null {
  let node: Element | null = start;
  for (let level = 0; node && level <= maxLevels; level += 1) {
    if (node.querySelector(selector)) return node;
    node = node.parentElement;
  }
  return null;
}

/** The first visible element for `selectors` that contains `inside` (a composer, a message list). */
export function queryFirstVisibleContaining(
  root: ParentNode,
  selectors: readonly string[],
  inside: string,
  trace?: SelectorTrace,
  part?: TracePart,
): Element | null {
  return queryFirst(
    root,
    selectors,
    trace,
    part,
    (element) => !isHidden(element) && element.querySelector(inside) !== null,
  );
}
