/**
 * From features to the result's numbers: softmax layers for the six tones and the three polarities, and
 * the support-specific gauges (urgency, churn risk, constructive), which are rules because no labelled data
 * exists for them.
 */
import type { Analysis } from './analyse';
import { FEATURE_NAMES, type FeatureName } from './features';
import { clamp01 } from './text';
import { POLARITIES, TONES, type Polarity, type Tone } from './types';

export interface ToneModel {
  /** One weight row per tone (TONES order) and per polarity (POLARITIES order), FEATURE_NAMES order. */
  tones: number[][];
  polarity: number[][];
}

type Weights = Partial<Record<FeatureName, number>>;

function row(weights: Weights): number[] {
  return FEATURE_NAMES.map((name) => weights[name] ?? 0);
}

/** Hand-set starting weights; replaced by trained ones when data/model.json exists. */
export const HAND_MODEL: ToneModel = {
  tones: [
    row({
      bias: -1.6,
      swearing: 1.4,
      insult: 1.6,
      anger: 1.2,
      shouted: 0.6,
      punctuationRuns: 0.4,
      negative: 0.5,
      escalation: 0.6,
    }),
    row({
      bias: -1.0,
      frustration: 1.0,
      repeat: 0.9,
      negative: 0.6,
      problem: 0.6,
      churn: 0.4,
      negatedCues: 0.3,
    }),
    row({ bias: -1.4, anxiety: 1.6, urgency: 0.5, deadline: 0.3 }),
    row({ bias: -1.2, confusion: 1.4, questions: 0.5 }),
    row({ bias: 0, noEvidence: 1 }),
    row({ bias: -1.0, positive: 0.9, gratitude: 1.2, emojiPositive: 0.7, negative: -0.6, problem: -0.5 }),
  ],
  polarity: [
    row({
      bias: -0.6,
      negative: 1.2,
      emojiNegative: 0.8,
      swearing: 1,
      insult: 1,
      anger: 1,
      frustration: 0.8,
      problem: 0.6,
      positive: -0.6,
    }),
    row({ bias: 0.4, noEvidence: 1 }),
    row({ bias: -0.6, positive: 1.2, emojiPositive: 0.8, gratitude: 1, negative: -0.6, problem: -0.4 }),
  ],
};

function softmax(model: number[][], features: Float64Array, offsets?: Float64Array, at = 0): number[] {
  const logits = model.map(
    (weights, k) => weights.reduce((sum, w, j) => sum + w * (features[j] ?? 0), 0) + (offsets?.[at + k] ?? 0),
  );
  const max = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - max));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}

