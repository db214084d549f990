/**
 * The per-language word layer: small trained weights (data/words-<lang>.json, from `npm run tone:train`) for
 * the few thousand most useful word stems of the languages that have permissively licensed tone data (en:
 * GoEmotions, ru: CEDR). It adds to the language-independent layer's logits; languages without it use that
 * layer alone. Words are cut to a fixed prefix, a crude stem that also covers inflection.
 */
import en from './data/words-en.json';
import ru from './data/words-ru.json';
import type { Token } from './text';
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

/** Tone (6) and polarity (3) logit offsets from the words present. */
export function wordLogits(layer: WordLayer, tokens: Token[]): Float64Array {
  const sum = new Float64Array(9);
  for (const key of wordKeys(tokens, layer.prefix)) {
    const w = layer.weights.get(key);
    if (w) for (let k = 0; k < 9; k++) sum[k] = (sum[k] ?? 0) + (w[k] ?? 0);
  }
  return sum;
}
