/**
 * Parses and validates one template file (docs/template-format.md). The built-in library and team packs go
 * through this same function, so it is strict, reports every problem with its line, and never throws: any
 * input, however malformed, yields problems rather than an exception.
 */
import { readFrontMatter, type FrontMatter } from './front-matter';
import { scanPlaceholders } from './placeholders';
import type { TemplateProblem } from './problems';
import { readVariants, type VariantSection } from './variants';

export interface TemplateFile extends FrontMatter {
  file: string;
  variants: VariantSection[];
}

export interface ParsedTemplateFile {
  /** Present when the file has no errors (it may still have warnings). */
  template?: TemplateFile;
  problems: TemplateProblem[];
}

/** Generous for a reply template, small enough that a hostile pack cannot stall the compiler. */
export const MAX_FILE_CHARS = 64_000;
const MAX_BODY_CHARS = 6_000;

const BODY_RULES: readonly { pattern: RegExp; message: string }[] = [
  { pattern: /<\/?[A-Za-z][^>\n]*>/, message: 'HTML is not allowed in a body; write plain text' },
  {
    pattern: /\*\*[^*\n]+\*\*|__[^_\n]+__/,
    message: 'Markdown emphasis (**…**) is not allowed; write plain text',
  },
  {
    pattern: /(?:^|[\s(])\*[^\s*][^*\n]*[^\s*]\*(?=[\s.,;:!?)]|$)/m,
    message: 'Markdown emphasis (*…*) is not allowed; write plain text',
  },
  {
    pattern: /\[[^\]\n]+\]\([^)\n]*\)/,
    message: 'Markdown links are not allowed; write the address as text',
  },
];

const NUMBERED_LINE = /^\s*\d{1,2}[.)]\s+\S/;

function lineAt(variant: VariantSection, index: number): number {
  let line = variant.bodyLine;
  for (let i = 0; i < index && i < variant.body.length; i++) if (variant.body[i] === '\n') line++;
  return line;
}

function checkBody(variant: VariantSection, file: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const error = (index: number, message: string) =>
    problems.push({ file, line: lineAt(variant, index), severity: 'error', message });

  if (variant.body.length > MAX_BODY_CHARS) {
    error(
      0,
      `variant "${variant.variant}" is ${variant.body.length} characters; keep it under ${MAX_BODY_CHARS}`,
    );
  }
  for (const problem of scanPlaceholders(variant.body).problems) error(problem.index, problem.message);
  for (const { pattern, message } of BODY_RULES) {
    const match = pattern.exec(variant.body);
    if (match) error(match.index, message);
  }
  if (variant.variant === 'steps') {
    const steps = variant.body.split('\n').filter((line) => NUMBERED_LINE.test(line)).length;
    if (steps < 2) {
      problems.push({
        file,
        line: variant.headingLine,
        severity: 'error',
        message: 'a "steps" variant needs numbered steps: lines starting "1. ", "2. " …',
      });
    }
  }
  if (variant.variant === 'standard' && !/\{\{\s*agent\.(?:firstName|name)\b/i.test(variant.body)) {
    problems.push({
      file,
      line: variant.headingLine,
      severity: 'warning',
      message: 'the standard reply is not signed with {{agent.firstName}}',
    });
  }
  return problems;
}

export function parseTemplateFile(source: unknown, file: string): ParsedTemplateFile {
  const problems: TemplateProblem[] = [];
  if (typeof source !== 'string') {
    return { problems: [{ file, line: 0, severity: 'error', message: 'not a text file' }] };
  }
  if (source.length > MAX_FILE_CHARS) {
    const message = `the file is ${source.length} characters; a template file may have at most ${MAX_FILE_CHARS}`;
    return { problems: [{ file, line: 0, severity: 'error', message }] };
  }
  const nul = source.indexOf('\u0000');
  if (nul !== -1) {
    const line = source.slice(0, nul).split('\n').length;
    return {
      problems: [{ file, line, severity: 'error', message: 'the file contains a NUL byte (binary data?)' }],
    };
  }

  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const frontMatter = readFrontMatter(lines, file);
  problems.push(...frontMatter.problems);
  const { variants, problems: variantProblems } = readVariants(lines, frontMatter.bodyStart, file);
  problems.push(...variantProblems);
  for (const variant of variants) problems.push(...checkBody(variant, file));

  const hasHeadings = lines.slice(frontMatter.bodyStart).some((line) => /^#(?:\s|$)/.test(line));
  if (!hasHeadings) {
    problems.push({
      file,
      line: 0,
      severity: 'error',
      message: 'the file has no variants (start one with "# standard")',
    });
  } else if (!variants.some((variant) => variant.variant === 'standard')) {
    problems.push({ file, line: 0, severity: 'error', message: 'the file has no "# standard" variant' });
  }

  problems.sort((a, b) => a.line - b.line);
  const isValid = frontMatter.data && !problems.some((problem) => problem.severity === 'error');
  return isValid && frontMatter.data
    ? { template: { ...frontMatter.data, file, variants }, problems }
    : { problems };
}
