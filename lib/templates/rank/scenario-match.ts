/**
 * How relevant each scenario is to a customer message, from the scenario keywords of one language
 * (rank/keyword-phrases.ts).
 *
 * A message word matches a keyword word when it is the same word, an inflected form of it (a longer word
 * starting with it: "delayed" ⊃ "delay", "csomagot" ⊃ "csomag", "login" ⊃ "log"; or sharing all but the last
 * letters: "посылку" ~ "посылка", "retrasado" ~ "retraso") or a typo of it (fuse.js). A phrase matches when
 * its words appear in order with at most two extra words between them ("charged my card twice"), or, at a
 * discount, when all its content words appear in order close together ("account … locked").
 */
import Fuse from 'fuse.js';
import { allowedTypos, editDistance } from '../text/edit-distance';
import { buildPhrases, matchWords, type KeywordPhrase, type KeywordSource } from './keyword-phrases';

export type { KeywordSource } from './keyword-phrases';

export interface ScenarioRelevance {
  /** Sum of matched keyword weights (diminishing); 0 when nothing matched. */
  score: number;
  /** The keywords that matched, as written, strongest first. */
  matched: string[];
}

/** word position in the message → match quality, per keyword word. */
type Located = Map<string, Map<number, number>>;

const MIN_INFLECTED_STEM = 4;
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

function inflectionQuality(messageWord: string, keywordWord: string): number {
  if (messageWord === keywordWord) return 1;
  if (messageWord.startsWith(keywordWord)) {
    if (keywordWord.length >= MIN_INFLECTED_STEM) return 0.9;
    // A short word only grows a little: "log" → "login", "bug" → "bugs", not "in" → "instead".
    if (keywordWord.length >= 2 && messageWord.length - keywordWord.length <= 2) return 0.75;
    return 0;
  }
  const shorter = Math.min(messageWord.length, keywordWord.length);
  if (shorter < 5) return 0;
  if (keywordWord.startsWith(messageWord) && keywordWord.length - messageWord.length <= 2) return 0.85;
  // Same stem, different ending: the shared start must cover all but the last two letters of the shorter
  // word and all but three of the longer ("посылку" ~ "посылка", but not "größe" ~ "großartig").
  const longer = Math.max(messageWord.length, keywordWord.length);
  let common = 0;
  while (common < shorter && messageWord[common] === keywordWord[common]) common++;
  return common >= Math.max(MIN_INFLECTED_STEM, shorter - 2, longer - 3) ? 0.8 : 0;
}

/**
 * Quality of the phrase's words in order, at most MAX_GAP extra words apart. Two keyword words may also meet
 * one message word written together ("log in" ~ "login", "sign in" ~ "signin").
 */
function orderedQuality(phrase: KeywordPhrase, located: Located): number {
  const { tokens } = phrase;
  const step = (index: number): { positions: Map<number, number> | undefined; width: number } => {
    const joined = located.get(`${tokens[index] ?? ''}${tokens[index + 1] ?? ''}`);
    return joined && index + 1 < tokens.length
      ? { positions: joined, width: 2 }
      : { positions: located.get(tokens[index] ?? ''), width: 1 };
  };
  let best = 0;
  const first = step(0);
  for (const [start, startQuality] of first.positions ?? []) {
    let quality = startQuality;
    let position = start;
    for (let index = first.width; index < tokens.length && quality > 0;) {
      const { positions, width } = step(index);
      let next: number | undefined;
      for (let gap = 1; gap <= MAX_GAP + 1 && next === undefined; gap++) {
        if (positions?.has(position + gap)) next = position + gap;
      }
      quality = next === undefined ? 0 : Math.min(quality, positions?.get(next) ?? 0);
      position = next ?? position;
      index += width;
    }
    best = Math.max(best, quality);
  }
  return best;
}

/**
 * All content words of the phrase close together, whatever stands between them ("account … locked"). In
 * order they count 0.75; in another order only 0.5, since order can change the meaning ("email changed" is
 * a hacked account, "change the email" a how-to question) but often does not ("arrivé … devait" for "devait
 * arriver").
 */
