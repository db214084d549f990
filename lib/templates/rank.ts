/**
 * Ranks the library's templates for one customer message and renders the best ones.
 *
 * 1. Language: the customer's, if the library has templates in it; otherwise the agent's (flagged, and said
 *    in the reason); otherwise English or the library's main language.
 * 2. Relevance: scenario keywords of that language matched against the message (rank/scenario-match.ts).
 *    When the customer's language was not usable, every language's keywords are tried, since a short or
 *    mixed message is often mis-detected. The scenarios whose replies read most like the message add a
 *    little (rank/scenario-similarity.ts), for wordings no keyword lists. Tone adds priors: praise for
 *    positive messages, how-to for confused ones, the general recovery reply for negative ones with nothing
 *    specific recognised.
 * 3. Tone fit of the variant (rank/tone-fit.ts), then the agent's own usage.
 * The best template of each scenario competes, so the top three are three different replies.
 */
import type { ToneResult } from '../tone/types';
import { GENERAL_SCENARIO, HOW_TO_SCENARIO, PRAISE_SCENARIO } from './format/scenarios';
import { TemplateLibrary } from './library';
import { nextWorkingDay } from './rank/follow-up';
import { describeLanguage, describeMatch, describeUsage, type LanguageChoice } from './rank/reason';
import type { ScenarioRelevance } from './rank/scenario-match';
import { describeToneFit, preferredVariant, toneFit } from './rank/tone-fit';
import { renderTemplate } from './render';
import type { RenderContext, Suggestion, Template } from './types';

export interface SuggestOptions {
  /** The agent's language: the fallback when the customer's has no template. */
  agentLanguage?: string;
  /** How many suggestions; 3 by default. */
  limit?: number;
}

const WEIGHTS = { relevance: 0.62, tone: 0.28, usage: 0.1 } as const;
const DAY = 24 * 60 * 60 * 1000;

/** "pt-BR" → "pt"; anything unusable → undefined. */
export function primaryLanguage(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) && primary !== 'und' ? primary : undefined;
}

function chooseLanguage(
  library: TemplateLibrary,
  tone: ToneResult,
  agentLanguage?: string,
): LanguageChoice | undefined {
  const customer = primaryLanguage(tone.lang);
  if (customer && library.hasLanguage(customer)) return { kind: 'customer', language: customer };
  const candidates = [primaryLanguage(agentLanguage), 'en', ...library.languages()];
  const language = candidates.find((candidate) => candidate && library.hasLanguage(candidate));
  if (!language) return undefined;
  return customer
    ? { kind: 'agent-fallback', language, customerLanguage: customer }
    : { kind: 'unknown-customer', language };
}

/** Keywords of other languages count for less: they only stand in when the message's own say nothing. */
const OTHER_LANGUAGE_DISCOUNT = 0.7;

function keywordRelevance(
  library: TemplateLibrary,
  message: string,
  choice: LanguageChoice,
): Map<string, ScenarioRelevance> {
  if (choice.kind === 'customer') {
    const own = library.matcher(choice.language).match(message);
    if (own.size > 0) return own;
  }
  // The customer's language had no template, or its keywords found nothing: a mis-detected language or a
  // message mixing languages ("my refund, por favor") still names its problem in someone's keywords.
  const merged = new Map<string, ScenarioRelevance>();
  for (const language of library.languages()) {
    const discount = choice.kind === 'customer' ? OTHER_LANGUAGE_DISCOUNT : 1;
    for (const [scenario, relevance] of library.matcher(language).match(message)) {
      const score = relevance.score * discount;
      if (score > (merged.get(scenario)?.score ?? 0)) merged.set(scenario, { ...relevance, score });
    }
  }
  return merged;
}

/**
 * The scenarios whose replies read most like the message add a little relevance: the best of them as much as
 * a third of one full keyword, the next in proportion. Enough to rank the right reply when no keyword knows
 * the customer's wording, or to break a tie between keywords; never enough to overrule a clear keyword.
 * (0.3 was the middle of a plateau from 0.2 to 0.4 on the tuning messages; see BENCHMARKS.md.)
 */
const SIMILARITY_WEIGHT = 0.3;
const SIMILAR_SCENARIOS = 3;

