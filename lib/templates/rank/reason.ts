/** The one-line reason shown under each suggestion: language, what matched, tone fit, the agent's usage. */
import { scenarioLabel } from '../format/scenarios';

const displayNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return undefined;
  }
})();

export function languageName(code: string): string {
  try {
    return displayNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

export type LanguageChoice =
  | { kind: 'customer'; language: string }
  | { kind: 'agent-fallback'; language: string; customerLanguage: string }
  | { kind: 'unknown-customer'; language: string };

export function describeLanguage(choice: LanguageChoice): string {
  const name = languageName(choice.language);
  if (choice.kind === 'customer') return `${name}, the customer's language`;
  if (choice.kind === 'unknown-customer')
    return `${name}, your language (customer's language not recognised)`;
  return `${name}, your language: no ${languageName(choice.customerLanguage)} template`;
}

const quote = (words: readonly string[]): string =>
  words
    .slice(0, 3)
    .map((word) => `“${word}”`)
    .join(', ');

export function describeMatch(
  scenario: string,
  matched: readonly string[],
  isPrior: boolean,
  similarWords: readonly string[] = [],
): string {
  const label = scenarioLabel(scenario);
  if (matched.length > 0) return `${label}: ${quote(matched)}`;
  if (isPrior) return `${label} (from the tone)`;
  return similarWords.length > 0 ? `${label}: worded like its replies (${quote(similarWords)})` : label;
}

export function describeUsage(usageCount: number): string | undefined {
  if (usageCount <= 0) return undefined;
  return usageCount === 1 ? 'you used it once' : `you used it ${usageCount}×`;
}
