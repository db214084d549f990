/**
 * Hand-written cue lists per language. No permissively licensed lexicon covers support-specific cues
 * (urgency, deadlines, repeat contact, churn and escalation threats, problem statements) or emotion words in
 * all eight languages (NRC EmoLex is non-commercial), so these are short, curated phrase lists.
 *

 * Each kind is one string of comma- or newline-separated patterns (readable, and left alone by Prettier).
 * Pattern syntax, matched against normalised tokens (see `normalizeWord`; accents may be written, they are
 * stripped when compiled): tokens separated by spaces; `word*` matches any token starting with `word` (the
 * way to cover inflection: "cancel*", "отмен*", "lemond*"); `#` matches any number; `_` matches any one
 * word ("wie _ ich": "wie ändere ich", "wie finde ich"); `$` matches no word but asks that the clause ends
 * there ("_ ya $": Spanish "ya" closing a demand means "now", elsewhere it means "already"); a word written in
 * capitals only matches capitals ("YA", "NOW": shouting "now" is urgency even mid-sentence).
 */
export const CUE_KINDS = [
  'negation',
  'intensifier',
  'diminisher',
  'contrast',
  'conjunction',
  'urgency',
  'deadline',
  'timeframe',
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
  'object',
  'request',
  'greeting',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export type LanguageCues = Partial<Record<CueKind, string>>;
