/** Compiles the per-language cue lists and finds them in a token stream. */
import { keyFor, tokenize, type Token } from '../text';
import type { SupportedLanguage } from '../types';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hu } from './hu';
import { pt } from './pt';
import { ru } from './ru';
import { universal } from './universal';
import { CUE_KINDS, type CueKind, type LanguageCues } from './types';

export type { CueKind } from './types';

const LISTS: Record<SupportedLanguage, LanguageCues> = { ar, de, en, es, fr, hu, pt, ru };

type Part =
  | { exact: string; capitals?: true }
  | { prefix: string }
  | { number: true }
  | { any: true }
  | { clauseEnd: true };

/** A pattern word written in capitals ("YA", "NOW") only matches a word the customer wrote in capitals. */
const CAPITALS = /^\p{Lu}[\p{Lu}\p{M}]+$/u;

interface Pattern {
  kind: CueKind;
  parts: Part[];
  source: string;
  /** 1 when the pattern opens with `_`: it is found through its second part and starts one word earlier. */
  lead: number;
}

export interface CueHit {
  kind: CueKind;
  /** Token indices [first, last). */
  first: number;
  last: number;
  source: string;
}

interface CompiledCues {
  byWord: Map<string, Pattern[]>;
  /** Patterns whose first part is a prefix, by that prefix's first three letters. */
  byPrefix: Map<string, Pattern[]>;
  byNumber: Pattern[];
}

const PREFIX_KEY = 3;

function compilePattern(kind: CueKind, source: string, key: (norm: string) => string): Pattern | undefined {
  const parts: Part[] = [];
  for (const piece of source.split(/\s+/)) {
    if (piece === '#') {
      parts.push({ number: true });
      continue;
    }
    if (piece === '_') {
      parts.push({ any: true });
      continue;
    }
    if (piece === '$') {
      parts.push({ clauseEnd: true });
      continue;
    }
    const isPrefix = piece.endsWith('*');
    const words = tokenize(isPrefix ? piece.slice(0, -1) : piece).map((token) => key(token.norm));
    const capitals = CAPITALS.test(piece) ? ({ capitals: true } as const) : {};
    words.forEach((word, i) => {
      parts.push(isPrefix && i === words.length - 1 ? { prefix: word } : { exact: word, ...capitals });
    });
  }
  return parts.length > 0 ? { kind, parts, source, lead: parts[0] && 'any' in parts[0] ? 1 : 0 } : undefined;
}

function add(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
  const list = map.get(key);
  if (list) list.push(pattern);
  else map.set(key, [pattern]);
}

function compile(lists: LanguageCues[], folded: boolean): CompiledCues {
  const compiled: CompiledCues = { byWord: new Map(), byPrefix: new Map(), byNumber: [] };
  const key = keyFor(folded);
  for (const list of lists) {
    for (const kind of CUE_KINDS) {
      for (const source of (list[kind] ?? '').split(/\s*[,\n]\s*/)) {
        const pattern = source.trim() ? compilePattern(kind, source.trim(), key) : undefined;
        // A pattern is looked up under its first word ("_ ya $" under "ya").
        const first = pattern?.parts[pattern.lead];
        if (!pattern || !first || 'clauseEnd' in first || 'any' in first) continue;
        if ('number' in first) compiled.byNumber.push(pattern);
        else if ('exact' in first) add(compiled.byWord, first.exact, pattern);
        else if (first.prefix.length >= PREFIX_KEY)
          add(compiled.byPrefix, first.prefix.slice(0, PREFIX_KEY), pattern);
        else
          add(compiled.byWord, first.prefix, {
            ...pattern,
            parts: pattern.parts.map((part) => (part === first ? { exact: first.prefix } : part)),
          });
      }
    }
  }
  return compiled;
}

const compiledByLanguage = new Map<string, CompiledCues>();

/**
 * Cues of a supported language plus the universal ones; other languages get the universal ones only.
 * `folded`: keys folded for accentless Hungarian (see text.ts `foldHungarian`).
 */
