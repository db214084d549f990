/**
 * Following a single-page app (SITES.md §3 "watch"): one throttled MutationObserver on the adapter's stable root
 * (else <body>) plus URL-change events, no polling. Typing in the reply box and Tactful's own UI are ignored.
 * `onChange` runs only when the reading changed (another ticket, a new customer message, a new reply box).
 */
import type { ConversationSnapshot, ReadHint, ReadOptions } from './types';
import { isTactfulUi } from './dom/editable';
import { isElement } from './dom/composed';
import { readConversation } from './read-conversation';
import { safely } from './reading';
import { siteAdapters } from './registry';

export interface WatchOptions {
  /** What the focus tracker knows, asked again before every reading. */
  hint?: () => ReadHint;
  /** Minimum time between two readings, in ms. Default 50: the panel must follow a new message within 100 ms. */
  throttleMs?: number;
  /** Stops the watcher when aborted (pass WXT's `ctx.signal`). */
  signal?: AbortSignal;
  read?: ReadOptions;
}

export interface ConversationWatcher {
  /** The latest reading. */
  readonly current: ConversationSnapshot;
  /** Reads again soon (e.g. on WXT's `wxt:locationchange`, or after Tactful inserted a reply). */
  refresh(): void;
  /** Disconnects the observer and removes every listener. Safe to call twice. */
  stop(): void;
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

function hasChanged(next: ConversationSnapshot, previous: ConversationSnapshot): boolean {
  return (
    next.key !== previous.key ||
    next.replyBox !== previous.replyBox ||
    next.conversation !== previous.conversation ||
    next.site !== previous.site
  );
}

function observeRootFor(doc: Document, snapshot: ConversationSnapshot): Node {
  const adapter = siteAdapters.find((candidate) => candidate.id === snapshot.site);
  const root = adapter?.observeRoot ? safely(() => adapter.observeRoot?.(doc) ?? null, null) : null;
  return root ?? doc.body ?? doc.documentElement;
}

/**
 * Reads the conversation now (calling `onChange` with it) and again whenever it changes, until stopped.
 * Never throws; a failing `onChange` does not stop the watcher.
 */
export function watchConversation(
  doc: Document,
  onChange: (snapshot: ConversationSnapshot, previous: ConversationSnapshot | null) => void,
  options: WatchOptions = {},
): ConversationWatcher {
  const view = doc.defaultView;
  const throttleMs = Math.max(0, options.throttleMs ?? 50);
  const read = () =>
    readConversation(
      doc,
      doc.location?.href ?? doc.URL,
      safely(() => options.hint?.() ?? {}, {}),
      options.read,
    );
  const notify = (next: ConversationSnapshot, previous: ConversationSnapshot | null) => {
    safely(() => {
      onChange(next, previous);
    }, undefined);
  };

  let current = read();
  let lastReadAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let root = observeRootFor(doc, current);

  const flush = () => {
    timer = undefined;
    if (stopped) return;
    const next = read();
    lastReadAt = Date.now();
    const nextRoot = observeRootFor(doc, next);
    if (nextRoot !== root) {
      observer.disconnect();
      root = nextRoot;
      observer.observe(root, observed);
    }
    if (hasChanged(next, current)) {
      const previous = current;
      current = next;
      notify(next, previous);
    } else {
      current = next;
    }
  };

  const schedule = () => {
    if (stopped || timer !== undefined) return;
    // Our own task, not the page's: the read never lengthens the host's mutation task.
    timer = setTimeout(flush, Math.max(0, lastReadAt + throttleMs - Date.now()));
  };

  const isRelevant = (records: MutationRecord[]) =>
    records.some((record) => {
      const target = record.target;
      if (current.replyBox?.contains(target)) return false; // the agent typing
      const element = isElement(target) ? target : target.parentElement;
      if (!element || isTactfulUi(element)) return false;
      // Class and style churn (spinners, hover states) matters only around the conversation being shown.
      const isCosmetic =
        record.type === 'attributes' &&
        (record.attributeName === 'class' || record.attributeName === 'style');
      return !isCosmetic || !current.conversation || element.contains(current.conversation);
    });

  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;
  const observer = new Observer((records) => {
    if (isRelevant(records)) schedule();
  });
  const observed: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    // Tab switches often only flip these (Zendesk's data-is-active, hidden panes).
    attributeFilter: [
      'hidden',
      'style',
      'class',
      'aria-hidden',
      'aria-selected',
      'data-is-active',
      'data-ticket-id',
    ],
  };
  observer.observe(root, observed);

  // pushState fires no event for content scripts; the Navigation API does, and SPA navigations also mutate the DOM.
  const navigation = (view as (Window & { navigation?: NavigationLike }) | null)?.navigation;
  const onLocation = () => {
    schedule();
  };
  view?.addEventListener('popstate', onLocation);
  view?.addEventListener('hashchange', onLocation);
  navigation?.addEventListener('currententrychange', onLocation);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    view?.removeEventListener('popstate', onLocation);
    view?.removeEventListener('hashchange', onLocation);
    navigation?.removeEventListener('currententrychange', onLocation);
    options.signal?.removeEventListener('abort', stop);
  };
  if (options.signal?.aborted) stop();
  else options.signal?.addEventListener('abort', stop);

  notify(current, null);
  return {
    get current() {
      return current;
    },
    refresh: schedule,
    stop,
  };
}
