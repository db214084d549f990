/**
 * How relevant each scenario is to a customer message, from the scenario keywords of one language
 * (rank/keyword-phrases.ts).
 *
 * A message word matches a keyword word when it is the same word, an inflected form of it in the matcher's
 * language (text/inflection.ts: "delayed" ⊃ "delay", "címemre" ⊃ "cím", "посылку" ~ "посылка", but not
 * "Monteur" ~ "Montag") or a typo of it (fuse.js proposes, an edit distance confirms). A phrase matches when
 * its words appear in order with at most two extra words between them ("charged my card twice"), or, at a
 * discount, when all its content words appear close together ("account … locked"). Two keywords of one
 * scenario found on the very same message words count once.
 */
import Fuse from 'fuse.js';
import { isTypoOf } from '../text/edit-distance';
import { inflectionQuality, morphologyOf } from '../text/inflection';
import { HUNGARIAN_PREVERBS, type Morphology } from '../text/inflection-tables';
import { matchReadings } from '../text/match-words';
import { buildPhrases, type KeywordPhrase, type KeywordSource } from './keyword-phrases';

export type { KeywordSource } from './keyword-phrases';

export interface ScenarioRelevance {
  /** Sum of matched keyword weights (diminishing); 0 when nothing matched. */
  score: number;
  /** The keywords that matched, as written, strongest first. */
  matched: string[];
  /** Message words this scenario's replies share, when their wording counted too (scenario-similarity.ts). */
  similarWords?: string[];
}

/** word position in the message → match quality, per keyword word. */
type Located = Map<string, Map<number, number>>;

/** How well a phrase was found, and at which message words. */
interface Found {
  quality: number;
  positions: number[];
}

const NOT_FOUND: Found = { quality: 0, positions: [] };

const FUZZY_MIN_LENGTH = 5;
const MAX_MESSAGE_WORDS = 600;
const MAX_GAP = 2;
const PROXIMITY_SLACK = 3;
const IN_ORDER_DISCOUNT = 0.75;
const ANY_ORDER_DISCOUNT = 0.5;
// fuse.js proposes candidates; the edit distance confirms them ("chraged" → "charged" yes, "profile" →
// "promised" no), since bitap counts a swapped pair of letters as two errors and matches inside longer words.
const fuseOptions = { includeScore: true, threshold: 0.34, ignoreLocation: true };
/** Successive keywords of one scenario add less and less: five generic hits should not beat one strong one. */
const DIMINISHING = 0.7;
/** A short keyword word that many scenarios share ("not", "my", "nem", "la") matches only as written. */
const COMMON_WORD_SCENARIOS = 3;
const SHORT_WORD = 3;

/**
 * Quality of the phrase's words in order, at most MAX_GAP extra words apart. Two keyword words may also meet
 * one message word written together ("log in" ~ "login", "sign in" ~ "signin").
 */
function orderedQuality(phrase: KeywordPhrase, located: Located): Found {
  const { tokens } = phrase;
  const step = (index: number): { positions: Map<number, number> | undefined; width: number } => {
    const joined = located.get(`${tokens[index] ?? ''}${tokens[index + 1] ?? ''}`);
    return joined && index + 1 < tokens.length
      ? { positions: joined, width: 2 }
      : { positions: located.get(tokens[index] ?? ''), width: 1 };
  };
  let best = NOT_FOUND;
  const first = step(0);
  for (const [start, startQuality] of first.positions ?? []) {
    let quality = startQuality;
    const used = [start];
    for (let index = first.width; index < tokens.length && quality > 0;) {
      const position = used[used.length - 1] ?? start;
      const { positions, width } = step(index);
      let next: number | undefined;
      for (let gap = 1; gap <= MAX_GAP + 1 && next === undefined; gap++) {
        if (positions?.has(position + gap)) next = position + gap;
      }
      quality = next === undefined ? 0 : Math.min(quality, positions?.get(next) ?? 0);
      if (next !== undefined) used.push(next);
      index += width;
    }
    if (quality > best.quality) best = { quality, positions: used };
  }
  return best;
}

