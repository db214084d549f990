import type { Tone } from '../tone/types';

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
  createdAt: number;
  updatedAt: number;
  usageCount: number;
  lastUsedAt?: number;
}
