import type { InsertOutcome, ReplyContent } from '../insert/types';
import type {
  BucketRequest,
  DeadlineRequest,
  DeadlineSuggestion,
  OutcomeSummary,
  Reminder,
  ReminderBuckets,
  ReminderOutcome,
  SnoozeRequest,
} from '../reminders/types';
import type { Settings } from '../storage/settings';
import type {
  RenderContext,
  SaveTemplateResult,
  SuggestRequest,
  Suggestion,
  Template,
  TemplateHit,
  TemplateInput,
  TemplateQuery,
} from '../templates/types';
import type { CheckFinding } from '../templates/checker';
import type { ToneResult } from '../tone/types';

/** What the popup and options pages show about the extension as a whole. */
export interface ExtensionStatus {
  version: string;
  templateCount: number;
  pendingReminders: number;
  overdueReminders: number;
}

/** What the panel sends when the agent asks for a follow-up reminder. */
export interface NewReminder {
  ticketUrl: string;
  site: string;
  dueAt: number;
  customerName?: string;
  scenario?: string;
  templateId?: string;
  note?: string;
}

/** The panel's reply checker: the agent's draft and what is known about the customer (lib/templates checkReply). */
export interface CheckReplyRequest {
  draft: string;
  tone?: ToneResult | string;
  lang?: string;
  customer?: { name?: string; firstName?: string };
  now?: number;
  timeZone?: string;
}

/**
 * Every message between Tactful's contexts, defined once. Each entry maps a message name to its request and
 * reply; `sendMessage('name', request)` and the background's handler map are checked against it, so a wrong
 * payload or a renamed message is a compile error.
 */
export interface Protocol {
  /** popup, options → background */
  getStatus: { request: undefined; response: ExtensionStatus };
  /** any extension page → background */
  getSettings: { request: undefined; response: Settings };
  saveSettings: { request: Partial<Settings>; response: Settings };
  /** panel, popup → background */
  createReminder: { request: NewReminder; response: Reminder };
  listReminders: { request: undefined; response: Reminder[] };
  /** panel → background: a deadline from the tone and the agent's working hours, with quick picks */
  suggestDeadline: { request: DeadlineRequest; response: DeadlineSuggestion };
  /** popup, notifications → background: the follow-up lists and what the agent does with each reminder */
  listReminderBuckets: { request: BucketRequest; response: ReminderBuckets };
  snoozeReminder: { request: SnoozeRequest; response: Reminder };
  completeReminder: { request: { id: string; outcome?: ReminderOutcome }; response: Reminder };
  dismissReminder: { request: { id: string }; response: Reminder };
  openReminderTicket: { request: { id: string }; response: Reminder };
  /** the local record of finished follow-ups (on time vs late, happy vs not), for insights */
  summarizeFollowUps: { request: undefined; response: OutcomeSummary };
  /** content script → background: tone of texts too long to analyse on the page's main thread */
  analyzeTone: { request: { text: string; lang?: string }; response: ToneResult };

  /** content script, options → background: the template library */
  suggestReplies: { request: SuggestRequest; response: Suggestion[] };
  searchTemplates: { request: TemplateQuery; response: TemplateHit[] };
  expandShortcut: {
    request: { shortcut: string; context: RenderContext; language?: string };
    response: Suggestion | null;
  };
  recordTemplateUse: { request: { templateId: string }; response: undefined };
  /** options → background: the agent's edits to the library (the page reads it live from Dexie) */
  saveTemplate: { request: TemplateInput; response: SaveTemplateResult };
  deleteTemplate: { request: { id: string }; response: Template | null };
  restoreTemplate: { request: Template; response: SaveTemplateResult };
  /** content script → background: the renderer and the reply checker stay out of the page's bundle */
  renderTemplate: { request: { templateId: string; context: RenderContext }; response: Suggestion | null };
  checkReply: { request: CheckReplyRequest; response: CheckFinding[] };
  /** content script → background: every inline shortcut in the library, so Tab is taken only for a real one */
  listShortcuts: { request: undefined; response: string[] };

  /** background → content script in a tab (toolbar button, keyboard command) */
  togglePanel: { request: undefined; response: boolean };
  /** extension page → content script: put a reply into the focused reply editor */
  insertReply: { request: ReplyContent; response: InsertOutcome };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

/** Arguments after the name: none for `undefined` requests, else exactly the request. */
export type RequestArgs<N extends MessageName> = RequestOf<N> extends undefined ? [] : [RequestOf<N>];

/** The wire format. The marker keeps us from answering other extensions' or the page's messages. */
export interface Envelope<N extends MessageName = MessageName> {
  tactful: 1;
  name: N;
  data: RequestOf<N>;
}

export type Reply<N extends MessageName = MessageName> =
  { ok: true; value: ResponseOf<N> } | { ok: false; error: string };

export interface SenderInfo {
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handler<N extends MessageName> = (
  data: RequestOf<N>,
  sender: SenderInfo,
) => ResponseOf<N> | Promise<ResponseOf<N>>;

export type HandlerMap = { [N in MessageName]?: Handler<N> };