/**
 * All content words of the phrase close together, whatever stands between them ("account … locked"). In
 * order they count 0.75; in another order only 0.5, since order can change the meaning ("email changed" is
 * a hacked account, "change the email" a how-to question) but often does not ("arrivé … devait" for "devait
 * arriver").
 */
function proximityQuality(phrase: KeywordPhrase, located: Located): Found {
  if (phrase.contentTokens.length < 2) return NOT_FOUND;
  const window = phrase.tokens.length + PROXIMITY_SLACK;
  const [anchor, ...others] = phrase.contentTokens;
  let best = NOT_FOUND;
  for (const [start, startQuality] of located.get(anchor ?? '') ?? []) {
    let quality = startQuality;
    let isInOrder = true;
    const used = [start];
    for (const token of others) {
      let found = 0;
      const previous = used[used.length - 1] ?? start;
      let at = previous;
      for (const [position, tokenQuality] of located.get(token) ?? []) {
        if (position !== start && Math.abs(position - start) < window && tokenQuality > found) {
          found = tokenQuality;
          at = position;
        }
      }
      isInOrder &&= at > previous;
      used.push(at);
      quality = Math.min(quality, found);
      if (quality === 0) break;
    }
    const value = quality * (isInOrder ? IN_ORDER_DISCOUNT : ANY_ORDER_DISCOUNT);
    if (value > best.quality) best = { quality: value, positions: used };
  }
  return best;
}

export class ScenarioMatcher {
  private readonly phrases: KeywordPhrase[];
  private readonly language: string | undefined;
  private readonly morphology: Morphology;
  /** Keyword words by first letter, for inflection checks without scanning the whole vocabulary. */
  private readonly vocabulary = new Map<string, string[]>();
  /** The keyword word each vocabulary entry stands for (itself, or for another reading, the main one). */
  private readonly tokensOfForm = new Map<string, Set<string>>();
  private readonly fuzzy = new Map<string, Fuse<string>>();
  private readonly exactOnly = new Set<string>();
  /** Two keyword words written as one ("login"), not a keyword word of their own. */
  private readonly joinedPairs = new Set<string>();

  /** `language`: the keywords' language (ISO 639-1), for its word endings; others use a generic rule. */
  constructor(sources: readonly KeywordSource[], language?: string) {
    this.language = language;
    this.morphology = morphologyOf(language);
    this.phrases = buildPhrases(sources, language);
    const scenariosOfWord = new Map<string, Set<string>>();
    for (const { tokens, alternates, scenario } of this.phrases) {
      tokens.forEach((token, index) => {
        this.addWord(token, token);
        for (const alternate of alternates[index] ?? []) this.addWord(alternate, token);
        scenariosOfWord.set(token, (scenariosOfWord.get(token) ?? new Set()).add(scenario));
        // "log in" is often written "login": the pair is also looked for as one word.
        const next = tokens[index + 1];
        if (next !== undefined) {
          this.addWord(`${token}${next}`, `${token}${next}`);
          this.joinedPairs.add(`${token}${next}`);
        }
      });
    }
    for (const { tokens } of this.phrases) for (const token of tokens) this.joinedPairs.delete(token);
    for (const [word, scenarios] of scenariosOfWord) {
      if (word.length <= SHORT_WORD && scenarios.size >= COMMON_WORD_SCENARIOS) this.exactOnly.add(word);
    }
  }

  get isEmpty(): boolean {
    return this.phrases.length === 0;
  }

  private addWord(word: string, token: string): void {
    this.tokensOfForm.set(word, (this.tokensOfForm.get(word) ?? new Set()).add(token));
    const letter = word[0] ?? '';
    const list = this.vocabulary.get(letter) ?? [];
    if (list.includes(word)) return;
    list.push(word);
    this.vocabulary.set(letter, list);
    if (word.length < FUZZY_MIN_LENGTH) return;
    let fuse = this.fuzzy.get(letter);
    if (!fuse) this.fuzzy.set(letter, (fuse = new Fuse<string>([], fuseOptions)));
    fuse.add(word);
  }

