import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplateFile } from '@/lib/templates/format/parse-template-file';
import { formatProblem, hasErrors } from '@/lib/templates/format/problems';

// Not .md: the formatter must not rewrite a fixture whose line numbers the tests rely on.
const valid = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/late-delivery.en.template'), 'utf8');

/** 1-based line of the first line containing `needle`. */
const lineOf = (source: string, needle: string) =>
  source.split('\n').findIndex((line) => line.includes(needle)) + 1;

/** The problems of a variation of the valid fixture, as "line: message" strings. */
function problemsOf(source: string): string[] {
  return parseTemplateFile(source, 'en/late-delivery.md').problems.map(
    (problem) => `${problem.line}: ${problem.message}`,
  );
}

describe('parseTemplateFile', () => {
  it('reads front matter and every variant with its tones and body', () => {
    const { template, problems } = parseTemplateFile(valid, 'en/late-delivery.md');
    expect(problems).toEqual([]);
    expect(template).toMatchObject({
      scenario: 'late-delivery',
      language: 'en',
      shortcut: 'late',
      tags: ['delivery'],
    });
    expect(template?.keywords).toContain("hasn't arrived");
    expect(template?.variants.map((variant) => [variant.variant, variant.tones])).toEqual([
      ['standard', ['frustrated', 'neutral']],
      ['deescalate', ['angry']],
      ['steps', ['confused']],
    ]);
    expect(template?.variants[0]?.body.startsWith('Hi {{customer.firstName|there}},')).toBe(true);
    expect(template?.variants[0]?.body.endsWith('{{agent.firstName}}')).toBe(true);
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const { template, problems } = parseTemplateFile(`\uFEFF${valid.replace(/\n/g, '\r\n')}`, 'x.md');
    expect(problems).toEqual([]);
    expect(template?.variants).toHaveLength(3);
  });

  // [what, change to the valid file, text on the line the problem must point at, message]
  it.each([
    ['a YAML syntax error', ['title: Late delivery', 'title: [Late'], 'shortcut:', /front matter: /],
    ['a missing required key', ['title: Late delivery\n', ''], '---', /front matter is missing "title"$/],
    [
      'an unknown front matter key',
      ['tags: [delivery]', 'tags: [delivery]\ncolour: red'],
      'colour',
      /unknown front matter key "colour"/,
    ],
    [
      'a value of the wrong type',
      ['shortcut: late', 'shortcut: 42'],
      'shortcut',
      /front matter "shortcut": expected string/,
    ],
    [
      'keywords that are not a list',
      ["keywords: [late, delayed, 'still waiting'", "keywords: late, delayed, 'still waiting'"],
      'keywords',
      /"keywords": must be a list/,
    ],
    [
      'a duplicate key',
      ['tags: [delivery]', 'tags: [delivery]\nlanguage: es'],
      'language: es',
      /Map keys must be unique/,
    ],
    [
      'an unknown variant',
      ['# deescalate', '# deescalation'],
      '# deescalation',
      /unknown variant "deescalation"/,
    ],
    ['an unknown tone', ['tones: angry', 'tones: furious'], 'furious', /unknown tone "furious"/],
    [
      'a variant without tones',
      ['tones: angry\n', ''],
      '# deescalate',
      /variant "deescalate" needs a "tones:" line/,
    ],
    [
      'an unknown placeholder, with a suggestion',
      ['{{order.id|}}', '{{order.idd}}'],
      'order.idd',
      /unknown placeholder \{\{order\.idd\}\} \(did you mean \{\{order\.id\}\}\?\)/,
    ],
    [
      'a placeholder in the wrong case',
      ['{{followUp.date|weekday}}', '{{FollowUp.Date|weekday}}'],
      'FollowUp',
      /should be written \{\{followUp\.date\}\}/,
    ],
    ['an unclosed placeholder', ['{{order.id|}}', '{{order.id|'], 'order.id', /"\{\{" is not closed/],
    [
      'a format on a non-date',
      ['{{customer.firstName|there}}', '{{customer.firstName|weekday}}'],
      'Hi {{customer',
      /format "weekday" applies only to dates/,
    ],
    [
      'a case-aware weekday format on a non-date',
      ['{{customer.firstName|there}}', '{{customer.firstName|weekday-on}}'],
      'Hi {{customer',
      /format "weekday-on" applies only to dates/,
    ],
    ['HTML in a body', ['2. Click "Track".', '2. Click <b>Track</b>.'], '<b>', /HTML is not allowed/],
    ['Markdown emphasis in a body', ["I've asked", "I've **asked**"], '**asked**', /Markdown emphasis/],
    [
      'a steps variant without numbered steps',
      ['1. Open your order page.\n2. Click "Track".\n3. ', ''],
      '# steps',
      /a "steps" variant needs numbered steps/,
    ],
    [
      'text before the first variant',
      ['---\n\n# standard', '---\nHello\n# standard'],
      'Hello',
      /text before the first variant heading/,
    ],
  ] as const)('reports %s on its line', (_, [from, to], needle, message) => {
    const source = valid.replace(from, to);
    expect(source).not.toBe(valid);
    const problems = parseTemplateFile(source, 'en/late-delivery.md').problems;
    const line = needle === '---' ? 1 : lineOf(source, needle);
    expect(
      problems.some((problem) => problem.line === line && message.test(problem.message)),
      problems.map(formatProblem).join('\n'),
    ).toBe(true);
    expect(parseTemplateFile(source, 'x.md').template).toBeUndefined();
  });

  it('reports a file without a standard variant', () => {
    const source = valid.slice(0, valid.indexOf('# standard')) + valid.slice(valid.indexOf('# deescalate'));
    expect(problemsOf(source)).toContain('0: the file has no "# standard" variant');
  });

  it('warns, without rejecting the file, about too few keywords and an unsigned reply', () => {
    const source = valid
      .replace(/keywords: \[.*\]/, 'keywords: [late]')
      .replace('Best,\n{{agent.firstName}}', 'Best wishes');
    expect(source).not.toContain("'still waiting'");
    const { template, problems } = parseTemplateFile(source, 'x.md');
    expect(template).toBeDefined();
    expect(hasErrors(problems)).toBe(false);
    expect(problems.map((problem) => problem.message)).toEqual([
      '1 keywords; write 8–25 ways customers describe this problem',
      'the standard reply is not signed with {{agent.firstName}}',
    ]);
  });

  it('accepts the weekday formats with a fallback', () => {
    for (const format of ['weekday-on', 'weekday-by']) {
      const source = valid.replace('{{followUp.date|weekday}}', `{{followUp.date|${format}|soon}}`);
      expect(source).toContain(format);
      expect(problemsOf(source)).toEqual([]);
    }
  });

  it('warns about a keyword that repeats another once case, accents and umlaut spellings are ignored', () => {
    const withCopy = (keywords: string, language = 'en') =>
      parseTemplateFile(
        valid
          .replace("'takes forever']", `'takes forever', ${keywords}]`)
          .replace('language: en', `language: ${language}`),
        'x.md',
      ).problems.map((problem) => problem.message);
    expect(withCopy("'Déláyed'")).toEqual([
      'keyword "Déláyed" adds nothing to "delayed": the matcher ignores case, accents and the affixes it strips',
    ]);
    expect(withCopy("'Größe', 'Groesse'", 'de')).toEqual([
      'keyword "Groesse" adds nothing to "Größe": the matcher ignores case, accents and the affixes it strips',
    ]);
    expect(withCopy("'delay'")).toEqual([]);
  });

  it.each([
    ['not text', 42],
    ['empty', ''],
    ['only front matter', '---\n---\n'],
    ['unclosed front matter', '---\nscenario: x\n'],
    ['binary data', `---\n\u0000\u0001`],
    ['an enormous file', `---\n${'x'.repeat(100_000)}`],
    [
      'a YAML bomb',
      '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n',
    ],
    ['a list instead of a mapping', '---\n- a\n- b\n---\n# standard\ntones: neutral\n\nHi'],
  ])('never throws on %s, and says what is wrong', (_, source) => {
    const result = parseTemplateFile(source, 'bad.md');
    expect(result.template).toBeUndefined();
    expect(hasErrors(result.problems)).toBe(true);
    for (const problem of result.problems)
      expect(formatProblem(problem)).toMatch(/^bad\.md(:\d+)?: (error|warning): \S/);
  });
});
