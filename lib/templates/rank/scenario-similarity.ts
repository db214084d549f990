/**
 * How much a message reads like each scenario's own replies, for the wordings no keyword lists: "J'ai reçu
 * une robe bleue au lieu de la verte commandée" shares "reçu" and "commandé" with the wrong-item reply
 * ("Vous avez commandé un article et vous en avez reçu un autre") and little with the others.
 *
 * BM25 over one document per scenario in one language: its titles, keywords and reply texts (placeholders
 * left out). Words are folded as the keyword matcher folds them and cut to a short stem, which is crude but
 * language-independent ("commandée" ~ "commandé", "devolví" ~ "devolver"). Words every scenario uses (the
 * apology, the greeting) weigh almost nothing through the inverse document frequency.
 */
import { withoutPlaceholders } from '../format/placeholders';
import { matchWords } from '../text/match-words';
import type { Template } from '../types';

/** Stem length: long enough to keep "refund"/"refuse" apart, short enough to join most inflections. */
const STEM = 5;
/** Words this short are mostly function words ("la", "de", "в", "az") and carry no scenario. */
const MIN_WORD = 3;
/** BM25 constants (the usual ones). */
const K1 = 1.2;
const B = 0.75;
/** At most this many message words are read: the opening of a long paste says what it is about. */
const MAX_MESSAGE_WORDS = 400;

/** The message words a reason shows. */
const SHOWN_WORDS = 3;

const stemOf = (word: string): string => word.slice(0, STEM);

/** A word that can tell scenarios apart: not a short function word, not a number. */
const isTelling = (word: string): boolean => word.length >= MIN_WORD && !/^\p{N}+$/u.test(word);

export interface SimilarScenario {
  scenario: string;
  score: number;
  /** The message words that weighed most, folded. */
  words: string[];
}

export class ScenarioSimilarity {
  /** scenario → stem → count */
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly lengths = new Map<string, number>();
  private readonly inverseFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(
    templates: readonly Template[],
    private readonly language: string,
  ) {
    for (const template of templates) {
      if (!template.scenario) continue;
      const text = [template.title, ...(template.keywords ?? []), withoutPlaceholders(template.body)];
      const counts = this.counts.get(template.scenario) ?? new Map<string, number>();
      for (const word of matchWords(text.join('\n'), language).filter(isTelling)) {
        const stem = stemOf(word);
        counts.set(stem, (counts.get(stem) ?? 0) + 1);
      }
      this.counts.set(template.scenario, counts);
    }
    const documentFrequency = new Map<string, number>();
    let total = 0;
    for (const [scenario, counts] of this.counts) {
      let length = 0;
      for (const [stem, count] of counts) {
        length += count;
        documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
      }
      this.lengths.set(scenario, length);
      total += length;
    }
    const documents = this.counts.size;
    this.averageLength = documents > 0 ? total / documents : 1;
    // BM25's smoothed inverse frequency: a word in every scenario still weighs a little, far less than one
    // only a few scenarios use (Robertson's unsmoothed form, floored at zero, ranked one tuning message worse).
    for (const [stem, frequency] of documentFrequency)
      this.inverseFrequency.set(stem, Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5)));
  }

  /**
   * BM25 per scenario, best first, with the message words that weighed most; scenarios sharing no word with
   * the message are left out.
   */
  score(message: string): SimilarScenario[] {
    const words = new Map<string, string>();
    for (const word of matchWords(message, this.language).slice(0, MAX_MESSAGE_WORDS).filter(isTelling))
      if (!words.has(stemOf(word))) words.set(stemOf(word), word);
    const scores: SimilarScenario[] = [];
    for (const [scenario, counts] of this.counts) {
      const lengthRatio = (this.lengths.get(scenario) ?? 0) / this.averageLength;
      const shared: Array<[word: string, weight: number]> = [];
      for (const [stem, word] of words) {
        const count = counts.get(stem);
        if (!count) continue;
        const weight = this.inverseFrequency.get(stem) ?? 0;
        shared.push([word, (weight * count * (K1 + 1)) / (count + K1 * (1 - B + B * lengthRatio))]);
      }
      const score = shared.reduce((sum, [, weight]) => sum + weight, 0);
      if (score <= 0) continue;
      const strongest = shared.sort((a, b) => b[1] - a[1]).slice(0, SHOWN_WORDS);
      scores.push({ scenario, score, words: strongest.map(([word]) => word) });
    }
    return scores.sort((a, b) => b.score - a.score);
  }
}