function cuesFor(lang: SupportedLanguage | undefined, folded: boolean): CompiledCues {
  const key = `${lang ?? 'und'}${folded ? ':folded' : ''}`;
  let compiled = compiledByLanguage.get(key);
  if (!compiled) {
    compiled = compile(lang ? [LISTS[lang], universal] : [universal], folded);
    compiledByLanguage.set(key, compiled);
  }
  return compiled;
}

function partMatches(part: Exclude<Part, { clauseEnd: true }>, token: Token | undefined): boolean {
  if (!token) return false;
  if ('any' in part) return true;
  if ('number' in part) return token.numeric;
  if ('exact' in part) return token.norm === part.exact && (!part.capitals || token.capitals);
  return token.norm.startsWith(part.prefix);
}

/**
 * Patterns may not run across a sentence break ("… not. Cancel …" is not "not cancel"). A `$` part matches
 * no token: it asks that the clause ends there ("ya $": Spanish "ya" closing a demand is "now", elsewhere
 * it is "already").
 */
function matchAt(pattern: Pattern, tokens: Token[], at: number): number {
  let length = 0;
  for (const part of pattern.parts) {
    const token = tokens[at + length];
    if ('clauseEnd' in part) {
      if (token && !token.breakBefore) return 0;
      continue;
    }
    if (!partMatches(part, token)) return 0;
    if (length > 0 && token?.breakBefore) return 0;
    length++;
  }
  return length;
}

/**
 * Every cue in the tokens: for each start token and kind, the longest matching pattern. Hits of different
 * kinds may overlap ("still not" is a repeat cue and holds a negation).
 */
/**
 * Arabic writes "and" and "so" on the next word ("وقلقان", "and worried"): for Arabic a word starting with
 * و or ف is also tried without it. Only for cue matching; the lexicon strips clitics itself.
 */
const ARABIC_CONJUNCTION = /^[\u0648\u0641](?=.{3})/u;

function withoutConjunctions(tokens: Token[]): Token[] | undefined {
  if (!tokens.some((token) => ARABIC_CONJUNCTION.test(token.norm))) return undefined;
  return tokens.map((token) =>
    ARABIC_CONJUNCTION.test(token.norm) ? { ...token, norm: token.norm.slice(1) } : token,
  );
}

export function findCues(tokens: Token[], lang: SupportedLanguage | undefined, folded = false): CueHit[] {
  const cues = cuesFor(lang, folded);
  const hits: CueHit[] = [];
  const best = new Map<CueKind, CueHit>();
  const bare = lang === 'ar' ? withoutConjunctions(tokens) : undefined;
  const consider = (patterns: Pattern[] | undefined, i: number, list: Token[] = tokens): void => {
    if (!patterns) return;
    for (const pattern of patterns) {
      const start = i - pattern.lead;
      const length = start >= 0 ? matchAt(pattern, list, start) : 0;
      const current = best.get(pattern.kind);
      if (length > 0 && (!current || length > current.last - current.first)) {
        best.set(pattern.kind, {
          kind: pattern.kind,
          first: start,
          last: start + length,
          source: pattern.source,
        });
      }
    }
  };
  // How far each kind's hits reach: a hit inside a longer one of the same kind ("mindig" in "még mindig
  // nem") is the same cue, not a second one.
  const reach = new Map<CueKind, number>();
  const push = (hit: CueHit): void => {
    if (hit.last <= (reach.get(hit.kind) ?? -1)) return;
    reach.set(hit.kind, hit.last);
    hits.push(hit);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    consider(cues.byWord.get(token.norm), i);
    if (token.norm.length >= PREFIX_KEY) consider(cues.byPrefix.get(token.norm.slice(0, PREFIX_KEY)), i);
    if (token.numeric) consider(cues.byNumber, i);
    const stripped = bare?.[i];
    if (stripped && stripped !== token) {
      consider(cues.byWord.get(stripped.norm), i, bare);
      consider(cues.byPrefix.get(stripped.norm.slice(0, PREFIX_KEY)), i, bare);
    }
    if (best.size === 0) continue;
    for (const hit of best.values()) push(hit);
    best.clear();
  }
  return hits;
}
