/** Compiles the per-language cue lists and finds them in a token stream. */
import { tokenize, type Token } from '../text';
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

type Part = { exact: string } | { prefix: string } | { number: true };

interface Pattern {
  kind: CueKind;
  parts: Part[];
  source: string;
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

function compilePattern(kind: CueKind, source: string): Pattern | undefined {
  const parts: Part[] = [];
  for (const piece of source.split(/\s+/)) {
    if (piece === '#') {
      parts.push({ number: true });
      continue;
    }
    const isPrefix = piece.endsWith('*');
    const words = tokenize(isPrefix ? piece.slice(0, -1) : piece).map((token) => token.norm);
    words.forEach((word, i) => {
      parts.push(isPrefix && i === words.length - 1 ? { prefix: word } : { exact: word });
    });
  }
  return parts.length > 0 ? { kind, parts, source } : undefined;
}

function add(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
  const list = map.get(key);
  if (list) list.push(pattern);
  else map.set(key, [pattern]);
}

function compile(lists: LanguageCues[]): CompiledCues {
  const compiled: CompiledCues = { byWord: new Map(), byPrefix: new Map(), byNumber: [] };
  for (const list of lists) {
    for (const kind of CUE_KINDS) {
      for (const source of (list[kind] ?? '').split(/\s*[,\n]\s*/)) {
        const pattern = source.trim() ? compilePattern(kind, source.trim()) : undefined;
        const first = pattern?.parts[0];
        if (!pattern || !first) continue;
        if ('number' in first) compiled.byNumber.push(pattern);
        else if ('exact' in first) add(compiled.byWord, first.exact, pattern);
        else if (first.prefix.length >= PREFIX_KEY)
          add(compiled.byPrefix, first.prefix.slice(0, PREFIX_KEY), pattern);
        else
          add(compiled.byWord, first.prefix, {
            ...pattern,
            parts: [{ exact: first.prefix }, ...pattern.parts.slice(1)],
          });
      }
    }
  }
  return compiled;
}

const compiledByLanguage = new Map<string, CompiledCues>();

/** Cues of a supported language plus the universal ones; other languages get the universal ones only. */
function cuesFor(lang: SupportedLanguage | undefined): CompiledCues {
  const key = lang ?? 'und';
  let compiled = compiledByLanguage.get(key);
  if (!compiled) {
    compiled = compile(lang ? [LISTS[lang], universal] : [universal]);
    compiledByLanguage.set(key, compiled);
  }
  return compiled;
}

function partMatches(part: Part, token: Token | undefined): boolean {
  if (!token) return false;
  if ('number' in part) return token.numeric;
  if ('exact' in part) return token.norm === part.exact;
  return token.norm.startsWith(part.prefix);
}

/** Patterns may not run across a sentence break ("… not. Cancel …" is not "not cancel"). */
function matchAt(pattern: Pattern, tokens: Token[], at: number): number {
  for (let k = 0; k < pattern.parts.length; k++) {
    const part = pattern.parts[k];
    const token = tokens[at + k];
    if (!part || !partMatches(part, token)) return 0;
    if (k > 0 && token?.breakBefore) return 0;
  }
  return pattern.parts.length;
}

/**
 * Every cue in the tokens: for each start token and kind, the longest matching pattern. Hits of different
 * kinds may overlap ("still not" is a repeat cue and holds a negation).
 */
export function findCues(tokens: Token[], lang: SupportedLanguage | undefined): CueHit[] {
  const cues = cuesFor(lang);
  const hits: CueHit[] = [];
  const best = new Map<CueKind, CueHit>();
  const consider = (patterns: Pattern[] | undefined, i: number): void => {
    if (!patterns) return;
    for (const pattern of patterns) {
      const length = matchAt(pattern, tokens, i);
      const current = best.get(pattern.kind);
      if (length > 0 && (!current || length > current.last - current.first)) {
        best.set(pattern.kind, { kind: pattern.kind, first: i, last: i + length, source: pattern.source });
      }
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    consider(cues.byWord.get(token.norm), i);
    if (token.norm.length >= PREFIX_KEY) consider(cues.byPrefix.get(token.norm.slice(0, PREFIX_KEY)), i);
    if (token.numeric) consider(cues.byNumber, i);
    if (best.size === 0) continue;
    for (const hit of best.values()) hits.push(hit);
    best.clear();
  }
  return hits;
}
