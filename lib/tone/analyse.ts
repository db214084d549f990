/**
 * One pass over the tokens: lexicon scores with negation scope, intensifiers, contrast and caps; the cue
 * hits; and the language-agnostic signals. The result is a small, language-independent feature record that
 * the scoring layer (score.ts) turns into tones, and the evidence spans that explain it.
 */
import { findCourtesyFormulas, insideNegativePhrases, isIronicPraise } from './courtesy';
import { findCues, type CueHit, type CueKind } from './cues';
import { lexiconFor, type Lexicon } from './lexicon';
import { EMOJI_CUES, FOLDED_HANDS, FOLDED_HANDS_THANKING } from './cues/emoji';
import { findSignals, type AgnosticSignals } from './signals';
import type { Token } from './text';
import type { Evidence, EvidenceKind, SupportedLanguage } from './types';

/** VADER's constants: a negated word keeps 74 % of its strength with the opposite sign. */
const NEGATION_FACTOR = -0.74;
const NEGATION_SCOPE = 3;
const INTENSIFIER_SCOPE = 2;
const INTENSIFY = 1.3;
const DIMINISH = 0.7;
const SHOUT = 1.25;
/** VADER: sentiment before "but" counts half, after it one and a half times. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;

/**
 * Evidence spans collected per message at most (the panel shows 200). Counting goes on past it; only the
 * span objects and their labels stop, which on a 1 MB paste were most of the time and memory.
 */
export const MAX_COLLECTED = 1000;

export type CueCounts = Record<CueKind, number>;

export interface Analysis {
  tokens: number;
  /** Lexicon sums (on -4..+4 per word) after modifiers. */
  positive: number;
  negative: number;
  lexiconHits: number;
  /** Hits on each side, and the strongest single word on each side (after modifiers). */
  positiveHits: number;
  negativeHits: number;
  strongestPositive: number;
  strongestNegative: number;
  negatedHits: number;
  shouted: number;
  cues: CueCounts;
  /** Cue hits that were negated ("not happy", "no urgency"): counted apart, not as their kind. */
  negatedCues: number;
  signals: AgnosticSignals;
  evidence: Evidence[];
  /**
   * Per token: 1 inside a courtesy formula ("…? Thanks", "Buenos días", "Have a nice day") or a sarcastic
   * phrase ("thanks for nothing"): no positive sentiment is read there.
   */
  courtesy: Uint8Array;
}

/** Cue kinds shown to agents, and the evidence kind the panel colours them by. */
const CUE_EVIDENCE: Partial<Record<CueKind, EvidenceKind>> = {
  negation: 'negation',
  intensifier: 'intensifier',
  diminisher: 'intensifier',
  urgency: 'urgency',
  deadline: 'deadline',
  timeframe: 'deadline',
  repeat: 'repeat',
  churn: 'churn',
  escalation: 'escalation',
  anxiety: 'anxiety',
  confusion: 'confusion',
  swearing: 'swearing',
  insult: 'insult',
  anger: 'lexicon',
  frustration: 'lexicon',
  gratitude: 'lexicon',
  problem: 'fact',
};

/** Emotion cues that a preceding negator cancels ("not happy", "not worried", "no problem"). */
const NEGATABLE: ReadonlySet<CueKind> = new Set([
  'gratitude',
  'anger',
  'anxiety',
  'frustration',
  'urgency',
  'problem',
]);

function emptyCounts(): CueCounts {
  return {
    negation: 0, intensifier: 0, diminisher: 0, contrast: 0, conjunction: 0, urgency: 0, deadline: 0, timeframe: 0,
    repeat: 0, churn: 0, escalation: 0, anxiety: 0, confusion: 0, swearing: 0, insult: 0, anger: 0,
    frustration: 0, gratitude: 0, problem: 0, object: 0, request: 0, greeting: 0,
  }; // prettier-ignore
}