function argmax<T extends string>(labels: readonly [T, ...T[]], probabilities: number[]): T {
  let best = 0;
  for (let k = 1; k < probabilities.length; k++)
    if ((probabilities[k] ?? 0) > (probabilities[best] ?? 0)) best = k;
  return labels[best] ?? labels[0];
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

export interface Scored {
  tone: Tone;
  scores: Record<Tone, number>;
  polarity: Polarity;
  polarityScores: Record<Polarity, number>;
}

/** `wordLogits`: the word layer's offsets, six tones then three polarities (see words.ts). */
export function scoreFeatures(model: ToneModel, features: Float64Array, wordLogits?: Float64Array): Scored {
  const toneProbabilities = softmax(model.tones, features, wordLogits, 0);
  const polarityProbabilities = softmax(model.polarity, features, wordLogits, TONES.length);
  return {
    tone: argmax(TONES, toneProbabilities),
    scores: Object.fromEntries(TONES.map((tone, k) => [tone, round(toneProbabilities[k] ?? 0)])) as Record<
      Tone,
      number
    >,
    polarity: argmax(POLARITIES, polarityProbabilities),
    polarityScores: Object.fromEntries(
      POLARITIES.map((p, k) => [p, round(polarityProbabilities[k] ?? 0)]),
    ) as Record<Polarity, number>,
  };
}

/** 1 − e^(−x): 0 for no cue, about 0.6 for one clear cue, saturating towards 1. */
const gauge = (x: number): number => round(clamp01(1 - Math.exp(-Math.max(0, x))));

/**
 * A satisfied customer who praises speed ("Danke für die schnelle Hilfe", "chegou super rápido") or says it
 * "works now" is not asking for speed: on a positive message urgency counts this much.
 */
const URGENCY_WHEN_POSITIVE = 0.35;

/**
 * How soon the customer expects action: urgency words count most, an explicit deadline ("by Friday",
 * "antes del sábado", "in time") nearly as much, a bare time word ("today", "mañana") a little, and repeat
 * contact, "!!!" and shouting add to it.
 */
export function urgencyOf(a: Analysis, polarity: Polarity = 'neutral'): number {
  const c = a.cues;
  const s = a.signals;
  const pressure =
    1.0 * c.urgency +
    0.8 * c.deadline +
    0.5 * c.timeframe +
    0.3 * c.repeat +
    0.25 * s.punctuationRuns +
    0.2 * a.shouted;
  return gauge(polarity === 'positive' ? pressure * URGENCY_WHEN_POSITIVE : pressure);
}

export function churnRiskOf(a: Analysis): number {
  const c = a.cues;
  return gauge(1.1 * c.churn + 1.2 * c.escalation + 0.3 * c.anger + 0.3 * c.insult + 0.2 * c.repeat);
}

/**
 * Waiting and repeat contact ("still hasn't shipped", "two weeks ago", "third time") are felt even when
 * stated without a single emotional word, so each repeat cue adds a little. Capped so that waiting alone
 * stays below the 0.5 at which replies switch to de-escalation (about 0.45 at most); "any update?" is
 * about 0.18.
 */
const REPEAT_INTENSITY = 0.2;
const MAX_REPEAT_CUES = 3;

export function intensityOf(a: Analysis): number {
  const c = a.cues;
  const s = a.signals;
  const strength =
    Math.max(a.positive, a.negative) / 4 +
    REPEAT_INTENSITY * Math.min(c.repeat, MAX_REPEAT_CUES) +
    0.4 * a.shouted +
    0.3 * s.punctuationRuns +
    0.6 * (c.swearing + s.maskedSwearing + c.insult) +
    0.3 * (c.anger + c.intensifier) +
    (0.2 * (s.emojiPositive + s.emojiNegative)) / 2;
  return gauge(strength);
}

/** Fewer words than this cannot state a problem ("Broken." is a reaction, not a report). */
const MIN_CONSTRUCTIVE_TOKENS = 4;

/**
 * A concrete, fixable problem in a message that complains, or that asks about something concrete: a problem
 * statement ("charged twice", "no me deja entrar", "не пришёл"), a fact (order number, amount, date, error
 * code), or what it is about ("my order", "el reembolso", "посылка") together with repeat contact or without
 * abuse. "It crashes when I open settings" and "Where is my order? I paid two weeks ago" are constructive;
 * "you are useless idiots", "worst company ever!!!" and "your app is garbage" are not.
 *
 * Abuse plus a concrete problem stays constructive ("You thieves charged me twice"): the problem can still
 * be fixed, and `tone: angry` with the insult evidence tells the agent how it was said.
 */
export function isConstructive(a: Analysis, polarity: Polarity): boolean {
  const c = a.cues;
  const abuse = c.insult + c.swearing + a.signals.maskedSwearing;
  // A confused customer asking about something concrete ("how do I download the invoice?") has a clear,
  // fixable problem too; only abuse turns a question into venting.
  const asks = c.confusion > 0 && abuse === 0;
  const complaint =
    c.problem > 0 || c.repeat > 0 || c.churn > 0 || c.escalation > 0 || asks || polarity === 'negative';
  if (!complaint || a.tokens < MIN_CONSTRUCTIVE_TOKENS) return false;
  const about = c.object > 0 && (c.repeat > 0 || abuse === 0);
  return c.problem > 0 || a.signals.facts > 0 || about;
}
