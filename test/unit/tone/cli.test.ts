import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toneHandlers } from '@/lib/tone/browser';

const run = (...args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/tone.ts', ...args], { encoding: 'utf8' });

describe('tone CLI (a contract: team leads run it on their own exported tickets)', () => {
  it('--jsonl writes one result per line, in order, and an error result for each bad line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tone-cli-'));
    const file = join(dir, 'tickets.jsonl');
    const lines = [
      JSON.stringify({ id: 1, text: 'Thank you so much, it works now!' }),
      '{not json',
      JSON.stringify({ id: 3, body: 'no text field' }),
      '',
      JSON.stringify({ text: 'Срочно! Деньги списали дважды, верните или пойду в суд.' }),
    ];
    writeFileSync(file, lines.join('\n') + '\n');
    const out = run('--jsonl', file)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ polarity: 'positive', lang: 'en' });
    expect(out[0]).toHaveProperty('tone');
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[1]?.error).toMatch(/JSON/);
    expect(out[2]?.error).toMatch(/text/);
    expect(out[3]?.error).toBeDefined();
    expect(out[4]).toMatchObject({ polarity: 'negative', lang: 'ru' });
    expect(out[4]?.churnRisk).toBeGreaterThan(0.5);
  });

  it('--text prints a readable result with the evidence marked in the message', () => {
    const out = run('--text', 'Third time asking!!! Where is order #5512?');
    expect(out).toMatch(/^tone: +\w+/m);
    expect(out).toMatch(/urgency:/);
    expect(out).toMatch(/churn risk:/);
    expect(out).toMatch(/constructive: +yes/);
    expect(out).toContain('[#5512]');
    expect(out).toContain('[!!!]');
  });
});

describe('analyzeTone background handler', () => {
  it('answers with the tone of the text, honouring a given language', async () => {
    const analyze = toneHandlers().analyzeTone;
    expect(analyze).toBeDefined();
    const result = await analyze?.({ text: 'Nem működik a rendelésem, sürgős!', lang: 'hu' }, {});
    expect(result?.lang).toBe('hu');
    expect(result?.polarity).toBe('negative');
    expect(result?.urgency).toBeGreaterThan(0.4);
  });
});
