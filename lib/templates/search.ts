/**
 * Fuzzy search over the agent's templates, answering per keystroke in well under 10 ms at 10,000 templates.
 *
 * Running fuse.js over every template per query costs about 20 µs per template (≈200 ms at 10k, measured by
 * `npm run bench`), so fuse.js matches the query's words against the library's *vocabulary* instead: an
 * inverted index maps each folded word to the templates that contain it, and one small fuse.js index per first
 * letter holds the words themselves. A query word is looked up exactly, as a prefix (type-ahead) and
 * fuzzily (typos) in its letter's fuse.js index; the templates behind the matched words are scored by field
 * weight × match quality × rarity, and templates matching every query word rank first.
 *
 * The index is built once and kept up to date with `add`, `update` and `remove` (fuse.js `add`/`remove`),
 * never rebuilt per keystroke.
 */
import Fuse from 'fuse.js';
import { withoutPlaceholders } from './format/placeholders';
import { scenarioLabel } from './format/scenarios';
import { fold, words } from './text/fold';
import type { Template, TemplateHit, TemplateQuery } from './types';

/** Field weights; a word keeps the highest weight of the fields it appears in. */
const Field = { Body: 0, Keyword: 1, Tag: 2, Title: 3, Shortcut: 4 } as const;
type Field = (typeof Field)[keyof typeof Field];
const FIELD_WEIGHTS: Readonly<Record<Field, number>> = [1, 1.5, 2, 3, 4];
const MAX_WORD = 32;
const MAX_BODY_WORDS = 200;
const FUZZY_MIN_LENGTH = 4;
const DEFAULT_LIMIT = 20;
const MAX_COMPLETIONS = 40;
/** A query word found in this many templates is taken as typed: no fuzzy alternatives. */
const KNOWN_WORD_POSTINGS = 3;

interface Doc {
  template: Template;
  words: string[];
}

// 0.4 lets a five-letter word have two errors: a swapped pair of letters ("stroy") counts as two.
const fuseOptions = { includeScore: true, threshold: 0.4, distance: 16, ignoreLocation: false };
/** Fuzzy candidates share the first letter and are at most 1 shorter or 3 longer than the typed word. */
const LENGTH_BAND = { below: 1, above: 3, cap: 16 } as const;
const fuzzyKey = (word: string, length = word.length) =>
  `${word[0] ?? ''}${Math.min(length, LENGTH_BAND.cap)}`;