function proximityQuality(phrase: KeywordPhrase, located: Located): number {
  if (phrase.contentTokens.length < 2) return 0;
  const window = phrase.tokens.length + PROXIMITY_SLACK;
  const [anchor, ...others] = phrase.contentTokens;
  let best = 0;
  for (const [start, startQuality] of located.get(anchor ?? '') ?? []) {
    let quality = startQuality;
    let isInOrder = true;
    let previous = start;
    for (const token of others) {
      let found = 0;
      let at = previous;
      for (const [position, tokenQuality] of located.get(token) ?? []) {
        if (position !== start && Math.abs(position - start) < window && tokenQuality > found) {
          found = tokenQuality;
          at = position;
        }
      }
      isInOrder &&= at > previous;
      previous = at;
      quality = Math.min(quality, found);
      if (quality === 0) break;
    }
    best = Math.max(best, quality * (isInOrder ? IN_ORDER_DISCOUNT : ANY_ORDER_DISCOUNT));
  }
  return best;
}

export class ScenarioMatcher {
  private readonly phrases: KeywordPhrase[];
  /** Keyword words by first letter, for inflection checks without scanning the whole vocabulary. */
  private readonly vocabulary = new Map<string, string[]>();
  private readonly fuzzy = new Map<string, Fuse<string>>();

  constructor(sources: readonly KeywordSource[]) {
    this.phrases = buildPhrases(sources);
    for (const { tokens } of this.phrases) {
      tokens.forEach((token, index) => {
        this.addWord(token);
        // "log in" is often written "login": the pair is also looked for as one word.
        const next = tokens[index + 1];
        if (next !== undefined) this.addWord(`${token}${next}`);
      });
    }
  }

  get isEmpty(): boolean {
    return this.phrases.length === 0;
  }

  private addWord(word: string): void {
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

  /** For each keyword word, where it occurs in the message and how well. */
  private locate(messageWords: readonly string[]): Located {
    const qualityByWord = new Map<string, Map<string, number>>();
    for (const word of new Set(messageWords)) {
      const qualities = new Map<string, number>();
      for (const candidate of this.vocabulary.get(word[0] ?? '') ?? []) {
        const quality = inflectionQuality(word, candidate);
        if (quality > 0) qualities.set(candidate, quality);
      }
      if (qualities.size === 0 && word.length >= FUZZY_MIN_LENGTH) {
        for (const { item, score = 1 } of this.fuzzy.get(word[0] ?? '')?.search(word, { limit: 3 }) ?? []) {
          if (editDistance(word, item) <= allowedTypos(word.length)) qualities.set(item, 0.7 * (1 - score));
        }
      }
      if (qualities.size > 0) qualityByWord.set(word, qualities);
    }
    const located: Located = new Map();
    messageWords.forEach((word, position) => {
      for (const [candidate, quality] of qualityByWord.get(word) ?? []) {
        const positions = located.get(candidate) ?? new Map<number, number>();
        positions.set(position, quality);
        located.set(candidate, positions);
      }
    });
    return located;
  }

  match(message: string): Map<string, ScenarioRelevance> {
    const result = new Map<string, ScenarioRelevance>();
    if (this.isEmpty || typeof message !== 'string') return result;
    const located = this.locate(matchWords(message.slice(0, 20_000)).slice(0, MAX_MESSAGE_WORDS));
    if (located.size === 0) return result;
    const hits: { phrase: KeywordPhrase; value: number }[] = [];
    for (const phrase of this.phrases) {
      const quality = Math.max(orderedQuality(phrase, located), proximityQuality(phrase, located));
      if (quality > 0) hits.push({ phrase, value: quality * phrase.weight });
    }
    hits.sort((a, b) => b.value - a.value);
    for (const { phrase, value } of hits) {
      const relevance = result.get(phrase.scenario) ?? { score: 0, matched: [] };
      relevance.score += value * DIMINISHING ** relevance.matched.length;
      relevance.matched.push(phrase.text);
      result.set(phrase.scenario, relevance);
    }
    return result;
  }
}
