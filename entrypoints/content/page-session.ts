/**
 * The content script's view of the page: the site snapshot (lib/sites, kept current by its throttled watcher
 * through single-page navigation and host re-renders), the agent's remembered selection, and Tactful's
 * settings. React reads it through `subscribe`/`getState` (useSyncExternalStore); everything stops with
 * WXT's `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelPage } from '@/components/panel/types';
import { sendMessage } from '@/lib/messaging/browser';
import {
  rememberSelection,
  watchConversation,
  type ConversationSnapshot,
  type ConversationWatcher,
} from '@/lib/sites';
import { defaultSettings, type Settings } from '@/lib/storage/settings';
import { lastFocusedEditable, setReplyBoxResolver } from './insert-bridge';

export interface SessionState {
  page: PanelPage;
  settings: Settings;
  /** The launcher is hidden on this host (Settings.dismissedSites). */
  isDismissed: boolean;
}

export interface PageSession {
  subscribe(listener: () => void): () => void;
  getState(): SessionState;
  /** The site's reply box when the agent has focused none (lib/insert's tracker knows the focused one). */
  replyBox(): HTMLElement | null;
  /** Reads the page again soon (throttled by the watcher). */
  refresh(): void;
  forgetSelection(): void;
  reloadSettings(): Promise<void>;
  setDismissed(isDismissed: boolean): Promise<void>;
}

/** The panel's reading of a snapshot. Same key and same values give the same object, so React skips work. */
function toPanelPage(snapshot: ConversationSnapshot, previous: PanelPage | null): PanelPage {
  const page: PanelPage = {
    url: snapshot.url,
    host: location.hostname,
    site: snapshot.site,
    siteName: snapshot.siteName,
    message: snapshot.lastCustomerText,
    messageSource: snapshot.customerMessageSource,
    customer: {
      ...(snapshot.customer.name && { name: snapshot.customer.name }),
      ...(snapshot.customer.email && { email: snapshot.customer.email }),
    },
    ticketId: snapshot.ticketId,
    orderIds: snapshot.orderIds,
    key: snapshot.key,
  };
  return previous && JSON.stringify(previous) === JSON.stringify(page) ? previous : page;
}

export function startPageSession(ctx: ContentScriptContext): PageSession {
  const listeners = new Set<() => void>();
  const selection = rememberSelection(document);
  let settings: Settings = defaultSettings;
  let snapshot: ConversationSnapshot | null = null;
  let state: SessionState | null = null;

  const publish = () => {
    if (!snapshot) return;
    const page = toPanelPage(snapshot, state?.page ?? null);
    const isDismissed = settings.dismissedSites.includes(location.hostname);
    if (state && state.page === page && state.settings === settings && state.isDismissed === isDismissed)
      return;
    state = { page, settings, isDismissed };
    listeners.forEach((listener) => listener());
  };

  const watcher: ConversationWatcher = watchConversation(
    document,
    (next) => {
      snapshot = next;
      publish();
    },
    {
      hint: () => ({ focusedEditable: lastFocusedEditable(), selectionText: selection.current() }),
      signal: ctx.signal,
    },
  );
  snapshot = watcher.current;

  // Insertion gets the site's editor when the agent focused none, and the site's rules (plain text, order).
  // Only a site adapter's reply box is trusted as a target: the generic reading's is a guess (the largest
  // editable near the bottom), which on a page with a note field beside the reply box could be the note.
  // There, lib/insert uses the page's only editable or asks the agent to click into the reply editor.
  setReplyBoxResolver(() =>
    snapshot
      ? {
          target: snapshot.site === 'generic' ? null : snapshot.replyBox,
          options: { preferredInserters: snapshot.preferredInserters, plainTextOnly: snapshot.plainTextOnly },
        }
      : null,
  );

  // A selection changes no DOM, and focusing an editor on an unknown page makes it the reply box: read again.
  let remembered = selection.current();
  ctx.addEventListener(document, 'selectionchange', () => {
    if (selection.current() === remembered) return;
    remembered = selection.current();
    watcher.refresh();
  });
  ctx.addEventListener(document, 'focusin', () => watcher.refresh(), { capture: true });

  const reloadSettings = async () => {
    try {
      settings = await sendMessage('getSettings');
      publish();
    } catch {
      // The background is waking up or the extension was reloaded: keep the last known settings.
    }
  };
  void reloadSettings();
  // Settings changed in the options page or another tab apply when the agent comes back to this one.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void reloadSettings();
  });
  ctx.onInvalidated(() => {
    selection.stop();
    listeners.clear();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState() {
      if (!state) publish();
      return state as SessionState;
    },
    replyBox: () => snapshot?.replyBox ?? null,
    refresh: () => watcher.refresh(),
    forgetSelection() {
      selection.clear();
      remembered = undefined;
      watcher.refresh();
    },
    reloadSettings,
    async setDismissed(isDismissed) {
      const host = location.hostname;
      // Read-modify-write on fresh settings, so a host dismissed in another tab is not lost.
      const fresh = await sendMessage('getSettings');
      const others = fresh.dismissedSites.filter((site) => site !== host);
      settings = await sendMessage('saveSettings', {
        dismissedSites: isDismissed ? [...others, host] : others,
      });
      publish();
    },
  };
}
