/**
 * Language-agnostic cues: they read the same in any language and in mixed text. Emoji and emoticons,
 * repeated punctuation, masked swearing, and concrete facts (order and ticket numbers, amounts, dates, error
 * codes) that make a complaint actionable. Each finder is one linear regex pass over the masked text.
 */
import { EMOJI_CUES, FOLDED_HANDS } from './cues/emoji';
import type { CueKind } from './cues/types';
import { emojiScore } from './lexicon';
import { findMaskedSwearing } from './masked';
import type { Evidence } from './types';

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*/gu;
// Only emoticons that appear in the AFINN emoticon list count; this regex just finds candidates.
const EMOTICON =
  /(?:[:;=xX8][-'^o]?[()[\]DPpOo3/\\|*@$]{1,3}|[)(\]\\/][-'^]?[:;=]|<\/?3+|\^_?\^|[Tt]_[Tt]|[oO]_[oO]|-_-)(?![\p{L}\p{N}])/gu;
const PUNCTUATION_RUN = /[!?؟¡¿]*(?:[!¡]{2,}|[?؟¿]{2,}|[?؟][!¡]|[!¡][?؟])[!?؟¡¿]*/g;

const FACT_PATTERNS: [RegExp, string][] = [
  [/(?:#|№|n[°º]|nr\.?|no\.)\s?[A-Z0-9][A-Z0-9-]{2,}/giu, 'reference number'],
  [/\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}[-_]?[A-Z0-9]{2,}\b/g, 'reference code'],
  // "order 55812," and "order 55812." end a clause: only a digit after the separator continues the number.
  [/(?<![\d.,])\d{5,}(?!\d|[.,]\d)/g, 'long number'],
  [
    /[$€£¥₽₺₹]\s?\d+(?:[.,]\d+)*|\b\d+(?:[.,]\d+)*\s?(?:€|\$|£|₽|usd|eur|gbp|rub|руб|р\.|huf|ft|brl|r\$|egp|sar|aed|mxn|ars|cop|dollars?|euros?|pounds?|рубл\p{L}*|forint|reais|جنيه|ريال|درهم)/giu,
    'amount',
  ],
  [/\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}[./]\d{1,2}\b(?![.,]\d)/g, 'date'],
  [/\b\d{1,2}:\d{2}\b/g, 'time'],
  [
    /\b(?:error|err|code|código|codigo|fehler|erreur|erro|hiba|код|ошибка|خطأ)\s*[:#]?\s*[A-Z]{0,4}-?\d{2,}\b/giu,
    'error code',
  ],
];

/** Enough to call a message concrete; also keeps the overlap check below cheap on a 1 MB paste. */
const MAX_FACTS = 50;
/** Spans kept per message, as in analyse.ts; counting goes on past it. */
const MAX_SPANS = 1000;

export interface AgnosticSignals {
  evidence: Evidence[];
  emojiPositive: number;
  emojiNegative: number;
  punctuationRuns: number;
  exclamations: number;
  questions: number;
  maskedSwearing: number;
  facts: number;
  /** Emotion cues carried by emoji (😡 anger, 😰 anxiety …), added to the word cues of the same kind. */
  emojiCues: Partial<Record<CueKind, number>>;
  /** 🙏 read as "please"; analyse.ts reads them as thanks when the message thanks. */
  foldedHands: number;
}

/** Runs `visit` on every match; stops early when it returns false. */
function each(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => unknown): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    if (visit(m) === false) return;
  }
}

// Cheap guards: most messages have no emoji, no "!!" and no asterisks, so those passes are skipped.
const MAY_HAVE_EMOJI = /[\u00a9\u00ae\u2000-\u33ff\ud83c-\ud83e]/;
const MAY_HAVE_EMOTICON = /[:;=^_]|<\/?3/;
const MAY_HAVE_RUN = /[!?\u061f\u00a1\u00bf]{2}/;
const HAS_DIGIT = /\d/;

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

export function findSignals(text: string): AgnosticSignals {
  const signals: AgnosticSignals = {
    evidence: [],
    emojiPositive: 0,
    emojiNegative: 0,
    punctuationRuns: 0,
    exclamations: count(text, '!'),
    questions: count(text, '?') + count(text, '؟'),
    maskedSwearing: 0,
    facts: 0,
    emojiCues: {},
    foldedHands: 0,
  };
  const { evidence } = signals;
  const addEmoticon = (m: RegExpExecArray): void => {
    // The regex has no lookbehind (slow on long pastes): "x)" inside "max)" is not an emoticon.
    if (m.index > 0 && /[\p{L}\p{N}]/u.test(text.charAt(m.index - 1))) return;
    addSymbol(m);
  };
  const addSymbol = (m: RegExpExecArray): void => {
    const cue = EMOJI_CUES[m[0].replace(/\uFE0F|\p{Emoji_Modifier}/gu, '')];
    const ranked = emojiScore(m[0]);
    if (cue) signals.emojiCues[cue.kind] = (signals.emojiCues[cue.kind] ?? 0) + 1;
    if (m[0].startsWith(FOLDED_HANDS)) signals.foldedHands++;
    // A cue sets a floor (or ceiling) on the ranking's score: 😢 is sad, whatever 2013 Twitter thought.
    const score = cue
      ? cue.score < 0
        ? Math.min(cue.score, ranked ?? 0)
        : Math.max(cue.score, ranked ?? 0)
      : ranked;
    if (score === undefined || Math.abs(score) < 0.5) return;
    if (score > 0) signals.emojiPositive += score;
    else signals.emojiNegative -= score;
    const end = m.index + m[0].length;
    if (evidence.length < MAX_SPANS)
      evidence.push({
        start: m.index,
        end,
        kind: 'emoji',
        label: `emoji (${score.toFixed(1)})`,
        weight: score,
      });
  };
  if (MAY_HAVE_EMOJI.test(text)) each(EMOJI, text, addSymbol);
  if (MAY_HAVE_EMOTICON.test(text)) each(EMOTICON, text, addEmoticon);
  if (MAY_HAVE_RUN.test(text))
    each(PUNCTUATION_RUN, text, (m) => {
      signals.punctuationRuns++;
      if (evidence.length < MAX_SPANS)
        evidence.push({
          start: m.index,
          end: m.index + m[0].length,
          kind: 'punctuation',
          label: 'repeated punctuation',
        });
    });
  for (const [start, end] of findMaskedSwearing(text)) {
    signals.maskedSwearing++;
    if (evidence.length < MAX_SPANS) {
      evidence.push({ start, end, kind: 'swearing', label: 'masked swearing', weight: -2 });
    }
  }
  const taken: [number, number][] = [];
  for (const [pattern, label] of HAS_DIGIT.test(text) ? FACT_PATTERNS : []) {
    each(pattern, text, (m) => {
      if (signals.facts >= MAX_FACTS) return false;
      const start = m.index;
      const end = start + m[0].length;
      // One fact per span: "#12345" is a reference number, not also a long number.
      if (taken.some(([s, e]) => start < e && end > s)) return;
      taken.push([start, end]);
      signals.facts++;
      if (evidence.length < MAX_SPANS) evidence.push({ start, end, kind: 'fact', label });
    });
  }
  return signals;
}
