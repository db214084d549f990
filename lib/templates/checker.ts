/**
 * Reviews the agent's own draft before it is sent, in the draft's language, against the recovery structure:
 * a greeting with the customer's name; for an upset customer an apology and ownership; a concrete next step
 * or time; no blame-shifting or defensive phrases; a warm closing. Each finding has the span it is about in
 * the draft (start = end where something is missing: the place to add it), a message for the agent and a fix
 * written in the draft's language. Small and synchronous, so the panel runs it on every keystroke.
 */
import type { ToneResult } from '../tone/types';
import { cuesFor, type CompiledCues } from './checker/compiled-cues';
import type { BlameKind } from './checker/cues/types';
import {
  afterGreeting,
  closingZone,
  countNumberedLines,
  greetingZone,
  type Span,
} from './checker/draft-zones';
import { findAll, type PhraseHit } from './checker/phrase-pattern';
import { nextWorkingDay } from './rank/follow-up';
import { formatDate } from './render/format-date';
import { firstNameOf } from './render/first-name';
import { fold, foldWithMap, originalSpan, words, type FoldedText } from './text/fold';

export const CHECK_RULES = [
  'greeting-name',
  'apology',
  'ownership',
  'next-step',
  'blame',
  'closing',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

export interface CheckFinding {
  rule: CheckRule;
  /** UTF-16 offsets into the draft; equal when the finding is about something missing (insert there). */
  start: number;
  end: number;
  message: string;
  /** Replacement for the span (or text to insert), in the draft's language. */
  fix: string;
  /** For `blame`: which kind of phrase it is. */
  kind?: BlameKind;
}

export interface CheckOptions {
  /** The customer's tone: a tone name ('angry', …) or the tone engine's result. */
  tone?: ToneResult | string;
  /** Language of the draft (ISO 639-1). */
  lang?: string;
  customer?: { name?: string; firstName?: string };
  /** For the date in the suggested next step; defaults to now and the runtime's zone. */
  now?: number;
  timeZone?: string;
}

/** Drafts longer than this are checked on their first part only: replies are not novels. */
const MAX_DRAFT_CHARS = 20_000;
const NEGATIVE_TONES: ReadonlySet<string> = new Set(['angry', 'frustrated', 'anxious']);

const BLAME_MESSAGES: Readonly<Record<BlameKind, string>> = {
  'should-have': 'Tells the customer what they should have done; it reads as blame.',
  'as-i-said': 'Sounds impatient ("as I already said"); restate the point kindly instead.',
  policy: 'Hides behind policy; explain what you can do instead.',
  'not-our-fault':
    'Shifts responsibility away (not our fault, the courier, the system); own it for the customer.',
  'your-fault': 'Blames the customer.',
  condescending: 'Sounds condescending.',
  dismissive: 'Sounds dismissive; say what you can do.',
  'non-apology': "A non-apology: it puts the problem on the customer's feelings.",
};

function toneOf(tone: CheckOptions['tone']): { name: string; isNegative: boolean } {
  if (typeof tone === 'string') return { name: tone, isNegative: NEGATIVE_TONES.has(tone) };
  if (tone && typeof tone === 'object' && typeof tone.tone === 'string') {
    return { name: tone.tone, isNegative: NEGATIVE_TONES.has(tone.tone) || tone.polarity === 'negative' };
  }
  return { name: 'neutral', isNegative: false };
}

function hitsIn(pattern: RegExp | undefined, folded: FoldedText, zone?: Span): PhraseHit[] {
  const hits = findAll(pattern, folded.text);
  if (!zone) return hits;
  return hits.filter((hit) => {
    const span = originalSpan(folded, hit.start, hit.end);
    return span.start >= zone.start && span.start < Math.max(zone.end, zone.start + 1);
  });
}

/** Every name the greeting may use: the first name, and any part of the full name ("Dear Mr Smith"). */
function acceptableNames(
  customer: CheckOptions['customer'],
  lang: string,
): { first?: string; parts: string[] } {
  const first = firstNameOf(customer?.firstName, lang) ?? firstNameOf(customer?.name, lang);
  const full = typeof customer?.name === 'string' && !customer.name.includes('@') ? customer.name : '';
  const parts = [...new Set(words(fold(`${first ?? ''} ${full}`)).filter((part) => part.length >= 2))];
  return { ...(first && { first }), parts };
}

/**
 * Languages that write case endings onto names (Hungarian "Annának", Russian "Анной"). Elsewhere a longer word
 * that starts with the name is another word: Arabic "عليك" (on you) or "عليكم" (in "السلام عليكم") is not "علي".
 */
const CASE_ENDING_LANGUAGES: ReadonlySet<string> = new Set(['hu', 'ru', 'uk', 'be', 'pl', 'cs', 'sk', 'fi']);
const MIN_INFLECTED_NAME = 3;

function greetingUsesName(greeting: string, parts: readonly string[], lang: string): boolean {
  const isInflected = (word: string, part: string) =>
    CASE_ENDING_LANGUAGES.has(lang) &&
    part.length >= MIN_INFLECTED_NAME &&
    word.startsWith(part) &&
    word.length - part.length <= 3;
  return words(fold(greeting)).some((word) => parts.some((part) => word === part || isInflected(word, part)));
}

/**
 * Arabic "على" (on: "شكراً على تواصلك") folds to the name "علي" (Ali). Spelled with ى it is the preposition,
 * unless the customer's name is spelled that way too.
 */
const ARABIC_ON = /(?<![\p{L}\p{M}])[وف]?على(?![\p{L}\p{M}])/gu;

function withoutNameLookalikes(greeting: string, customer: CheckOptions['customer']): string {
  const spelled = `${customer?.firstName ?? ''} ${customer?.name ?? ''}`;
  return spelled.includes('على') ? greeting : greeting.replace(ARABIC_ON, ' ');
}

function checkGreeting(
  draft: string,
  folded: FoldedText,
  cues: CompiledCues,
  options: CheckOptions,
  lang: string,
): CheckFinding[] {
  const zone = greetingZone(draft);
  const { first, parts } = acceptableNames(options.customer, lang);
  const zoneText = withoutNameLookalikes(draft.slice(zone.start, zone.end), options.customer);
  if (parts.length > 0 && greetingUsesName(zoneText, parts, lang)) return [];
  const [greeting] = hitsIn(cues.greetings, folded, zone).map((hit) =>
    originalSpan(folded, hit.start, hit.end),
  );
  const fix = cues.fixes.greeting(first);
  if (!greeting || greeting.start - zone.start > 30) {
    const message = first ? `Start with a greeting that uses ${first}'s name.` : 'Start with a greeting.';
    return [{ rule: 'greeting-name', start: zone.start, end: zone.start, message, fix }];
  }
  if (!first) return [];
  // Replace the greeting up to its punctuation ("Hello," / "Dear customer,"), or the whole short line.
  const rest = draft.slice(greeting.end, zone.end);
  const punctuation = /[,!:.،؛]/.exec(rest);
  const end =
    zone.end - zone.start <= 60 ? zone.end : greeting.end + (punctuation ? punctuation.index + 1 : 0);
  return [{ rule: 'greeting-name', start: greeting.start, end, message: `Greet ${first} by name.`, fix }];
}

function checkBlame(folded: FoldedText, cues: CompiledCues): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const negations = findAll(cues.negations, folded.text);
  const isNegated = (hit: PhraseHit) =>
    negations.some((negation) => negation.start >= hit.start && negation.end <= hit.end);
  const sympathy = findAll(cues.sympathy, folded.text);
  const isSympathy = (hit: PhraseHit) =>
    sympathy.some((kind) => hit.start < kind.end && kind.start < hit.end);
  for (const [kind, pattern] of cues.blame) {
    for (const hit of findAll(pattern, folded.text)) {
      if ((kind === 'should-have' && isNegated(hit)) || isSympathy(hit)) continue;
      const span = originalSpan(folded, hit.start, hit.end);
      const overlaps = findings.some((finding) => span.start < finding.end && finding.start < span.end);
      if (!overlaps) {
        findings.push({
          rule: 'blame',
          ...span,
          message: BLAME_MESSAGES[kind],
          fix: cues.fixes.blame[kind],
          kind,
        });
      }
    }
  }
  return findings;
}

