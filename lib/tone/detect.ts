/**
 * `detectTone`: the tone engine's entry point. Pure and synchronous; never throws (bad input gives a
 * neutral result with low confidence), linear in the text length.
 */
import { analyse, type Analysis } from './analyse';
import { featureVector, hasSupportContext } from './features';
import { detectLanguage, languageFromHint, type LanguageGuess } from './language';
import model from './data/model.json';
import { visibleText } from './prepare';
import {
  churnRiskOf,
  HAND_MODEL,
  intensityOf,
  isConstructive,
  scoreFeatures,
  urgencyOf,
  type ToneModel,
} from './score';
import { foldHungarian, isAccentless, tokenize, type Token } from './text';
import { wordLayerFor, wordLogits } from './words';
import {
  neutralToneResult,
  type DetectToneOptions,
  type Evidence,
  type Polarity,
  type Tone,
  type ToneResult,
} from './types';

/**
 * How much of a message the engine reads: the first 64 K characters (about 10,000 words). A customer's new
 * message comes first and the rest of a long paste is quoted history, logs or attachments; reading a fixed
 * window keeps a 1 MB paste well under 100 ms, and evidence offsets stay valid (the window is a prefix).
 */
export const MAX_TEXT_CHARS = 65_536;
/** The panel cannot show more highlights than this usefully; strongest first, then returned in text order. */
const MAX_EVIDENCE = 200;

const TRAINED: ToneModel | undefined = model.tones.length > 0 ? model : undefined;

/**
 * The word layer learnt Reddit's and Russian news' vocabulary: there "где" (where) is a neutral news word
 * and "order" a confused one. In a message with support context ("Где мой заказ? Уже третий раз пишу")
 * it counts half and leaves out question words and pronouns (words.ts), and the support cues, written for
 * such messages, lead.
 */
export const SUPPORT_WORD_SCALE = 0.5;

export function wordLayerScale(analysis: Analysis): number {
  return hasSupportContext(analysis, true) ? SUPPORT_WORD_SCALE : 1;
}

function tidyEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const unique = evidence.filter((e) => {
    const key = `${e.start}:${e.end}:${e.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const kept =
    unique.length > MAX_EVIDENCE
      ? unique.sort((a, b) => Math.abs(b.weight ?? 1) - Math.abs(a.weight ?? 1)).slice(0, MAX_EVIDENCE)
      : unique;
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * An angry or frustrated message is a negative one, even when the polarity layer, which reads sentiment
 * words only, finds none: "Third time I'm writing, nobody answers" and "the app keeps logging me out" carry
 * their complaint in cues, not in lexicon words. (Checked on the train/ splits first: tweets in every
 * language and the Arabic reviews gained; the layers' own training sets lost a little of their fit.)
 */
const NEGATIVE_TONES: ReadonlySet<Tone> = new Set(['angry', 'frustrated']);

export function polarityAgreeingWithTone(tone: Tone, polarity: Polarity): Polarity {
  return polarity === 'neutral' && NEGATIVE_TONES.has(tone) ? 'negative' : polarity;
}

function guessLanguage(text: string, hint: string | undefined): LanguageGuess {
  return (hint ? languageFromHint(hint) : undefined) ?? detectLanguage(text);
}

export interface Reading {
  language: LanguageGuess;
  tokens: Token[];
  /** The tokens the word layer reads: courtesy formulas and sarcastic thanks left out (see courtesy.ts). */
  wordTokens: Token[];
  analysis: Analysis;
  features: Float64Array;
}

/** Everything before the scoring layer; the training script reads messages through this too. */
export function readMessage(input: string, options: DetectToneOptions = {}): Reading {
  const text = input.length > MAX_TEXT_CHARS ? input.slice(0, MAX_TEXT_CHARS) : input;
  const visible = visibleText(text, options.keepQuotes === true);
  const language = guessLanguage(visible, options.lang);
  const tokens = tokenize(visible);
  const folded = isAccentless(visible, language.supported);
  if (folded) for (const token of tokens) token.norm = foldHungarian(token.norm);
  const analysis = analyse(visible, tokens, language.supported, folded);
  const { courtesy } = analysis;
  const wordTokens = courtesy.includes(1) ? tokens.filter((_, i) => !courtesy[i]) : tokens;
  return { language, tokens, wordTokens, analysis, features: featureVector(analysis) };
}

function detect(input: string, options: DetectToneOptions): ToneResult {
  const { language, tokens, wordTokens, analysis, features } = readMessage(input, options);
  const words = wordLayerFor(language.supported);
  const scale = wordLayerScale(analysis);
  const scored = scoreFeatures(
    TRAINED ?? HAND_MODEL,
    features,
    words ? wordLogits(words, wordTokens, scale, scale < 1) : undefined,
  );
  const polarity = polarityAgreeingWithTone(scored.tone, scored.polarity);
  const evidence = tidyEvidence(analysis.evidence);
  if (evidence.length === 0 && tokens.length === 0)
    return neutralToneResult(language.lang, language.confidence);
  const best = scored.scores[scored.tone];
  // Little to read means little confidence, however peaked the scores.
  const support = 1 - Math.exp(-(evidence.length + tokens.length / 10) / 2);
  // Without its own lexicons and cues only the language-agnostic signals were read: say so.
  const coverage = language.supported ? 1 : 0.5;
  return {
    tone: scored.tone,
    polarity,
    intensity: intensityOf(analysis),
    urgency: urgencyOf(analysis, polarity),
    churnRisk: churnRiskOf(analysis),
    constructive: isConstructive(analysis, polarity),
    lang: language.lang,
    langConfidence: language.confidence,
    evidence,
    scores: scored.scores,
    confidence: Math.round(best * support * coverage * 1000) / 1000,
  };
}

/**
 * The tone of one customer message. `options.lang` forces the language (e.g. the helpdesk knows the
 * customer's locale); `options.keepQuotes` skips stripping quoted replies and signatures.
 */
export function detectTone(text: unknown, options: DetectToneOptions = {}): ToneResult {
  if (typeof text !== 'string' || text.trim() === '') return neutralToneResult();
  try {
    return detect(text, options ?? {});
  } catch {
    // A bug must not take the panel down with it: report "nothing read" rather than throw.
    return neutralToneResult();
  }
}