  /**
   * Hungarian verb prefixes stand after the verb in negations and questions ("miért mondták vissza" for
   * "visszamondták"); the joined form is also looked for, at the verb's position.
   */
  private joinedVerbs(messageWords: readonly string[]): [string, number][] {
    // Uses main readings only: Hungarian has no others.
    if (this.language !== 'hu') return [];
    const joined: [string, number][] = [];
    messageWords.forEach((word, position) => {
      const next = messageWords[position + 1];
      if (next !== undefined && HUNGARIAN_PREVERBS.has(next) && !HUNGARIAN_PREVERBS.has(word)) {
        joined.push([`${next}${word}`, position]);
      }
      if (next !== undefined && HUNGARIAN_PREVERBS.has(word) && !HUNGARIAN_PREVERBS.has(next)) {
        joined.push([`${word}${next}`, position + 1]);
      }
    });
    return joined;
  }

  private qualityOf(word: string, candidate: string): number {
    if (this.exactOnly.has(candidate)) return word === candidate ? 1 : 0;
    // A joined pair must be written whole: "apareceu" alone is not "apareceu às" read as "apareceuas".
    if (this.joinedPairs.has(candidate) && word.length < candidate.length) return 0;
    return inflectionQuality(word, candidate, this.morphology);
  }

  /** For each keyword word, where it occurs in the message and how well. */
  private locate(messageReadings: readonly string[][]): Located {
    const messageWords = messageReadings.map(([word = '']) => word);
    const occurrences: [string, number][] = [
      ...messageReadings.flatMap((forms, position) =>
        forms.map((form): [string, number] => [form, position]),
      ),
      ...this.joinedVerbs(messageWords),
    ];
    const qualityByWord = new Map<string, Map<string, number>>();
    for (const word of new Set(occurrences.map(([word]) => word))) {
      const qualities = new Map<string, number>();
      for (const candidate of this.vocabulary.get(word[0] ?? '') ?? []) {
        const quality = this.qualityOf(word, candidate);
        if (quality > 0) qualities.set(candidate, quality);
      }
      if (qualities.size === 0 && word.length >= FUZZY_MIN_LENGTH) {
        for (const { item, score = 1 } of this.fuzzy.get(word[0] ?? '')?.search(word, { limit: 3 }) ?? []) {
          if (isTypoOf(word, item)) qualities.set(item, 0.7 * (1 - score));
        }
      }
      if (qualities.size > 0) qualityByWord.set(word, qualities);
    }
    const located: Located = new Map();
    for (const [word, position] of occurrences) {
      for (const [form, quality] of qualityByWord.get(word) ?? []) {
        for (const token of this.tokensOfForm.get(form) ?? []) {
          const positions = located.get(token) ?? new Map<number, number>();
          positions.set(position, Math.max(quality, positions.get(position) ?? 0));
          located.set(token, positions);
        }
      }
    }
    return located;
  }

  match(message: string): Map<string, ScenarioRelevance> {
    const result = new Map<string, ScenarioRelevance>();
    if (this.isEmpty || typeof message !== 'string') return result;
    const located = this.locate(
      matchReadings(message.slice(0, 20_000), this.language).slice(0, MAX_MESSAGE_WORDS),
    );
    if (located.size === 0) return result;
    const hits: { phrase: KeywordPhrase; value: number; at: string }[] = [];
    for (const phrase of this.phrases) {
      const ordered = orderedQuality(phrase, located);
      const loose = proximityQuality(phrase, located);
      const orderedValue = ordered.quality * phrase.weight;
      const looseValue = loose.quality * phrase.looseWeight;
      const { positions } = orderedValue >= looseValue ? ordered : loose;
      const value = Math.max(orderedValue, looseValue);
      if (value > 0)
        hits.push({ phrase, value, at: [...new Set(positions)].sort((a, b) => a - b).join(' ') });
    }
    hits.sort((a, b) => b.value - a.value);
    // Two keywords found on the very same words are one clue: "rembourser" read as "rembourser" and as
    // "remboursé", or "returned" as "return" and "returns".
    const seen = new Set<string>();
    for (const { phrase, value, at } of hits) {
      const key = `${phrase.scenario}\u0000${at}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const relevance = result.get(phrase.scenario) ?? { score: 0, matched: [] };
      relevance.score += value * DIMINISHING ** relevance.matched.length;
      relevance.matched.push(phrase.text);
      result.set(phrase.scenario, relevance);
    }
    return result;
  }
}
