/**
 * The language-independent feature vector the scoring layer reads. Counts are squashed with log1p so one
 * long rant does not outweigh everything else; the same vector feeds the trained weights (data/model.json)
 * and the training script, so the names and order here are part of that file's format.
 *
 * There is no length feature: in the training data long rows are news (CEDR's neutral class) and long
 * Reddit comments, so it taught "long means neutral", while a support message is long because it explains
 * a problem. Dropping it also raised the dev-row F1 of both training sources.
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
  'supportQuestions',
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
  'abusiveComplaint',
  'facts',
  'intensifier',
  'noEvidence',
  'net',
  'positiveHits',
  'negativeHits',
  'strongestPositive',
  'strongestNegative',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

const squash = (value: number): number => Math.log1p(Math.max(0, value));

/**
 * Does the message read as a support message: about an order, a payment or an account, asking for
 * something, or stating a problem, repeat contact, a threat or a deadline? The training data (Reddit,
 * Russian blogs and news) rarely does, so such messages lean on the support cues (see detect.ts).
 */
export function hasSupportContext(a: Analysis, strict = false): boolean {
  const c = a.cues;
  const claim = c.request + c.problem + c.repeat + c.churn + c.escalation + c.urgency + c.deadline > 0;
  // Strict: naming an order or money is not enough (Russian news mentions "деньги" and "карта" too).
  if (strict) return claim || (c.object > 0 && a.signals.questions > 0);
  return claim || c.object > 0;
}

export function featureVector(a: Analysis): Float64Array {
  const c = a.cues;
  const s = a.signals;
  const evidence = a.lexiconHits + s.emojiPositive + s.emojiNegative + s.punctuationRuns + s.maskedSwearing;
  // What a message is about ("order", "refund"), that it asks for something and greets are not tone evidence.
  let cueTotal = -c.object - c.request - c.greeting - c.conjunction;
  for (const kind in c) cueTotal += c[kind as keyof typeof c];
  // A question about an order, a payment or an account, or one that asks for something ("could you",
  // "¿se puede?"), is a support request; only a question without that context reads as it does on Reddit,
  // where "?" mostly marks confusion. The two get separate weights.
  const supportContext = hasSupportContext(a);
  const heated = c.swearing + s.maskedSwearing + c.insult + c.anger > 0;
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
    questions: supportContext ? 0 : squash(s.questions),
    supportQuestions: supportContext ? squash(s.questions) : 0,
    // "What the f*** is this?" is rhetorical, not confusion: questions next to abuse get their own weight.
    heatedQuestions: heated ? squash(s.questions) : 0,
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
    deadline: squash(c.deadline + c.timeframe),
    repeat: squash(c.repeat),
    churn: squash(c.churn),
    escalation: squash(c.escalation),
    // Insults or swearing about a concrete complaint: the agent's "angry" case, however weary the rest.
    abusiveComplaint:
      c.insult + c.swearing + s.maskedSwearing > 0 && c.problem + c.repeat + c.churn + c.escalation > 0
        ? 1
        : 0,
    facts: squash(s.facts),
    intensifier: squash(c.intensifier),
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
