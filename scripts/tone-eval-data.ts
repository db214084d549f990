/**
 * Shared by the tone eval, training, benchmark and language-id scripts: reading ../shared/eval, the metrics,
 * and which sources may train shipped weights (licences in lib/tone/data/SOURCES.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EvalRow {
  text: string;
  lang: string;
  label: 'negative' | 'neutral' | 'positive' | null;
  tone: string | null;
  source: string;
  dataset: string;
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_DIR = resolve(process.env.TACTFUL_EVAL ?? join(repo, '..', 'shared', 'eval'));

/** Permissive licences (GoEmotions CC BY 4.0, CEDR Apache-2.0): the only data that may train shipped weights. */
export const TRAINABLE_DATASETS = new Set(['goemotions_en', 'ru_cedr_emotions']);

export function evalAvailable(): boolean {
  return existsSync(join(EVAL_DIR, 'test'));
}

export function loadSplit(split: 'test' | 'train', only?: (dataset: string) => boolean): EvalRow[] {
  const dir = join(EVAL_DIR, split);
  const rows: EvalRow[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const dataset = file.replace(/\.jsonl$/, '');
    if (only && !only(dataset)) continue;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Omit<EvalRow, 'dataset'>;
      rows.push({ ...row, dataset });
    }
  }
  return rows;
}

/** Macro-F1 over the classes present in the gold labels (predicting an absent class only costs recall). */
export function macroF1(gold: string[], predicted: string[]): number {
  const classes = [...new Set(gold)];
  if (classes.length === 0) return 0;
  let sum = 0;
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === c;
      const p = predicted[i] === c;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / classes.length;
}

export function accuracy(gold: string[], predicted: string[]): number {
  if (gold.length === 0) return 0;
  let right = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) right++;
  return right / gold.length;
}

/** Groups rows by `dataset/lang`, in a stable order. */
export function groupRows(rows: EvalRow[]): Map<string, EvalRow[]> {
  const groups = new Map<string, EvalRow[]>();
  for (const row of rows) {
    const key = `${row.dataset}/${row.lang}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

export const f3 = (value: number): string => value.toFixed(3);
