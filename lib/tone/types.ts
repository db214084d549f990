/**
 * The tone engine's public result type. The panel, the suggestions, the reply checker and the reminders all
 * consume `ToneResult`; change it only with all of them in view.
 */

/** The six tones agents handle differently, from most to least heated. */
export const TONES = ['angry', 'frustrated', 'anxious', 'confused', 'neutral', 'positive'] as const;
export type Tone = (typeof TONES)[number];

export const POLARITIES = ['negative', 'neutral', 'positive'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** Languages with their own lexicons and rules; anything else goes through the language-agnostic path. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'ru', 'ar', 'hu', 'de', 'fr', 'pt'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** What kind of cue a span of the message is; the panel colours highlights by kind. */
export type EvidenceKind =
  | 'lexicon' // a sentiment word or phrase from a lexicon
  | 'negation' // "not", "nunca", "не" … flipping what follows
  | 'intensifier' // "very", "extremely", "muy" … (or a diminisher)
  | 'caps' // SHOUTED words
  | 'punctuation' // "!!!", "???", "?!"
  | 'emoji' // emoji and emoticons with a sentiment
  | 'swearing' // profanity, including masked forms (f***, *****)
  | 'insult' // abuse aimed at a person
  | 'urgency' // "asap", "urgent", "immediately"
  | 'deadline' // "by tomorrow", "before Friday"
  | 'repeat' // "third time", "still not", "again"
  | 'churn' // "cancel", "switching to", "close my account"
  | 'escalation' // "lawyer", "chargeback", "consumer protection", "manager"
  | 'anxiety' // worry cues: "worried", "scared", "is my data safe"
  | 'confusion' // "I don't understand", "how do I"
  | 'fact'; // concrete, fixable detail: order number, date, amount, product, error

export interface Evidence {
  /** UTF-16 offsets into the text passed to `detectTone` (not the stripped text). */
  start: number;
  end: number;
  kind: EvidenceKind;
  /** Short human-readable reason, e.g. "negative word (-3)" or "deadline". */
  label: string;
  /** Signed contribution, where it has one (positive = pushes towards positive polarity). */
  weight?: number;
}

export interface ToneResult {
  tone: Tone;
  polarity: Polarity;
  /** How strongly the tone is expressed, 0..1. */
  intensity: number;
  /** How soon the customer expects an answer or fix, 0..1. */
  urgency: number;
  /** How likely the customer is to leave or escalate, 0..1. */
  churnRisk: number;
  /** True when the message states a concrete, fixable problem; false for insults or venting without facts. */
  constructive: boolean;
  /** ISO 639-1 code of the detected (or given) language; 'und' when unknown. */
  lang: string;
  langConfidence: number;
  /** Spans that drove the result, in text order. */
  evidence: Evidence[];
  /** Per-tone scores, 0..1, summing to 1. */
  scores: Record<Tone, number>;
  /** Overall confidence in `tone`, 0..1; low when there was little to read. */
  confidence: number;
}

export interface DetectToneOptions {
  /** Force the language instead of detecting it (e.g. the helpdesk knows the customer's locale). */
  lang?: string;
  /** Skip stripping quoted replies and signatures (the caller already did). */
  keepQuotes?: boolean;
}

/** The result for a message with nothing to read (empty, only a URL, junk). */
export function neutralToneResult(lang = 'und', langConfidence = 0): ToneResult {
  return {
    tone: 'neutral',
    polarity: 'neutral',
    intensity: 0,
    urgency: 0,
    churnRisk: 0,
    constructive: false,
    lang,
    langConfidence,
    evidence: [],
    scores: { angry: 0, frustrated: 0, anxious: 0, confused: 0, neutral: 1, positive: 0 },
    confidence: 0,
  };
}
