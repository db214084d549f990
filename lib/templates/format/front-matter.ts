/**
 * Reads and validates a template file's YAML front matter. YAML syntax errors come from the `yaml` parser,
 * shape errors from a zod schema; both are mapped back to lines of the file.
 */
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { matchWords } from '../text/match-words';
import type { TemplateProblem } from './problems';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const frontMatterSchema = z.strictObject({
  scenario: z.string().max(60).regex(ID, 'must be a lowercase id such as late-delivery'),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as en'),
  title: z.string().trim().min(1, 'must not be empty').max(120),
  shortcut: z
    .string()
    .max(30)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII letters, digits and dashes'),
  keywords: z
    .array(z.string().trim().min(1, 'must not be empty').max(80), 'must be a list, e.g. [late, delayed]')
    .min(1, 'must list at least one keyword'),
  tags: z.array(z.string().trim().min(1).max(40), 'must be a list, e.g. [delivery]').max(20).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** The number of keywords docs/template-format.md asks for; outside it is a warning, not an error. */
export const KEYWORD_RANGE = { min: 8, max: 25 } as const;

export interface FrontMatterResult {
  data?: FrontMatter;
  /** 0-based index of the first line after the closing `---`. */
  bodyStart: number;
  problems: TemplateProblem[];
}

const FENCE = /^---\s*$/;

function firstLineOf(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/** The line of the node at `path` (or of its key), so a wrong value points at its own line. */
function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[], fallback: number) {
  const node: unknown = doc.getIn(path as unknown[], true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? counter.linePos(range[0]).line : fallback;
}

function lineOfKey(doc: Document, counter: LineCounter, key: string): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find(
    (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
  );
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  return range ? counter.linePos(range[0]).line : undefined;
}

export function readFrontMatter(lines: readonly string[], file: string): FrontMatterResult {
  const problems: TemplateProblem[] = [];
  const error = (line: number, message: string) => problems.push({ file, line, severity: 'error', message });

  if (!FENCE.test(lines[0] ?? '')) {
    error(1, 'the file must start with a front matter line "---"');
    return { bodyStart: 0, problems };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    error(1, 'the front matter is not closed: add a line "---" after it');
    return { bodyStart: lines.length, problems };
  }

  // YAML line 1 is file line 2.
  const toFileLine = (yamlLine: number) => yamlLine + 1;
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), {
    lineCounter: counter,
    prettyErrors: true,
    strict: true,
    uniqueKeys: true,
  });
  for (const yamlError of doc.errors) {
    error(toFileLine(yamlError.linePos?.[0].line ?? 1), `front matter: ${firstLineOf(yamlError.message)}`);
  }
  if (doc.errors.length > 0) return { bodyStart: close + 1, problems };

  let raw: unknown;
  try {
    // Aliases could expand a few lines into gigabytes ("billion laughs"); yaml stops past this count.
    raw = doc.toJS({ maxAliasCount: 10 });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    error(2, `front matter: ${firstLineOf(detail)}`);
    return { bodyStart: close + 1, problems };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    error(2, 'the front matter must be "key: value" lines (scenario, language, title, shortcut, keywords)');
    return { bodyStart: close + 1, problems };
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const line = toFileLine(lineOfKey(doc, counter, key) ?? 1);
          error(
            line,
            `unknown front matter key "${key}" (known: ${Object.keys(frontMatterSchema.shape).join(', ')})`,
          );
        }
        continue;
      }
      const [key] = issue.path;
      if (issue.path.length === 1 && typeof key === 'string' && !(key in raw)) {
        error(1, `front matter is missing "${key}"`);
        continue;
      }
      const line = toFileLine(lineOfPath(doc, counter, issue.path, 1));
      const message = issue.message.replace(/^Invalid input: /, '');
      error(line, `front matter "${issue.path.join('.')}": ${message}`);
    }
    return { bodyStart: close + 1, problems };
  }

  const data = parsed.data;
  const keywordLine = toFileLine(lineOfKey(doc, counter, 'keywords') ?? 1);
  const { min, max } = KEYWORD_RANGE;
  if (data.keywords.length < min || data.keywords.length > max) {
    problems.push({
      file,
      line: keywordLine,
      severity: 'warning',
      message: `${data.keywords.length} keywords; write ${min}–${max} ways customers describe this problem`,
    });
  }
  // The matcher ignores case and accents (and reads German "ue" as "ü"), so a copy without them adds nothing.
  const seen = new Map<string, string>();
  for (const keyword of data.keywords) {
    const key = matchWords(keyword, data.language).join(' ');
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        line: keywordLine,
        severity: 'warning',
        message:
          first === keyword
            ? `keyword "${keyword}" is listed twice`
            : `keyword "${keyword}" adds nothing to "${first}": the matcher ignores case, accents and the affixes it strips`,
      });
    } else seen.set(key, keyword);
  }
  return { data, bodyStart: close + 1, problems };
}