function relevanceByScenario(
  library: TemplateLibrary,
  message: string,
  choice: LanguageChoice,
  tone: ToneResult,
): Map<string, ScenarioRelevance> {
  const relevance = keywordRelevance(library, message, choice);
  // Only the customer's own language can be compared word for word with the replies. A confused customer's
  // question shares its topic with failure replies without reporting that failure ("How do I change the
  // email on my profile?" reads like the hacked-account reply): there keywords and the how-to prior decide.
  if (choice.kind !== 'customer' || tone.tone === 'confused') return relevance;
  const similar = library.similarity(choice.language).score(message).slice(0, SIMILAR_SCENARIOS);
  const best = similar[0]?.score ?? 0;
  for (const { scenario, score, words } of similar) {
    const previous = relevance.get(scenario);
    relevance.set(scenario, {
      score: (previous?.score ?? 0) + (SIMILARITY_WEIGHT * score) / best,
      matched: previous?.matched ?? [],
      similarWords: words,
    });
  }
  return relevance;
}

/** A floor of relevance that the tone alone justifies, for scenarios that are about the tone. */
function tonePrior(scenario: string, tone: ToneResult): number {
  if (scenario === PRAISE_SCENARIO)
    return tone.tone === 'positive' || tone.polarity === 'positive' ? 0.55 : 0;
  if (scenario === HOW_TO_SCENARIO) return tone.tone === 'confused' ? 0.35 : 0;
  if (scenario === GENERAL_SCENARIO) {
    if (tone.tone === 'positive' || tone.polarity === 'positive') return 0;
    return tone.polarity === 'negative' || ['angry', 'frustrated'].includes(tone.tone) ? 0.22 : 0.05;
  }
  return 0;
}

function usageScore(template: Template, now: number): number {
  if (template.usageCount <= 0) return 0;
  const amount = Math.min(1, Math.log1p(template.usageCount) / Math.log1p(20));
  const isRecent = template.lastUsedAt !== undefined && now - template.lastUsedAt < 30 * DAY;
  return amount * (isRecent ? 1 : 0.6);
}

interface Ranked {
  template: Template;
  score: number;
  relevance: ScenarioRelevance | undefined;
  isPrior: boolean;
  fit: number;
}

const relevanceOf = (matched: ScenarioRelevance | undefined) =>
  matched ? matched.score / (matched.score + 1) : 0;

function rankTemplates(
  templates: readonly Template[],
  relevance: Map<string, ScenarioRelevance>,
  tone: ToneResult,
  now: number,
): Ranked[] {
  const isNegative = tone.polarity === 'negative' || ['angry', 'frustrated', 'anxious'].includes(tone.tone);
  // A tone floor stands in for keywords only as far as no scenario was named: a confused "where is my
  // order??" is about the order, not a how-to question.
  const strongestMatch = Math.max(0, ...[...relevance.values()].map(relevanceOf));
  // When a scenario has no variant for this tone, its standard reply is the best it offers: a smaller
  // penalty than choosing a standard reply over an available de-escalating one.
  const preferred = preferredVariant(tone);
  const hasPreferred = new Set(templates.filter((t) => t.variant === preferred).map((t) => t.scenario));
  return templates.map((template) => {
    const matched = relevance.get(template.scenario);
    let keywordScore = relevanceOf(matched);
    // Thanking an upset customer for their praise is worse than no suggestion.
    if (template.scenario === PRAISE_SCENARIO && isNegative) keywordScore *= 0.15;
    // The general recovery reply is for failures nothing names, so it gives way faster than how-to, whose
    // questions often mention things other scenarios use ("change the email on my profile").
    const giveWay = template.scenario === GENERAL_SCENARIO ? 2 : 1;
    const prior = tonePrior(template.scenario, tone) * Math.max(0, 1 - giveWay * strongestMatch);
    const isBestAvailable = template.variant === 'standard' && !hasPreferred.has(template.scenario);
    const fit = isBestAvailable ? Math.max(0.8, toneFit(template, tone)) : toneFit(template, tone);
    const score =
      WEIGHTS.relevance * Math.max(keywordScore, prior) +
      WEIGHTS.tone * fit +
      WEIGHTS.usage * usageScore(template, now);
    return { template, score, relevance: matched, isPrior: prior > keywordScore, fit };
  });
}

/** Scenarios that are about the customer's state rather than something that went wrong. */
const NOT_A_FAILURE = new Set([HOW_TO_SCENARIO, PRAISE_SCENARIO, GENERAL_SCENARIO]);
/**
 * A failure named this clearly is what a how-to question in the same message is about: at least one telling
 * keyword in order (relevance 0.5 is one full-weight keyword; a loose any-order match such as "change the
 * email" ~ "email changed" stays below 0.4), and half as clearly as the question itself is asked.
 */
const FAILURE_CLEAR_AT = 0.4;
const FAILURE_OVER_QUESTION = 0.5;

