/**
 * The language-independent feature vector the scoring layer reads. Counts are squashed with log1p so one
 * long rant does not outweigh everything else; the same vector feeds the trained weights (data/model.json)
 * and the training script, so the names and order here are part of that file's format.
 */
import type { Analysis } from './analyse';

export const FEATURE_NAMES = [
  'bias',
  'positive',
  'negative',
  'emojiPositive',
  'emojiNegative',
  'negatedHits',
  'negatedCues',
  'shouted',
  'punctuationRuns',
  'exclamations',
  'questions',
  'heatedQuestions',
  'swearing',
  'maskedSwearing',
  'insult',
  'anger',
  'frustration',
  'anxiety',
  'confusion',
  'gratitude',
  'problem',
  'urgency',
  'deadline',
  'repeat',
  'churn',
  'escalation',
  'facts',
  'intensifier',
  'length',
  'noEvidence',
  'net',
  'positiveHits',
  'negativeHits',
  'strongestPositive',
  'strongestNegative',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

const squash = (value: number): number => Math.log1p(Math.max(0, value));

export function featureVector(a: Analysis): Float64Array {
  const c = a.cues;
  const s = a.signals;
  const evidence = a.lexiconHits + s.emojiPositive + s.emojiNegative + s.punctuationRuns + s.maskedSwearing;
  let cueTotal = 0;
  for (const kind in c) cueTotal += c[kind as keyof typeof c];
  const values: Record<FeatureName, number> = {
    bias: 1,
    positive: squash(a.positive),
    negative: squash(a.negative),
    emojiPositive: squash(s.emojiPositive),
    emojiNegative: squash(s.emojiNegative),
    negatedHits: squash(a.negatedHits),
    negatedCues: squash(a.negatedCues),
    shouted: squash(a.shouted),
    punctuationRuns: squash(s.punctuationRuns),
    exclamations: squash(s.exclamations),
    questions: squash(s.questions),
    // "What the f*** is this?" is rhetorical, not confusion: questions next to abuse get their own weight.
    heatedQuestions: c.swearing + s.maskedSwearing + c.insult + c.anger > 0 ? squash(s.questions) : 0,
    swearing: squash(c.swearing),
    maskedSwearing: squash(s.maskedSwearing),
    insult: squash(c.insult),
    anger: squash(c.anger),
    frustration: squash(c.frustration),
    anxiety: squash(c.anxiety),
    confusion: squash(c.confusion),
    gratitude: squash(c.gratitude),
    problem: squash(c.problem),
    urgency: squash(c.urgency),
    deadline: squash(c.deadline),
    repeat: squash(c.repeat),
    churn: squash(c.churn),
    escalation: squash(c.escalation),
    facts: squash(s.facts),
    intensifier: squash(c.intensifier),
    length: squash(a.tokens) / 3,
    noEvidence: evidence + cueTotal === 0 ? 1 : 0,
    // The balance, signed (the squashed sums above lose it), and the single strongest word on each side.
    net: Math.tanh((a.positive - a.negative + s.emojiPositive - s.emojiNegative) / 4),
    positiveHits: squash(a.positiveHits),
    negativeHits: squash(a.negativeHits),
    strongestPositive: a.strongestPositive / 4,
    strongestNegative: a.strongestNegative / 4,
  };
  const vector = new Float64Array(FEATURE_NAMES.length);
  for (let j = 0; j < FEATURE_NAMES.length; j++) vector[j] = values[FEATURE_NAMES[j] ?? 'bias'];
  return vector;
}
