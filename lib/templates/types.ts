import type { Tone, ToneResult } from '../tone/types';

/** A reply template, built in, from a subscribed pack, or written by the agent. */
export interface Template {
  id: string;
  title: string;
  /** Typed after the trigger (default `;`) in a reply editor and expanded with Tab. */
  shortcut?: string;
  /** Text with `{{placeholder|fallback}}` slots; blank lines separate paragraphs. */
  body: string;
  /** ISO 639-1 code of the body's language. */
  language: string;
  /** Service-failure scenario id shared by the language variants, e.g. 'late-delivery'. */
  scenario: string;
  /** Tones this variant is written for; empty means any. */
  toneTargets: Tone[];
  tags: string[];
  /** Set for templates that came from a pack (or 'builtin'). */
  packId?: string;
  packVersion?: string;
  /** The file variant it was compiled from: 'standard', 'deescalate', 'timeline' or 'steps'. */
  variant?: string;
  /** How customers in this language describe the scenario (from the file's front matter); used for ranking. */
  keywords?: string[];
  /**
   * Hash of the content as shipped (built-in or pack). When the stored content no longer matches it, the agent
   * has edited the template and upgrades leave it alone.
   */
  sourceHash?: string;
  createdAt: number;
  updatedAt: number;
  usageCount: number;
  lastUsedAt?: number;
}

/** Values a template's placeholders are filled from. Page values are always inserted as text. */
export interface RenderContext {
  customer?: { name?: string; firstName?: string; email?: string };
  agent?: { name?: string; firstName?: string };
  ticket?: { id?: string; url?: string };
  order?: { id?: string };
  /** Epoch ms of the promised follow-up. */
  followUp?: { date?: number };
  /** Epoch ms "now", for relative dates; defaults to Date.now(). */
  now?: number;
  /** IANA time zone for dates; defaults to the runtime's. */
  timeZone?: string;
}

/** One ranked, rendered suggestion for the panel, the CLIs and shortcut expansion. */
export interface Suggestion {
  templateId: string;
  scenario: string;
  language: string;
  title: string;
  /** Rendered plain text (paragraphs separated by blank lines). */
  text: string;
  /** Rendered, sanitised HTML for rich editors (paragraphs as <p>). */
  html: string;
  /** Placeholders with no value and no fallback; the agent fills them before inserting. */
  missing: string[];
  /** Why it ranks here, for the agent ("customer's language · late delivery · fits angry"). */
  reason: string;
  /** True when no template exists in the customer's language and the agent's language was used. */
  isFallbackLanguage: boolean;
  score: number;
  /** Variant id ('standard', 'deescalate', 'timeline', 'steps') when the template has one. */
  variant?: string;
  /** The follow-up date the text promises (epoch ms), so the panel can schedule the matching reminder. */
  followUpDate?: number;
}

/** A template as compiled from a file (built-in or pack), before it is stored with timestamps and usage. */
export type TemplateDraft = Omit<Template, 'createdAt' | 'updatedAt' | 'usageCount' | 'lastUsedAt'>;

export interface SuggestRequest {
  message: string;
  tone: ToneResult;
  context: RenderContext;
  /** The agent's language, the fallback when the customer's has no template. */
  agentLanguage?: string;
  limit?: number;
}

export interface TemplateQuery {
  query: string;
  language?: string;
  limit?: number;
}

export interface TemplateHit {
  template: Template;
  score: number;
}

/** What the options page sends to create a template (no id) or change one (its id). */
export interface TemplateInput {
  id?: string;
  title: string;
  body: string;
  language: string;
  /** A scenario id; empty makes the template its own scenario (language variants share it when duplicated). */
  scenario?: string;
  shortcut?: string;
  toneTargets?: Tone[];
  tags?: string[];
}

/** Saving never throws on bad input: it says what is wrong and keeps what was stored. */
export type SaveTemplateResult = { ok: true; template: Template } | { ok: false; error: string };
