/**
 * The per-language word layer: small trained weights (data/words-<lang>.json, from `npm run tone:train`) for
 * the few thousand most useful word stems of the languages that have permissively licensed tone data (en:
 * GoEmotions, ru: CEDR). It adds to the language-independent layer's logits; languages without it use that
 * layer alone. Words are cut to a fixed prefix, a crude stem that also covers inflection.
 */
import en from './data/words-en.json';
import ru from './data/words-ru.json';
import { normalizeWord, type Token } from './text';
import type { SupportedLanguage } from './types';

export interface WordLayerFile {
  prefix: number;
  scale: number;
  /** `word:t1,t2,…,t6,p1,p2,p3|…`: int8 weights for the six tones, then the three polarities. */
  entries: string;
}

export interface WordLayer {
  prefix: number;
  weights: Map<string, Float64Array>;
}

const FILES: Partial<Record<SupportedLanguage, WordLayerFile>> = { en, ru };
const layers = new Map<SupportedLanguage, WordLayer | null>();

export function parseWordLayer(file: WordLayerFile): WordLayer {
  const weights = new Map<string, Float64Array>();
  for (const entry of file.entries.split('|')) {
    const at = entry.lastIndexOf(':');
    if (at <= 0) continue;
    weights.set(
      entry.slice(0, at),
      Float64Array.from(entry.slice(at + 1).split(','), (v) => Number(v) * file.scale),
    );
  }
  return { prefix: file.prefix, weights };
}

export function wordLayerFor(lang: SupportedLanguage | undefined): WordLayer | undefined {
  if (!lang) return undefined;
  let layer = layers.get(lang);
  if (layer === undefined) {
    const file = FILES[lang];
    layer = file && file.entries ? parseWordLayer(file) : null;
    layers.set(lang, layer);
  }
  return layer ?? undefined;
}

/** The distinct keys of a message: word prefixes, skipping numbers. */
export function wordKeys(tokens: Token[], prefix: number): Set<string> {
  const keys = new Set<string>();
  for (const token of tokens) if (!token.numeric) keys.add(token.norm.slice(0, prefix));
  return keys;
}

/**
 * Words up to this many count fully; in a longer message each counts sqrt(LENGTH_REFERENCE / words). Summed
 * as they are, the small leanings of common words ("for", "my", "the") add up with length, and a support
 * message that explains its problem in 40 words drifted towards whatever long Reddit comments were.
 */
const LENGTH_REFERENCE = 12;

export function lengthScale(distinctWords: number): number {
  return distinctWords <= LENGTH_REFERENCE ? 1 : Math.sqrt(LENGTH_REFERENCE / distinctWords);
}

/**
 * Question words, pronouns and auxiliaries tell the training genres apart, not tones: Russian news says
 * "где" and "что" without emotion, Reddit asks "where" and "what" in confusion. In a support message ("Где
 * мой заказ?") they are left out of the word layer (keys cut to the layer's prefix length when used).
 */
const GENRE_WORDS = new Set(
  [
    'where what how why who which when i my me you your we our it this that is are was',
    'где что как почему зачем кто какой когда куда я мой мои моя мое мне меня вы ваш вам вас мы это',
  ]
    .join(' ')
    .split(' ')
    .map((word) => normalizeWord(word)),
);

export const isGenreWord = (key: string): boolean => GENRE_WORDS.has(key);

/**
 * Tone (6) and polarity (3) logit offsets from the words present, each counting `scale`; `support` leaves
 * out the genre words above.
 */
export function wordLogits(layer: WordLayer, tokens: Token[], scale = 1, support = false): Float64Array {
  const sum = new Float64Array(9);
  const keys = wordKeys(tokens, layer.prefix);
  const perWord = scale * lengthScale(keys.size);
  for (const key of keys) {
    if (support && GENRE_WORDS.has(key)) continue;
    const w = layer.weights.get(key);
    if (w) for (let k = 0; k < 9; k++) sum[k] = (sum[k] ?? 0) + (w[k] ?? 0) * perWord;
  }
  return sum;
}
