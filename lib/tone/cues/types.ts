/**
 * Hand-written cue lists per language. No permissively licensed lexicon covers support-specific cues
 * (urgency, deadlines, repeat contact, churn and escalation threats, problem statements) or emotion words in
 * all eight languages (NRC EmoLex is non-commercial), so these are short, curated phrase lists.
 *

 * Each kind is one string of comma- or newline-separated patterns (readable, and left alone by Prettier).
 * Pattern syntax, matched against normalised tokens (see `normalizeWord`; accents may be written, they are
 * stripped when compiled): tokens separated by spaces; `word*` matches any token starting with `word` (the
 * way to cover inflection: "cancel*", "отмен*", "lemond*"); `#` matches any number.
 */
export const CUE_KINDS = [
  'negation',
  'intensifier',
  'diminisher',
  'contrast',
  'urgency',
  'deadline',
  'repeat',
  'churn',
  'escalation',
  'anxiety',
  'confusion',
  'swearing',
  'insult',
  'anger',
  'frustration',
  'gratitude',
  'problem',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export type LanguageCues = Partial<Record<CueKind, string>>;
