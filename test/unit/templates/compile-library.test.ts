import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTemplateFiles } from '@/lib/templates/format/compile-library';
import { contentHash } from '@/lib/templates/format/content-hash';

const english = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/late-delivery.en.template'), 'utf8');
const spanish = english
  .replace('language: en', 'language: es')
  .replace('title: Late delivery', 'title: Entrega con retraso');

describe('compileTemplateFiles', () => {
  it('turns each variant into a template with a stable id, its shortcut, tones, keywords and a content hash', () => {
    const { templates, problems } = compileTemplateFiles(
      [
        { path: 'en/late-delivery.md', source: english },
        { path: 'es/late-delivery.md', source: spanish },
      ],
      { packId: 'acme', packVersion: '1.2.0' },
    );
    expect(problems).toEqual([]);
    expect(templates.map((template) => [template.id, template.shortcut])).toEqual([
      ['acme.late-delivery.standard.en', 'late'],
      ['acme.late-delivery.deescalate.en', 'late-deescalate'],
      ['acme.late-delivery.steps.en', 'late-steps'],
      ['acme.late-delivery.standard.es', 'late'],
      ['acme.late-delivery.deescalate.es', 'late-deescalate'],
      ['acme.late-delivery.steps.es', 'late-steps'],
    ]);
    const standard = templates[0];
    if (!standard) throw new Error('no template compiled');
    expect(standard).toMatchObject({
      packId: 'acme',
      packVersion: '1.2.0',
      variant: 'standard',
      toneTargets: ['frustrated', 'neutral'],
    });
    expect(standard?.keywords).toContain('where is my order');
    expect(standard.sourceHash).toBe(contentHash(standard));
    expect(contentHash({ ...standard, body: `${standard.body} ` })).not.toBe(standard.sourceHash);
  });

  it('rejects a second file for the same scenario and language, keeping the first', () => {
    const { templates, problems } = compileTemplateFiles(
      [
        { path: 'a.md', source: english },
        { path: 'b.md', source: english },
      ],
      { packId: 'acme' },
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'b.md',
        message: 'scenario "late-delivery" in "en" is already defined in a.md',
      }),
    ]);
    expect(new Set(templates.map((template) => template.id)).size).toBe(templates.length);
    expect(templates).toHaveLength(3);
  });

  it('requires one shortcut per scenario across languages, and no shortcut shared by two scenarios', () => {
    const otherShortcut = spanish.replace('shortcut: late', 'shortcut: tarde');
    const otherScenario = english
      .replace('scenario: late-delivery', 'scenario: slow-delivery')
      .replace('language: en', 'language: fr');
    const { problems } = compileTemplateFiles(
      [
        { path: 'en.md', source: english },
        { path: 'es.md', source: otherShortcut },
        { path: 'fr.md', source: otherScenario },
      ],
      { packId: 'acme' },
    );
    expect(problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'es.md: shortcut "tarde" differs from "late" in en.md; use one per scenario',
      'fr.md: shortcut "late" is already used by scenario "late-delivery" (en.md)',
    ]);
  });

  it('checks the built-in layout: path, scenario table, shortcut, and every scenario in every language', () => {
    const { problems } = compileTemplateFiles(
      [
        { path: 'en/late-delivery.md', source: english },
        { path: 'en/wrong-place.md', source: spanish },
        { path: 'en/made-up.md', source: english.replace('scenario: late-delivery', 'scenario: made-up') },
        {
          path: 'de/late-delivery.md',
          source: english
            .replace('language: en', 'language: de')
            .replace('shortcut: late', 'shortcut: spaet'),
        },
      ],
      { packId: 'builtin', isBuiltin: true },
    );
    const messages = problems.map((problem) => `${problem.file}: ${problem.message}`);
    expect(messages).toContain(
      'en/wrong-place.md: a file with language "es" and scenario "late-delivery" belongs at es/late-delivery.md',
    );
    expect(messages).toContain(
      'en/made-up.md: scenario "made-up" is not in the scenario table (docs/template-format.md)',
    );
    expect(messages).toContain('de/late-delivery.md: the shortcut of "late-delivery" is "late", not "spaet"');
    expect(messages).toContain(
      'hu/refund-delay.md: missing or invalid: every scenario needs a file in every language',
    );
    expect(messages).not.toContain(
      'en/late-delivery.md: missing or invalid: every scenario needs a file in every language',
    );
  });
});
