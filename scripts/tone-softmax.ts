/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: every index is in range by construction, and `!` keeps the inner loops readable */
/**
 * Multinomial logistic regression for the tone training script: full-batch Adam on dense rows, L2 on every
 * weight but the bias, balanced class weights (the eval data is stratified and scored by macro-F1), and an
 * optional fixed offset per row and class (to fit a second layer on top of the first one's logits).
 */

interface AdamState {
  weights: Float64Array[];
  m: Float64Array[];
  v: Float64Array[];
}

/** One Adam update with L2 on every weight but the bias column (-1: none). */
function adamStep(
  state: AdamState,
  grad: Float64Array[],
  step: number,
  rate: number,
  l2: number,
  bias: number,
): void {
  state.weights.forEach((w, k) => {
    const m = state.m[k]!;
    const v = state.v[k]!;
    const g = grad[k]!;
    for (let j = 0; j < w.length; j++) {
      const gj = g[j]! + (j === bias ? 0 : l2 * w[j]!);
      m[j] = 0.9 * m[j]! + 0.1 * gj;
      v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
      w[j] = w[j]! - (rate * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
    }
  });
}

export interface FitOptions {
  iterations?: number;
  learningRate?: number;
  l2?: number;
  /** Index of the bias feature, which is not regularised. */
  biasIndex?: number;
  offsets?: Float64Array[];
  /** Per-row weight (e.g. to weigh each dataset equally). */
  rowWeights?: Float64Array;
}

export function fitSoftmax(
  rows: Float64Array[],
  labels: number[],
  classes: number,
  options: FitOptions = {},
): number[][] {
  const { iterations = 400, learningRate = 0.05, l2 = 1e-3, biasIndex = 0 } = options;
  const dims = rows[0]?.length ?? 0;
  const n = rows.length;
  const counts = new Float64Array(classes);
  labels.forEach((label) => counts[label]!++);
  const classWeight = Array.from(counts, (count) => (count > 0 ? n / (classes * count) : 0));
  const weights = Array.from({ length: classes }, () => new Float64Array(dims));
  const m = Array.from({ length: classes }, () => new Float64Array(dims));
  const v = Array.from({ length: classes }, () => new Float64Array(dims));
  const logits = new Float64Array(classes);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += (classWeight[labels[i]!] ?? 0) * (options.rowWeights?.[i] ?? 1);

  for (let step = 1; step <= iterations; step++) {
    const grad = Array.from({ length: classes }, () => new Float64Array(dims));
    for (let i = 0; i < n; i++) {
      const x = rows[i]!;
      const label = labels[i]!;
      const rowWeight = ((classWeight[label] ?? 0) * (options.rowWeights?.[i] ?? 1)) / totalWeight;
      let max = -Infinity;
      for (let k = 0; k < classes; k++) {
        let z = options.offsets?.[i]?.[k] ?? 0;
        const w = weights[k]!;
        for (let j = 0; j < dims; j++) z += w[j]! * x[j]!;
        logits[k] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let k = 0; k < classes; k++) sum += logits[k] = Math.exp(logits[k]! - max);
      for (let k = 0; k < classes; k++) {
        const error = (logits[k]! / sum - (k === label ? 1 : 0)) * rowWeight;
        if (error === 0) continue;
        const g = grad[k]!;
        for (let j = 0; j < dims; j++) if (x[j] !== 0) g[j] = g[j]! + error * x[j]!;
      }
    }
    adamStep({ weights, m, v }, grad, step, learningRate, l2, biasIndex);
  }
  return weights.map((w) => Array.from(w, (value) => Math.round(value * 10_000) / 10_000));
}

export function predict(weights: number[][], x: Float64Array, offset?: Float64Array): number {
  let best = 0;
  let bestZ = -Infinity;
  weights.forEach((w, k) => {
    let z = offset?.[k] ?? 0;
    for (let j = 0; j < w.length; j++) z += w[j]! * x[j]!;
    if (z > bestZ) {
      bestZ = z;
      best = k;
    }
  });
  return best;
}

/**
 * The same regression over sparse binary rows (lists of active feature indices), for the per-language word
 * layer: thousands of features, a handful active per message. Fitted on top of fixed offsets (the first
 * layer's logits), so it only learns what the language-independent features missed.
 */
export function fitSparse(
  rows: Int32Array[],
  labels: number[],
  classes: number,
  dims: number,
  options: FitOptions & { offsets: Float64Array[]; scales?: Float64Array },
): Float64Array[] {
  const { iterations = 300, learningRate = 0.05, l2 = 1e-3 } = options;
  const n = rows.length;
  const counts = new Float64Array(classes);
  labels.forEach((label) => counts[label]!++);
  const classWeight = Array.from(counts, (count) => (count > 0 ? n / (classes * count) : 0));
  const weights = Array.from({ length: classes }, () => new Float64Array(dims));
  const m = Array.from({ length: classes }, () => new Float64Array(dims));
  const v = Array.from({ length: classes }, () => new Float64Array(dims));
  const probabilities = new Float64Array(classes);
  let totalWeight = 0;
  for (let i = 0; i < n; i++) totalWeight += (classWeight[labels[i]!] ?? 0) * (options.rowWeights?.[i] ?? 1);
  for (let step = 1; step <= iterations; step++) {
    const grad = Array.from({ length: classes }, () => new Float64Array(dims));
    for (let i = 0; i < n; i++) {
      const active = rows[i]!;
      const label = labels[i]!;
      const rowWeight = ((classWeight[label] ?? 0) * (options.rowWeights?.[i] ?? 1)) / totalWeight;
      const scale = options.scales?.[i] ?? 1;
      let max = -Infinity;
      for (let k = 0; k < classes; k++) {
        let z = options.offsets[i]?.[k] ?? 0;
        for (const j of active) z += weights[k]![j]! * scale;
        probabilities[k] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let k = 0; k < classes; k++) sum += probabilities[k] = Math.exp(probabilities[k]! - max);
      for (let k = 0; k < classes; k++) {
        const error = (probabilities[k]! / sum - (k === label ? 1 : 0)) * rowWeight * scale;
        for (const j of active) grad[k]![j] = grad[k]![j]! + error;
      }
    }
    adamStep({ weights, m, v }, grad, step, learningRate, l2, -1);
  }
  return weights;
}