/** A next-step phrase that is more than a promise to look ("I'll check" is vague; "I'll check by noon" is not). */
function hasConcreteStep(folded: FoldedText, cues: CompiledCues): boolean {
  const vague = findAll(cues.vagueSteps, folded.text);
  return findAll(cues.nextSteps, folded.text).some(
    (hit) => !vague.some((look) => look.start <= hit.start && hit.end <= look.end),
  );
}

/** Different instructions in the draft ("open Settings", "press Save"): steps written as a sentence. */
function countInstructions(folded: FoldedText, cues: CompiledCues): number {
  return new Set(findAll(cues.instructions, folded.text).map((hit) => folded.text.slice(hit.start, hit.end)))
    .size;
}

/** "By" the next working day in the draft's language ("by Friday", «до пятницы»), for the fix. */
function nextDayName(options: CheckOptions, cues: CompiledCues, lang: string): string {
  const now = options.now ?? Date.now();
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  return formatDate(
    nextWorkingDay(now, options.timeZone),
    'weekday-by',
    cues.language === '*' ? 'en' : lang,
    {
      now,
      ...zone,
    },
  );
}

function checkDraft(draft: string, options: CheckOptions): CheckFinding[] {
  const lang =
    (typeof options.lang === 'string' ? options.lang.toLowerCase().split(/[-_]/)[0] : undefined) || 'en';
  const cues = cuesFor(lang);
  const folded = foldWithMap(draft);
  const tone = toneOf(options.tone);
  const findings: CheckFinding[] = [...checkGreeting(draft, folded, cues, options, lang)];
  const blame = checkBlame(folded, cues);
  const insideBlame = (hit: PhraseHit) => {
    const span = originalSpan(folded, hit.start, hit.end);
    return blame.some((finding) => span.start >= finding.start && span.end <= finding.end);
  };
  const insertAt = afterGreeting(draft);

  if (tone.isNegative) {
    // "Sorry you feel that way" is flagged as blame, and is no apology.
    if (!hitsIn(cues.apologies, folded).some((hit) => !insideBlame(hit))) {
      const message = `No apology: for ${tone.name === 'angry' || tone.name === 'anxious' ? 'an' : 'a'} ${tone.name} customer, say sorry for what went wrong.`;
      findings.push({ rule: 'apology', start: insertAt, end: insertAt, message, fix: cues.fixes.apology });
    }
    // "Not our fault" contains "our fault": ownership inside a blame phrase does not count.
    if (!hitsIn(cues.ownership, folded).some((hit) => !insideBlame(hit))) {
      const message =
        'No ownership: say what you will do about it ("I will…"), not what the customer should do.';
      findings.push({
        rule: 'ownership',
        start: insertAt,
        end: insertAt,
        message,
        fix: cues.fixes.ownership,
      });
    }
  }

  const closing = closingZone(draft);
  const signOffs = hitsIn(cues.closings, folded, closing).map((hit) =>
    originalSpan(folded, hit.start, hit.end),
  );
  const hasNextStep =
    hasConcreteStep(folded, cues) || countNumberedLines(draft) >= 2 || countInstructions(folded, cues) >= 2;
  if (tone.name !== 'positive' && !hasNextStep) {
    // Before the sign-off ("Best," / "Saludos,") when there is one, else at the end.
    const signOff = signOffs[0];
    const lineStart = signOff ? draft.lastIndexOf('\n', signOff.start) : -1;
    const at = signOff ? (lineStart >= 0 ? lineStart + 1 : signOff.start) : draft.trimEnd().length;
    const message = 'No concrete next step or time: tell the customer what happens next, and when.';
    findings.push({
      rule: 'next-step',
      start: at,
      end: at,
      message,
      fix: cues.fixes.nextStep(nextDayName(options, cues, lang)),
    });
  }
  findings.push(...blame);
  if (signOffs.length === 0) {
    const end = draft.trimEnd().length;
    findings.push({
      rule: 'closing',
      start: end,
      end,
      message: 'No warm closing: end on a personal note.',
      fix: cues.fixes.closing,
    });
  }
  return findings.sort(
    (a, b) => a.start - b.start || CHECK_RULES.indexOf(a.rule) - CHECK_RULES.indexOf(b.rule),
  );
}

export function checkReply(draft: unknown, options: CheckOptions = {}): CheckFinding[] {
  if (typeof draft !== 'string' || !draft.trim()) return [];
  return checkDraft(draft.slice(0, MAX_DRAFT_CHARS), options ?? {});
}