/** Marks, per token, which cue kinds start or cover it, for the scope checks below. */
function tokenFlags(hits: CueHit[], length: number, kind: CueKind): Uint8Array {
  const flags = new Uint8Array(length);
  for (const hit of hits) if (hit.kind === kind) for (let i = hit.first; i < hit.last; i++) flags[i] = 1;
  return flags;
}

/**
 * German puts the negation after the verb ("funktioniert nicht", "gefällt mir nicht", "kommt nie an"), so
 * there one of these words up to two tokens after a word (in the same clause) negates it too. Only these:
 * "keiner", "niemand" open a clause of their own ("zweimal abgebucht und keiner meldet sich").
 */
interface NegationAfter {
  words: ReadonlySet<string>;
  scope: number;
  /**
   * At the end of its clause (followed at most by one `tail` word: "nicht mehr", "nie an") the negation
   * closes the clause and negates its verb from further away: "funktioniert nach zwei Monaten nicht mehr".
   */
  clauseEndScope: number;
  tail: ReadonlySet<string>;
}
const NEGATION_AFTER: Partial<Record<SupportedLanguage, NegationAfter>> = {
  de: {
    words: new Set(['nicht', 'nie', 'niemals']),
    scope: 2,
    clauseEndScope: 6,
    tail: new Set(['mehr', 'an', 'richtig']),
  },
};

function negatedAfter(
  tokens: Token[],
  last: number,
  after: NegationAfter | undefined,
  conjunctions: Uint8Array,
): boolean {
  if (!after) return false;
  const endsClause = (k: number): boolean => {
    const next = tokens[k + 1];
    if (!next || next.breakBefore) return true;
    const afterTail = tokens[k + 2];
    return after.tail.has(next.norm) && (!afterTail || afterTail.breakBefore);
  };
  for (let k = last + 1; k < tokens.length && k <= last + after.clauseEndScope; k++) {
    const token = tokens[k];
    if (!token || token.breakBefore || conjunctions[k]) return false;
    if (after.words.has(token.norm) && (k <= last + after.scope || endsClause(k))) return true;
  }
  return false;
}

/**
 * Is a flagged token within `scope` tokens before `at`, with no clause break, conjunction or contrast in
 * between? "still nothing. This is ridiculous" is not "nothing … ridiculous", and in "didn't arrive and
 * I'm worried" the "not" belongs to "arrive". `stops` marks the conjunction words (and tokens that carry
 * an attached Arabic "and").
 */
function inScope(flags: Uint8Array, tokens: Token[], at: number, scope: number, stops: Uint8Array): boolean {
  for (let k = at - 1; k >= 0 && k >= at - scope; k--) {
    if (tokens[k + 1]?.breakBefore || stops[k + 1]) return false;
    if (flags[k]) return true;
  }
  return false;
}

/** Arabic writes "and"/"so" on the next word (و, ف); such a word starts a new clause for negation scope. */
const ATTACHED_CONJUNCTION = /^[\u0648\u0641].{3}/u;

function scopeStops(hits: CueHit[], tokens: Token[], lang: SupportedLanguage | undefined): Uint8Array {
  const stops = new Uint8Array(tokens.length);
  for (const hit of hits)
    if (hit.kind === 'conjunction' || hit.kind === 'contrast')
      for (let i = hit.first; i < hit.last; i++) stops[i] = 1;
  if (lang === 'ar') tokens.forEach((token, i) => ATTACHED_CONJUNCTION.test(token.norm) && (stops[i] = 1));
  return stops;
}

function lexiconAt(lexicon: Lexicon, tokens: Token[], i: number): { score: number; length: number } {
  const token = tokens[i];
  if (!token || token.numeric) return { score: 0, length: 1 };
  for (const phrase of lexicon.phrases.get(token.norm) ?? []) {
    let k = 1;
    while (k < phrase.words.length && tokens[i + k]?.norm === phrase.words[k]) k++;
    if (k === phrase.words.length) return { score: phrase.score, length: k };
  }
  return { score: lexicon.word(token.norm), length: 1 };
}

