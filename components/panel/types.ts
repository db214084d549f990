/**
 * What the panel needs from the page and from the rest of the extension, as plain data and functions, so the
 * components stay free of content-script wiring (and unit tests drive them with the real background handlers).
 */
import type { InsertOutcome, ReplyContent } from '@/lib/insert/types';
import type { CheckReplyRequest } from '@/lib/messaging/protocol';
import type { AdapterId, CustomerMessageSource } from '@/lib/sites/types';
import type { CheckFinding } from '@/lib/templates/checker';
import type {
  RenderContext,
  SuggestRequest,
  Suggestion,
  TemplateHit,
  TemplateQuery,
} from '@/lib/templates/types';
import type { ToneResult } from '@/lib/tone/types';

/** The page as the panel sees it: one site snapshot, reduced to what it shows and fills templates from. */
export interface PanelPage {
  url: string;
  /** Hostname, the unit the agent dismisses the launcher for. */
  host: string;
  site: AdapterId;
  siteName: string;
  /** The customer's latest message ('' when none was found: the agent pastes it). */
  message: string;
  messageSource: CustomerMessageSource;
  customer: { name?: string; email?: string };
  ticketId: string | null;
  orderIds: string[];
  /** Changes when the conversation or its latest customer message changes. */
  key: string;
}

/** The calls the panel makes; the content script implements them over messages and lib/insert. */
export interface PanelServices {
  analyzeTone(text: string): Promise<ToneResult>;
  /** The follow-up the reminders would suggest for this tone (epoch ms), for `{{followUp.date}}`. */
  suggestFollowUp(tone: ToneResult): Promise<number | undefined>;
  suggestReplies(request: SuggestRequest): Promise<Suggestion[]>;
  searchTemplates(query: TemplateQuery): Promise<TemplateHit[]>;
  /** One template rendered with `context` (after the agent filled missing values). */
  renderTemplate(templateId: string, context: RenderContext): Promise<Suggestion | null>;
  checkReply(request: CheckReplyRequest): Promise<CheckFinding[]>;
  /** Puts the reply at the caret of the site's reply editor (lib/insert, through the content script). */
  insert(reply: ReplyContent): Promise<InsertOutcome>;
  recordTemplateUse(templateId: string): Promise<void>;
  /** Saves the agent's name in the settings, so `{{agent.firstName}}` fills itself from then on. */
  saveAgentName(name: string): Promise<void>;
}
