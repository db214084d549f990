/** The suggest and check CLIs on the examples the README and docs/templates.md show (both are contracts). */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('npm run suggest -- --jsonl FILE', () => {
  const out = run(
    'scripts/suggest.ts',
    '--jsonl',
    'test/fixtures/templates/suggest-examples.jsonl',
    '--now',
    '2026-11-24T10:00:00Z',
  );

  it('answers every input line, in order, bad lines with an error', () => {
    expect(out).toHaveLength(6);
    expect(out[4]).toMatchObject({ line: 5, error: expect.stringMatching(/^not JSON/) });
    expect(out[5]).toEqual({ line: 6, error: 'no string "text" field' });
  });

  it('gives lang, tone and three personalised suggestions in the customer’s language', () => {
    const expected = [
      ['en', 'late-delivery', /^Hi Anna,/, /Sam$/],
      ['es', 'double-charge', /^Hola Lucía,/, /Marta$/],
      ['hu', 'double-charge', /^Kedves Anna!/, /Péter$/],
      ['en', 'praise-thanks', /^Hi John,/, /Sam$/],
    ] as const;
    expected.forEach(([lang, scenario, greeting, signature], index) => {
      const row = out[index] as { lang: string; tone: string; suggestions: Record<string, string>[] };
      expect(row.lang).toBe(lang);
      expect(typeof row.tone).toBe('string');
      expect(row.suggestions.length).toBeGreaterThan(0);
      const [top] = row.suggestions;
      expect(Object.keys(top ?? {}).sort()).toEqual(['language', 'scenario', 'templateId', 'text']);
      expect(top).toMatchObject({ scenario, language: lang });
      expect(top?.text).toMatch(greeting);
      expect(top?.text).toMatch(signature);
      expect(top?.text).not.toMatch(/\{\{|\}\}/);
    });
  });
});

describe('npm run check -- --jsonl FILE', () => {
  const out = run('scripts/check.ts', '--jsonl', 'test/fixtures/templates/check-examples.jsonl');
  type Findings = { findings: { rule: string; start: number; end: number; message: string; fix: string }[] };

  it('reports findings with rule, span, message and fix, one line per draft', () => {
    expect(out).toHaveLength(4);
    const [defensive, good, spanish] = out as unknown as Findings[];
    expect(defensive?.findings.map((finding) => finding.rule)).toEqual([
      'greeting-name',
      'apology',
      'ownership',
      'blame',
      'blame',
      'blame',
      'next-step',
      'closing',
    ]);
    for (const finding of defensive?.findings ?? []) {
      expect(Object.keys(finding).sort()).toEqual(['end', 'fix', 'message', 'rule', 'start']);
    }
    expect(good?.findings).toEqual([]);
    expect(spanish?.findings.find((finding) => finding.rule === 'greeting-name')?.fix).toBe('Hola, Lucía:');
    expect(out[3]).toEqual({ line: 4, error: 'no string "text" field' });
  });
});