/**
 * "I got the wrong colour. How do I exchange it?" asks how to undo a failure of ours: the recovery reply for
 * that failure answers it (with its own steps), while the generic how-to reply would skip the apology. So a
 * how-to reply never ranks above a failure the message names about as clearly as it asks its question; a
 * bare question ("How do I add a second user?") names no failure and keeps how-to first.
 */
function yieldQuestionToNamedFailure(ranked: Ranked[]): Ranked[] {
  const failures = ranked.filter((entry) => entry.relevance && !NOT_A_FAILURE.has(entry.template.scenario));
  if (failures.length === 0) return ranked;
  const strongest = failures.reduce((best, entry) =>
    relevanceOf(entry.relevance) > relevanceOf(best.relevance) ? entry : best,
  );
  const failure = relevanceOf(strongest.relevance);
  const bestFailureScore = Math.max(...failures.map((entry) => entry.score));
  return ranked.map((entry) => {
    if (entry.template.scenario !== HOW_TO_SCENARIO) return entry;
    const question = relevanceOf(entry.relevance);
    const isFailureClear = failure >= FAILURE_CLEAR_AT && failure >= FAILURE_OVER_QUESTION * question;
    if (!isFailureClear || entry.score < bestFailureScore) return entry;
    return { ...entry, score: bestFailureScore - 0.001 };
  });
}

/** Best per scenario first (an agent's template without a scenario is its own), then the runners-up. */
function pickTop(ranked: Ranked[], limit: number): Ranked[] {
  const sorted = [...ranked].sort((a, b) => b.score - a.score || a.template.id.localeCompare(b.template.id));
  const seen = new Set<string>();
  const leaders: Ranked[] = [];
  const rest: Ranked[] = [];
  for (const entry of sorted) {
    const group = entry.template.scenario || entry.template.id;
    if (seen.has(group)) rest.push(entry);
    else {
      seen.add(group);
      leaders.push(entry);
    }
  }
  return [...leaders, ...rest].slice(0, limit);
}

export function suggest(
  message: string,
  tone: ToneResult,
  context: RenderContext = {},
  library: TemplateLibrary | Iterable<Template> = [],
  options: SuggestOptions = {},
): Suggestion[] {
  const templates = library instanceof TemplateLibrary ? library : new TemplateLibrary(library);
  const choice = chooseLanguage(templates, tone, options.agentLanguage);
  if (!choice) return [];
  const now = context.now ?? Date.now();
  const relevance = relevanceByScenario(templates, typeof message === 'string' ? message : '', choice, tone);
  // A template with nothing in the message pointing at it and no tone prior would only be noise.
  const ranked = yieldQuestionToNamedFailure(
    rankTemplates(templates.inLanguage(choice.language), relevance, tone, now).filter(
      (entry) => entry.relevance !== undefined || tonePrior(entry.template.scenario, tone) > 0,
    ),
  );
  const limit = Math.max(1, Math.min(options.limit ?? 3, 20));

  const renderContext: RenderContext = { ...context, now };
  return pickTop(ranked, limit).map(({ template, score, relevance: matched, isPrior, fit }) => {
    const reason = [
      describeLanguage(choice),
      describeMatch(template.scenario, matched?.matched ?? [], isPrior, matched?.similarWords),
      fit >= 0.85 ? describeToneFit(template, tone.tone) : undefined,
      describeUsage(template.usageCount),
    ].filter(Boolean);
    return renderSuggestion(template, renderContext, {
      reason: reason.join(' · '),
      isFallbackLanguage: choice.kind !== 'customer',
      score,
    });
  });
}

/**
 * One template rendered as a suggestion (also for a shortcut the agent typed, or a template picked from
 * search). Without a follow-up date in the context the next working day is promised, and returned.
 */
export function renderSuggestion(
  template: Template,
  context: RenderContext,
  ranking: Pick<Suggestion, 'reason' | 'isFallbackLanguage' | 'score'>,
): Suggestion {
  const now = context.now ?? Date.now();
  const followUpDate = context.followUp?.date ?? nextWorkingDay(now, context.timeZone);
  const rendered = renderTemplate(template, {
    ...context,
    now,
    followUp: { ...context.followUp, date: followUpDate },
  });
  return {
    templateId: template.id,
    scenario: template.scenario,
    language: template.language,
    title: template.title,
    text: rendered.text,
    html: rendered.html,
    missing: rendered.missing,
    reason: ranking.reason,
    isFallbackLanguage: ranking.isFallbackLanguage,
    score: Math.round(ranking.score * 1000) / 1000,
    ...(template.variant !== undefined && { variant: template.variant }),
    followUpDate,
  };
}