/**
 * "شكرا جزيلا 🙏", "Köszönöm 🙏🙏": beside thanks, folded hands thank too, instead of the "please" (a little
 * anxious) they are read as alone.
 */
function readFoldedHandsAsThanks(text: string, signals: AgnosticSignals): void {
  const n = signals.foldedHands;
  if (n === 0) return;
  const asPlease = EMOJI_CUES[FOLDED_HANDS]?.score ?? 0;
  signals.emojiNegative = Math.max(0, signals.emojiNegative + n * asPlease);
  signals.emojiPositive += n * FOLDED_HANDS_THANKING;
  signals.emojiCues.anxiety = Math.max(0, (signals.emojiCues.anxiety ?? 0) - n);
  signals.emojiCues.gratitude = (signals.emojiCues.gratitude ?? 0) + n;
  for (const span of signals.evidence)
    if (span.kind === 'emoji' && text.startsWith(FOLDED_HANDS, span.start)) {
      span.weight = FOLDED_HANDS_THANKING;
      span.label = `emoji (${FOLDED_HANDS_THANKING.toFixed(1)})`;
    }
}

/** `folded`: the tokens carry folded keys (accentless Hungarian, see text.ts `foldHungarian`). */
export function analyse(
  text: string,
  tokens: Token[],
  lang: SupportedLanguage | undefined,
  folded = false,
): Analysis {
  const hits = findCues(tokens, lang, folded);
  const negators = tokenFlags(hits, tokens.length, 'negation');
  const stops = scopeStops(hits, tokens, lang);
  const intensifiers = tokenFlags(hits, tokens.length, 'intensifier');
  const diminishers = tokenFlags(hits, tokens.length, 'diminisher');
  const contrastAt = hits.find((hit) => hit.kind === 'contrast')?.first ?? -1;
  const after = lang ? NEGATION_AFTER[lang] : undefined;
  // "funktioniert leider nicht", "klappt aber nicht": German contrast adverbs sit inside the clause, so only
  // a conjunction ends the scope of a negation that follows its verb, and the adverb itself is not negated.
  const conjunctions = tokenFlags(hits, tokens.length, 'conjunction');
  const contrasts = tokenFlags(hits, tokens.length, 'contrast');
  const signals = findSignals(text);
  const formulas = findCourtesyFormulas(hits, tokens, signals.questions);
  const sarcastic = insideNegativePhrases(hits, tokens.length);
  const ironic = isIronicPraise(hits, tokens);
  const courtesy = Uint8Array.from(sarcastic);
  for (const hit of hits)
    if (formulas.has(hit) || hit.kind === 'greeting' || (ironic && hit.kind === 'gratitude'))
      for (let i = hit.first; i < hit.last; i++) courtesy[i] = 1;
  // What a message is about, and the words that ask for something, are no sentiment, whatever a lexicon
  // built on reviews or tweets says (OpeNER rates Spanish "envío", shipment, +2; LeIA rates "gostaria",
  // I would like, +2).
  const neutralWords = tokenFlags(hits, tokens.length, 'object');
  // Nor are the words of a time ("antes de esta noche": OpeNER rates "noche" +2), or of a salutation or
  // sign-off ("السادة المحترمين", "Mit freundlichen Grüßen").
  const greetings = tokenFlags(hits, tokens.length, 'greeting');
  for (const hit of hits)
    if (
      hit.kind === 'request' ||
      hit.kind === 'deadline' ||
      hit.kind === 'timeframe' ||
      hit.kind === 'greeting'
    )
      for (let i = hit.first; i < hit.last; i++) neutralWords[i] = 1;
  const evidence: Evidence[] = [];
  const analysis: Analysis = {
    tokens: tokens.length,
    positive: 0,
    negative: 0,
    lexiconHits: 0,
    positiveHits: 0,
    negativeHits: 0,
    strongestPositive: 0,
    strongestNegative: 0,
    negatedHits: 0,
    shouted: 0,
    cues: emptyCounts(),
    negatedCues: 0,
    signals,
    evidence,
    courtesy,
  };

  // A cue that is itself part of a longer cue of another kind still counts: "still not" is a repeat, and
  // its "not" negates what follows.
  for (const hit of hits) {
    const first = tokens[hit.first];
    const last = tokens[hit.last - 1];
    if (!first || !last) continue;
    // "Sehr" in "Sehr geehrte Damen und Herren" is part of the salutation, not an intensifier.
    if (hit.kind !== 'greeting' && greetings.subarray(hit.first, hit.last).every(Boolean)) continue;
    // Thanks closing a request, inside "thanks for nothing" or around a failure that came back, is not
    // gratitude.
    if (hit.kind === 'gratitude' && (formulas.has(hit) || sarcastic[hit.first] || ironic)) continue;
    const negated =
      NEGATABLE.has(hit.kind) &&
      (inScope(negators, tokens, hit.first, NEGATION_SCOPE, stops) ||
        negatedAfter(tokens, hit.last - 1, after, conjunctions));
    if (negated) analysis.negatedCues++;
    else analysis.cues[hit.kind]++;
    const kind = CUE_EVIDENCE[hit.kind];
    if (kind && !negated && evidence.length < MAX_COLLECTED) {
      evidence.push({
        start: first.start,
        end: last.end,
        kind,
        label: hit.kind === 'problem' ? 'problem' : hit.kind,
      });
    }
  }

  const lexicon = lang ? lexiconFor(lang, folded) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const shoutedRun =
      token.shouted && (token.end - token.start >= 5 || tokens[i - 1]?.shouted || tokens[i + 1]?.shouted);
    if (shoutedRun) {
      analysis.shouted++;
      if (evidence.length < MAX_COLLECTED)
        evidence.push({ start: token.start, end: token.end, kind: 'caps', label: 'ALL CAPS' });
    }
    if (!lexicon) continue;
    const { score: base, length } = lexiconAt(lexicon, tokens, i);
    if (base === 0 || negators[i] || neutralWords[i] || (base > 0 && courtesy[i])) continue;
    if (base > 0 && ironic) {
      for (let k = i; k < i + length; k++) courtesy[k] = 1;
      continue;
    }
    let score = base;
    const negated =
      inScope(negators, tokens, i, NEGATION_SCOPE, stops) ||
      (!contrasts[i] && negatedAfter(tokens, i + length - 1, after, conjunctions));
    if (negated) score *= NEGATION_FACTOR;
    if (inScope(intensifiers, tokens, i, INTENSIFIER_SCOPE, stops)) score *= INTENSIFY;
    else if (inScope(diminishers, tokens, i, INTENSIFIER_SCOPE, stops)) score *= DIMINISH;
    if (shoutedRun) score *= SHOUT;
    if (contrastAt >= 0) score *= i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    analysis.lexiconHits++;
    if (negated) analysis.negatedHits++;
    if (score > 0) {
      analysis.positive += score;
      analysis.positiveHits++;
      if (score > analysis.strongestPositive) analysis.strongestPositive = score;
    } else {
      analysis.negative -= score;
      analysis.negativeHits++;
      if (-score > analysis.strongestNegative) analysis.strongestNegative = -score;
    }
    if (evidence.length < MAX_COLLECTED) {
      const end = tokens[i + length - 1]?.end ?? token.end;
      const label = `${negated ? 'negated ' : ''}${score > 0 ? 'positive' : 'negative'} word (${score.toFixed(1)})`;
      evidence.push({ start: token.start, end, kind: 'lexicon', label, weight: Math.round(score * 10) / 10 });
    }
    i += length - 1;
  }
  if (analysis.cues.gratitude > 0) readFoldedHandsAsThanks(text, analysis.signals);
  for (const [kind, n] of Object.entries(analysis.signals.emojiCues) as [CueKind, number][])
    analysis.cues[kind] += n;
  evidence.push(...analysis.signals.evidence);
  return analysis;
}
