/**
 * Scenario accuracy of the suggestions on labelled customer messages (`npm run templates:eval`).
 *   npm run --silent templates:eval [-- --messages FILE] [--templates DIR] [--detect] [--failures tune|holdout|all]
 * FILE has one `{"text", "lang", "tone", "scenarios": [...], "split"}` per line (default:
 * test/fixtures/messages/scenario-messages.jsonl, written for this, with a held-out part not looked at while
 * tuning keywords or matching). The tone and language are the labelled ones, so the figure measures the
 * ranking; `--detect` uses the tone engine's instead, as the extension does. Prints top-1 / top-3 per
 * language and split.
 */
import { readFileSync } from 'node:fs';
import { compileBuiltinLibrary, compileTemplateDir } from '../lib/templates/compile/read-template-dir';
import { TemplateLibrary } from '../lib/templates/library';
import {
  accuracyOf,
  evaluateRanking,
  type LabelledMessage,
  type MessageOutcome,
} from '../lib/templates/rank/evaluate-ranking';
import { detectTone } from '../lib/tone';
import { neutralToneResult, type Tone, type ToneResult } from '../lib/tone/types';
import { option } from './jsonl-rows';

interface Row extends LabelledMessage {
  tone: Tone;
}

const args = process.argv.slice(2);
const file = option(args, '--messages') ?? 'test/fixtures/messages/scenario-messages.jsonl';
const templatesDir = option(args, '--templates');
const showFailures = option(args, '--failures');
const isDetecting = args.includes('--detect');

const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Row);
const compiled = templatesDir
  ? compileTemplateDir(templatesDir, { packId: 'local' })
  : compileBuiltinLibrary();
const library = new TemplateLibrary(
  compiled.templates.map((draft) => ({ ...draft, createdAt: 0, updatedAt: 0, usageCount: 0 })),
);

function labelledTone(row: Row): ToneResult {
  const polarity =
    row.tone === 'positive'
      ? 'positive'
      : row.tone === 'neutral' || row.tone === 'confused'
        ? 'neutral'
        : 'negative';
  return {
    ...neutralToneResult(row.lang, 0.9),
    tone: row.tone,
    polarity,
    constructive: true,
    intensity: 0.6,
    confidence: 0.8,
  };
}

const outcomes = evaluateRanking(rows, library, (message) =>
  isDetecting ? detectTone(message.text) : labelledTone(message as Row),
);
const percent = (value: number) => `${(value * 100).toFixed(0)}%`.padStart(4);
const line = (label: string, part: MessageOutcome[]) => {
  const { count, top1, top3 } = accuracyOf(part);
  return `${label.padEnd(10)} ${String(count).padStart(3)}  top-1 ${percent(top1)}  top-3 ${percent(top3)}`;
};

const splits = [...new Set(rows.map((row) => row.split ?? 'all'))];
const languages = [...new Set(rows.map((row) => row.lang))];
console.log(`${file}: ${rows.length} messages, tone ${isDetecting ? 'detected' : 'as labelled'}`);
for (const split of splits) {
  const part = outcomes.filter((outcome) => (outcome.message.split ?? 'all') === split);
  console.log(`\n${split}`);
  for (const lang of languages)
    console.log(
      line(
        lang,
        part.filter((o) => o.message.lang === lang),
      ),
    );
  console.log(line('all', part));
}
console.log(`\n${line('total', outcomes)}`);

if (showFailures) {
  console.log('\nfailures (top-1):');
  for (const { message, suggested, isTop1 } of outcomes) {
    if (isTop1 || (showFailures !== 'all' && (message.split ?? 'all') !== showFailures)) continue;
    console.log(
      `[${message.lang}] ${message.text}\n    want ${message.scenarios.join('|')}, got ${suggested.join(', ')}`,
    );
  }
}
