/**
 * Scenario accuracy of the ranking on labelled customer messages: how often the top suggestion (top-1), or
 * one of the first three (top-3), is a scenario a good agent would pick. Used by `npm run templates:eval`
 * and by the ranking's unit tests; team leads can run it on their own labelled messages and library.
 */
import type { ToneResult } from '../../tone/types';
import type { TemplateLibrary } from '../library';
import { suggest } from '../rank';

export interface LabelledMessage {
  text: string;
  lang: string;
  /** Scenarios that count as right (the first is the best). */
  scenarios: readonly string[];
  /** Which part of the set: tuned on, or held out. */
  split?: string;
}

export interface MessageOutcome {
  message: LabelledMessage;
  /** Scenarios of the suggestions, best first. */
  suggested: string[];
  isTop1: boolean;
  isTop3: boolean;
}

export interface Accuracy {
  count: number;
  top1: number;
  top3: number;
}

export function evaluateRanking(
  messages: readonly LabelledMessage[],
  library: TemplateLibrary,
  toneFor: (message: LabelledMessage) => ToneResult,
  now = Date.UTC(2026, 10, 24, 10),
): MessageOutcome[] {
  return messages.map((message) => {
    const suggested = suggest(message.text, toneFor(message), { now }, library, { limit: 3 }).map(
      (suggestion) => suggestion.scenario,
    );
    return {
      message,
      suggested,
      isTop1: message.scenarios.includes(suggested[0] ?? ''),
      isTop3: suggested.some((scenario) => message.scenarios.includes(scenario)),
    };
  });
}

export function accuracyOf(outcomes: readonly MessageOutcome[]): Accuracy {
  const count = outcomes.length;
  const share = (hits: number) => (count === 0 ? 0 : hits / count);
  return {
    count,
    top1: share(outcomes.filter((outcome) => outcome.isTop1).length),
    top3: share(outcomes.filter((outcome) => outcome.isTop3).length),
  };
}
