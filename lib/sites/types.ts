/**
 * The site-adapter contract (STYLE.md §3.2, SITES.md §3). An adapter only reads the page: it finds the active
 * conversation, its messages, the customer and the reply editor. Adapters are pure functions over the
 * `Document`/`Element` they are given, so they run unchanged in happy-dom unit tests, and they never throw:
 * lib/sites/read-conversation.ts wraps every call and lets the generic fallback take over when one finds nothing.
 */
import type { InserterName } from '../insert/types';

export type SiteId =
  | 'zendesk'
  | 'freshdesk'
  | 'help-scout'
  | 'intercom'
  | 'front'
  | 'gorgias'
  | 'hubspot'
  | 'zoho-desk'
  | 'salesforce'
  | 'gmail'
  | 'outlook'
  | 'linkedin'
  | 'facebook'
  | 'instagram'
  | 'x'
  | 'whatsapp';

/** A site adapter's id, or 'generic' for the fallback that works on any page. */
export type AdapterId = SiteId | 'generic';

/** Who wrote a message. 'unknown' when neither the site's markers nor the layout tell. */
export type MessageRole = 'customer' | 'agent' | 'note' | 'system' | 'bot' | 'unknown';

export interface ConversationMessage {
  role: MessageRole;
  /** Visible text with paragraph breaks kept, quoted history and hidden duplicates left out. */
  text: string;
  author?: string;
  authorEmail?: string;
  /** Timestamp as the page shows it (ISO when the page has a machine-readable one). */
  at?: string;
  element: Element;
}

/** What the page says about the customer. Shown to the agent as editable, unconfirmed values. */
export interface Customer {
  name?: string;
  email?: string;
  /** Phone number or @handle on chat and social sites. */
  handle?: string;
}

/** The parts of a page an adapter looks for; the trace records which selector matched each one. */
export type TracePart = 'conversation' | 'messages' | 'body' | 'customer' | 'email' | 'replyBox' | 'ticketId';

/** Which selector matched each part (or which heuristic, e.g. "structure: similar siblings"). */
export type SelectorTrace = Partial<Record<TracePart, string>>;

/** What an adapter gets to find the conversation: the document, its URL, and the trace to fill. */
export interface PageContext {
  doc: Document;
  url: URL;
  trace: SelectorTrace;
}

/** When and how an adapter's selectors were last checked (STYLE.md §3.2 "Verified on"). */
export interface VerifiedOn {
  /** ISO date of the last check. */
  date: string;
  /** How: "from SITES.md sources, not verified live", "live on a trial account", … */
  how: string;
  /** URL shapes the selectors were checked against. */
  urls: readonly string[];
}

export interface SiteAdapter {
  id: SiteId;
  /** Human name for the panel and logs. */
  name: string;
  /** MV3 match patterns of the site's hosts; lib/sites/matches.ts derives the content-script matches. */
  matches: readonly string[];
  /** A finer URL check than the match patterns (paths, exclusions). Defaults to every matched URL. */
  isSupportedUrl?(url: URL): boolean;
  /** DOM check for pages whose URL does not tell (custom domains, local copies). Must be site-specific. */
  detect(doc: Document): boolean;

  /** The active ticket or thread only (Zendesk keeps several mounted), or null. */
  findConversation(page: PageContext): Element | null;
  /** Message elements of the conversation, oldest first. Cheap: parsing happens in `readMessage`. */
  findMessages(scope: Element, trace: SelectorTrace): Element[];
  /** One message's role, text and author, or null when the element is not a message after all. */
  readMessage(element: Element, trace: SelectorTrace): ConversationMessage | null;
  /**
   * The customer as the page's header or sidebar names them. Missing fields are filled from the customer's
   * messages by the caller.
   */
  readCustomer(scope: Element, trace: SelectorTrace): Customer;
  /**
   * Ticket / case number from the URL or the page; null where the site has none a customer would quote. Without
   * this method the generic URL and heading scan runs.
   */
  readTicketId?(url: URL, scope: Element, trace: SelectorTrace): string | null;
  readSubject?(scope: Element): string | null;

  /** The reply editor, if it is open: ordered selector list, first visible editable wins. */
  findReplyBox(scope: Element, trace: SelectorTrace): HTMLElement | null;
  /** Sites that mount the editor only after a click (Help Scout, Freshdesk): click, then wait for it. */
  openReplyBox?(
    scope: Element,
    options: { timeoutMs: number; trace: SelectorTrace },
  ): Promise<HTMLElement | null>;
  /** True where the site's editor keeps plain text only (chat composers). */
  isPlainTextOnly?(replyBox: HTMLElement): boolean;
  /**
   * Inserter order override, only where the site's editor handler is known to be broken (LinkedIn: paste leaves
   * the caret at the start). Names are lib/insert's inserter names ('exec-command', 'paste', 'beforeinput', …).
   */
  preferredInserters?: readonly InserterName[];
  /** A stable ancestor to observe for single-page-app changes, narrower than <body> where the site allows. */
  observeRoot?(doc: Document): Element | null;

  verified: VerifiedOn;
}

/** What the caller knows that the page does not: the insert engineer's focus tracker supplies it. */
export interface ReadHint {
  /** The last focused editable (found through shadow roots and same-origin iframes). */
  focusedEditable?: Element | null;
  /** Text the user selected where `document.getSelection()` cannot see it (shadow roots, iframes). */
  selectionText?: string;
}

/** Where the customer message came from, so the panel can say so. */
export type CustomerMessageSource = 'adapter' | 'selection' | 'nearby-block' | 'none';

/** One normalised reading of the page: what the panel shows and what templates are filled from. */
export interface ConversationSnapshot {
  /** The adapter that produced this reading ('generic' for the fallback). */
  site: AdapterId;
  siteName: string;
  /** How the adapter was chosen. */
  matchedBy: 'url' | 'dom' | 'generic';
  /** A site adapter that claimed the page but found nothing usable, before the generic fallback ran. */
  fellBackFrom?: SiteId;
  /** Which selector (or heuristic) matched each part; visible so selector breakage is visible. */
  selectors: SelectorTrace;
  url: string;
  conversation: Element | null;
  /** The most recent messages, oldest first (bounded: see ReadOptions.maxMessages). */
  messages: ConversationMessage[];
  lastCustomerMessage: ConversationMessage | null;
  /** The customer message text to analyse; '' when none was found (the agent pastes it into the panel). */
  lastCustomerText: string;
  customerMessageSource: CustomerMessageSource;
  customer: Customer;
  ticketId: string | null;
  orderIds: string[];
  subject: string | null;
  replyBox: HTMLElement | null;
  plainTextOnly: boolean;
  preferredInserters: readonly InserterName[];
  /** True when the site mounts its editor on demand and `openReplyBox(snapshot)` can do it. */
  canOpenReplyBox: boolean;
  /** Changes when the conversation or its latest customer message changes; cheap to compare. */
  key: string;
}

export interface ReadOptions {
  /** How many recent messages to parse (the last customer message is searched further back). Default 50. */
  maxMessages?: number;
  /**
   * Receives one line per reading naming the adapter and which selector matched each part, or that none did
   * (pass console.debug behind a debug setting), so a site redesign is visible instead of silent.
   */
  log?: (line: string) => void;
}