/** Index of the first element of a sorted array that is >= `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function wordsOf(template: Template): Map<string, Field> {
  const found = new Map<string, Field>();
  const put = (text: string | undefined, field: Field, cap = Infinity) => {
    if (!text) return;
    let count = 0;
    for (const word of words(fold(text))) {
      if (word.length > MAX_WORD || count >= cap) continue;
      const previous = found.get(word);
      if (previous === undefined) count++;
      if (previous === undefined || previous < field) found.set(word, field);
    }
  };
  put(template.shortcut, Field.Shortcut);
  if (template.shortcut) put(fold(template.shortcut).replace(/[^\p{L}\p{N}]/gu, ''), Field.Shortcut);
  put(template.title, Field.Title);
  put(scenarioLabel(template.scenario), Field.Tag);
  put(template.tags.join(' '), Field.Tag);
  put(template.keywords?.join(' '), Field.Keyword);
  put(withoutPlaceholders(template.body), Field.Body, MAX_BODY_WORDS);
  return found;
}

export class SearchIndex {
  /** Internal number per stored version of a template; postings point at these. */
  private readonly docs: (Doc | undefined)[] = [];
  private readonly numberOf = new Map<string, number>();
  /** word → entries `docNumber * 8 + field`. Entries of removed docs are skipped, then compacted away. */
  private readonly postings = new Map<string, number[]>();
  /** Every indexed word, sorted, for prefix completion by binary search. */
  private sortedWords: string[] = [];
  private isSorted = true;
  /** One small fuse.js index per first letter and word length. */
  private readonly fuzzy = new Map<string, Fuse<string>>();
  private deadEntries = 0;
  private liveEntries = 0;

  constructor(templates: Iterable<Template> = []) {
    this.isSorted = false;
    for (const template of templates) this.add(template);
    this.sortWords();
  }

  get size(): number {
    return this.numberOf.size;
  }

  has(id: string): boolean {
    return this.numberOf.has(id);
  }

  /** Adds a template, or replaces the stored version with the same id. */
  add(template: Template): void {
    if (this.numberOf.has(template.id)) this.remove(template.id);
    const number = this.docs.length;
    const found = wordsOf(template);
    this.docs.push({ template, words: [...found.keys()] });
    this.numberOf.set(template.id, number);
    for (const [word, field] of found) {
      let list = this.postings.get(word);
      if (!list) {
        list = [];
        this.postings.set(word, list);
        this.addWord(word);
      }
      list.push(number * 8 + field);
      this.liveEntries++;
    }
  }

  update(template: Template): void {
    this.add(template);
  }

  remove(id: string): boolean {
    const number = this.numberOf.get(id);
    if (number === undefined) return false;
    const doc = this.docs[number];
    this.docs[number] = undefined;
    this.numberOf.delete(id);
    const removed = doc?.words.length ?? 0;
    this.deadEntries += removed;
    this.liveEntries -= removed;
    // Compacting costs one pass over the postings, so it waits until a fifth of them are dead.
    if (this.deadEntries > 1024 && this.deadEntries > this.liveEntries / 4) this.compact();
    return true;
  }

  search(query: TemplateQuery): TemplateHit[] {
    const limit = Math.max(1, Math.min(query.limit ?? DEFAULT_LIMIT, 500));
    const terms = [...new Set(words(fold(typeof query.query === 'string' ? query.query : '')))]
      .filter((term) => term.length <= MAX_WORD)
      .slice(0, 12);
    if (terms.length === 0) return this.mostUsed(query.language, limit);

    // Scores accumulate in typed arrays indexed by doc number: a common word can touch every template, and
    // Map bookkeeping per posting would cost more than the search itself. The arrays are kept between
    // queries (and cleared through the touched list) so typing does not churn the garbage collector.
    const { total, matched, best } = this.scratchBuffers();
    const touched: number[] = [];
    for (const term of terms) {
      const termTouched: number[] = [];
      this.scoreTerm(term, best, termTouched);
      for (const number of termTouched) {
        if (matched[number] === 0) touched.push(number);
        total[number] = (total[number] ?? 0) + (best[number] ?? 0);
        matched[number] = (matched[number] ?? 0) + 1;
        best[number] = 0;
      }
    }

    const top: TemplateHit[] = [];
    for (const number of touched) {
      const template = this.docs[number]?.template;
      if (!template || (query.language && template.language !== query.language)) continue;
      const coverage = (matched[number] ?? 0) / terms.length;
      const score = (total[number] ?? 0) * coverage * coverage;
      if (top.length === limit && score <= (top[top.length - 1]?.score ?? 0)) continue;
      const at = top.findIndex((hit) => hit.score < score);
      top.splice(at === -1 ? top.length : at, 0, { template, score });
      if (top.length > limit) top.pop();
    }
    for (const number of touched) {
      total[number] = 0;
      matched[number] = 0;
    }
    return top;
  }

  private scratch = { total: new Float64Array(0), matched: new Uint8Array(0), best: new Float64Array(0) };

  private scratchBuffers() {
    const size = this.docs.length;
    if (this.scratch.total.length < size) {
      const capacity = Math.max(size, this.scratch.total.length * 2, 1024);
      this.scratch = {
        total: new Float64Array(capacity),
        matched: new Uint8Array(capacity),
        best: new Float64Array(capacity),
      };
    }
    return this.scratch;
  }

  /** Best score per doc for one query word (into `best`): exact, prefix and fuzzy matches of indexed words. */
  private scoreTerm(term: string, best: Float64Array, touched: number[]): void {
    const matches = new Map<string, number>();
    if (this.postings.has(term)) matches.set(term, 1);
    for (const word of this.completions(term)) {
      matches.set(word, 0.55 + 0.35 * (term.length / word.length));
    }
    // A word the library uses often was typed on purpose: looking for typos of it would only add noise
    // ("story" for "sorry") and cost the most on the commonest words.
    const isKnownWord = (this.postings.get(term)?.length ?? 0) >= KNOWN_WORD_POSTINGS;
    if (term.length >= FUZZY_MIN_LENGTH && !isKnownWord) {
      for (
        let length = term.length - LENGTH_BAND.below;
        length <= term.length + LENGTH_BAND.above;
        length++
      ) {
        const fuse = this.fuzzy.get(fuzzyKey(term, length));
        for (const { item, score = 1 } of fuse?.search(term, { limit: 16 }) ?? []) {
          if (!matches.has(item)) matches.set(item, 0.75 * (1 - score));
        }
        if (length >= LENGTH_BAND.cap) break;
      }
    }
    const count = Math.max(1, this.numberOf.size);
    for (const [word, quality] of matches) {
      const list = this.postings.get(word) ?? [];
      const rarity = Math.log(1 + count / Math.max(1, list.length));
      for (const entry of list) {
        const number = Math.floor(entry / 8);
        if (!this.docs[number]) continue;
        const score = quality * rarity * FIELD_WEIGHTS[(entry % 8) as Field];
        const previous = best[number] ?? 0;
        if (score <= previous) continue;
        if (previous === 0) touched.push(number);
        best[number] = score;
      }
    }
  }

  private mostUsed(language: string | undefined, limit: number): TemplateHit[] {
    const live = this.docs.filter(
      (doc): doc is Doc => Boolean(doc) && (!language || doc?.template.language === language),
    );
    return live
      .map(({ template }) => ({ template, score: template.usageCount }))
      .sort((a, b) => b.score - a.score || a.template.title.localeCompare(b.template.title))
      .slice(0, limit);
  }

  /** Type-ahead: indexed words that start with `term`, shortest (likeliest) first. */
  private completions(term: string): string[] {
    this.sortWords();
    const found: string[] = [];
    for (let index = lowerBound(this.sortedWords, term); index < this.sortedWords.length; index++) {
      const word = this.sortedWords[index] ?? '';
      if (!word.startsWith(term)) break;
      if (word !== term) found.push(word);
      if (found.length >= MAX_COMPLETIONS * 8) break;
    }
    return found.sort((a, b) => a.length - b.length).slice(0, MAX_COMPLETIONS);
  }

  private addWord(word: string): void {
    if (this.isSorted) this.sortedWords.splice(lowerBound(this.sortedWords, word), 0, word);
    else this.sortedWords.push(word);
    // Words with digits are ids and shortcuts ("s1k9", "4821"): exact and prefix matches only.
    if (/\d/.test(word)) return;
    const key = fuzzyKey(word);
    let fuse = this.fuzzy.get(key);
    if (!fuse) {
      fuse = new Fuse<string>([], fuseOptions);
      this.fuzzy.set(key, fuse);
    }
    fuse.add(word);
  }

  private sortWords(): void {
    if (this.isSorted) return;
    this.sortedWords.sort();
    this.isSorted = true;
  }

  private compact(): void {
    const emptied = new Set<string>();
    for (const [word, list] of this.postings) {
      const live = list.filter((entry) => this.docs[Math.floor(entry / 8)]);
      if (live.length === 0) {
        this.postings.delete(word);
        emptied.add(word);
      } else this.postings.set(word, live);
    }
    this.deadEntries = 0;
    if (emptied.size === 0) return;
    this.sortedWords = this.sortedWords.filter((word) => !emptied.has(word));
    for (const key of new Set([...emptied].map((word) => fuzzyKey(word)))) {
      this.fuzzy.get(key)?.remove((word) => emptied.has(word));
    }
  }
}
