/**
 * The tone CLI (a contract: keep the output stable).
 *   npm run --silent tone -- --jsonl FILE   one JSON result per input line, in order ("-" reads stdin)
 *   npm run --silent tone -- --text "..."   one result, readable by a person, evidence highlighted
 * Options: --lang xx forces the language; --keep-quotes scores quoted replies and signatures too.
 * A line that is not JSON or has no string `text` gets `{"line": n, "error": "..."}` and the run goes on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { detectTone, type DetectToneOptions, type ToneResult } from '../lib/tone';

const USAGE = 'usage: tone --jsonl FILE | --text "message" [--lang xx] [--keep-quotes]';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function runJsonl(file: string, options: DetectToneOptions): Promise<void> {
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') {
      process.stdout.write(JSON.stringify({ line: n, error: 'empty line' }) + '\n');
      continue;
    }
    let text: unknown;
    let lang: unknown;
    try {
      const row = JSON.parse(line) as unknown;
      text = typeof row === 'object' && row !== null ? (row as Record<string, unknown>).text : undefined;
      lang = typeof row === 'object' && row !== null ? (row as Record<string, unknown>).lang : undefined;
    } catch (error) {
      process.stdout.write(
        JSON.stringify({ line: n, error: `not JSON: ${(error as Error).message}` }) + '\n',
      );
      continue;
    }
    if (typeof text !== 'string') {
      process.stdout.write(JSON.stringify({ line: n, error: 'no string "text" field' }) + '\n');
      continue;
    }
    // A row's own "lang" is used only when asked (--lang row): detection is part of what is evaluated.
    const rowLang = options.lang === 'row' && typeof lang === 'string' ? lang : undefined;
    const result = detectTone(text, { ...options, lang: options.lang === 'row' ? rowLang : options.lang });
    process.stdout.write(JSON.stringify(result) + '\n');
  }
}

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const mark = (text: string): string => (useColour ? `\x1b[7m${text}\x1b[0m` : `[${text}]`);
const bar = (value: number): string =>
  `${'█'.repeat(Math.round(value * 20)).padEnd(20, '·')} ${value.toFixed(2)}`;

/** The message with each evidence span marked, non-overlapping spans only (the first one wins). */
function highlighted(text: string, result: ToneResult): string {
  let out = '';
  let at = 0;
  for (const e of result.evidence) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + mark(text.slice(e.start, e.end));
    at = e.end;
  }
  return out + text.slice(at);
}

function printReadable(text: string, result: ToneResult): void {
  const lines = [
    `tone:         ${result.tone} (confidence ${result.confidence.toFixed(2)})`,
    `polarity:     ${result.polarity}`,
    `language:     ${result.lang} (confidence ${result.langConfidence.toFixed(2)})`,
    `intensity:    ${bar(result.intensity)}`,
    `urgency:      ${bar(result.urgency)}`,
    `churn risk:   ${bar(result.churnRisk)}`,
    `constructive: ${result.constructive ? 'yes: states a concrete problem' : 'no'}`,
    '',
    'scores:',
    ...Object.entries(result.scores).map(([tone, score]) => `  ${tone.padEnd(11)} ${bar(score)}`),
    '',
    'message:',
    `  ${highlighted(text, result).replace(/\n/g, '\n  ')}`,
    '',
    result.evidence.length > 0 ? 'evidence:' : 'evidence: none (nothing to read)',
    ...result.evidence.map(
      (e) =>
        `  ${e.kind.padEnd(12)} ${JSON.stringify(text.slice(e.start, e.end))} ${e.label} @${e.start}-${e.end}`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options: DetectToneOptions = {
    lang: option(args, '--lang'),
    keepQuotes: args.includes('--keep-quotes'),
  };
  const file = option(args, '--jsonl');
  const text = option(args, '--text');
  if (file !== undefined) return runJsonl(file, options);
  if (text !== undefined) return printReadable(text, detectTone(text, options));
  process.stderr.write(USAGE + '\n');
  process.exitCode = 2;
}

main().catch((error: unknown) => {
  process.stderr.write(`tone: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
