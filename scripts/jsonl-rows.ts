/**
 * The reading loop shared by the suggest and check CLIs: one output line per input line, in order. A line
 * that is empty, not JSON, not an object or fails `answer` gets `{"line": n, "error": "..."}` and the run
 * goes on; nothing a row contains can stop the others.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export type Row = Record<string, unknown>;

export async function answerJsonl(file: string, answer: (row: Row) => unknown): Promise<void> {
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  input.on('error', (error: Error) => {
    process.stderr.write(`cannot read ${file}: ${error.message}\n`);
    process.exitCode = 2;
  });
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    let reply: unknown;
    try {
      if (!text.trim()) throw new Error('empty line');
      const row: unknown = JSON.parse(text);
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new Error('not a JSON object');
      reply = answer(row as Row);
    } catch (error) {
      const message =
        error instanceof SyntaxError
          ? `not JSON: ${error.message}`
          : error instanceof Error
            ? error.message
            : String(error);
      reply = { line, error: message };
    }
    process.stdout.write(`${JSON.stringify(reply)}\n`);
  }
}

/** `--name value` from the command line. */
export function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** `row.key.name` when it is a string, e.g. the customer's name. */
export function nameOf(row: Row, key: string): string | undefined {
  const value = row[key];
  const name = typeof value === 'object' && value !== null ? (value as Row).name : undefined;
  return typeof name === 'string' ? name : undefined;
}
