/**
 * The per-language cue lists compiled to regular expressions once, on first use. A language outside the
 * eight gets the union of all of them (a draft in an unknown language may still use English phrases), with
 * English fixes.
 */
import { compilePhrases } from './phrase-pattern';
import { ar } from './cues/ar';
import { de } from './cues/de';
import { en } from './cues/en';
import { es } from './cues/es';
import { fr } from './cues/fr';
import { hu } from './cues/hu';
import { INSTRUCTIONS } from './cues/instructions';
import { pt } from './cues/pt';
import { ru } from './cues/ru';
import { BLAME_KINDS, type BlameKind, type LanguageCues } from './cues/types';

const CUES: Readonly<Record<string, LanguageCues>> = { en, es, pt, fr, de, ru, ar, hu };

export interface CompiledCues {
  language: string;
  greetings?: RegExp;
  apologies?: RegExp;
  ownership?: RegExp;
  nextSteps?: RegExp;
  vagueSteps?: RegExp;
  instructions?: RegExp;
  closings?: RegExp;
  blame: [BlameKind, RegExp][];
  negations?: RegExp;
  sympathy?: RegExp;
  fixes: LanguageCues['fixes'];
}

const compiled = new Map<string, CompiledCues>();

function compile(
  language: string,
  lists: readonly LanguageCues[],
  fixes: LanguageCues['fixes'],
): CompiledCues {
  const instructions = language === '*' ? Object.values(INSTRUCTIONS).flat() : (INSTRUCTIONS[language] ?? []);
  const proclitics = lists
    .map((cues) => cues.proclitics)
    .filter(Boolean)
    .join('|');
  const union = (pick: (cues: LanguageCues) => readonly string[]) =>
    compilePhrases(lists.flatMap(pick), proclitics);
  const blame: [BlameKind, RegExp][] = [];
  for (const kind of BLAME_KINDS) {
    const pattern = union((cues) => cues.blame[kind]);
    if (pattern) blame.push([kind, pattern]);
  }
  return {
    language,
    greetings: union((cues) => cues.greetings),
    apologies: union((cues) => cues.apologies),
    ownership: union((cues) => cues.ownership),
    nextSteps: union((cues) => cues.nextSteps),
    vagueSteps: union((cues) => cues.vagueSteps ?? []),
    instructions: compilePhrases(
      instructions,
      lists
        .map((cues) => cues.proclitics)
        .filter(Boolean)
        .join('|'),
    ),
    closings: union((cues) => cues.closings),
    blame,
    negations: union((cues) => cues.negations ?? []),
    sympathy: union((cues) => cues.sympathy ?? []),
    fixes,
  };
}

export function isCheckedLanguage(language: string): boolean {
  return language in CUES;
}

export function cuesFor(language: string): CompiledCues {
  const key = isCheckedLanguage(language) ? language : '*';
  let cues = compiled.get(key);
  if (!cues) {
    const own = CUES[key];
    cues = own ? compile(key, [own], own.fixes) : compile('*', Object.values(CUES), en.fixes);
    compiled.set(key, cues);
  }
  return cues;
}
