/**
 * The built-in library as shipped: every file valid (no errors, no warnings), every scenario in every
 * language with its variants, every reply renders without template syntax, and every reply passes the reply
 * checker for the tone it is written for. The last check runs the checker's phrase lists over 600+ replies
 * written independently in eight languages: a cue list that misses how people really write fails here.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '@/lib/templates/checker';
import { compileBuiltinLibrary } from '@/lib/templates/compile/read-template-dir';
import { formatProblem } from '@/lib/templates/format/problems';
import {
  BUILTIN_LANGUAGES,
  BUILTIN_SCENARIOS,
  HOW_TO_SCENARIO,
  PRAISE_SCENARIO,
} from '@/lib/templates/format/scenarios';
import { renderTemplate } from '@/lib/templates/render';
import type { TemplateDraft } from '@/lib/templates/types';

const { templates, problems } = compileBuiltinLibrary();

/** The tone each variant is written for (docs/template-format.md). */
function toneFor(template: TemplateDraft): string {
  if (template.scenario === PRAISE_SCENARIO) return 'positive';
  if (template.scenario === HOW_TO_SCENARIO) return 'confused';
  return (
    { deescalate: 'angry', timeline: 'anxious', steps: 'confused' }[template.variant ?? ''] ?? 'frustrated'
  );
}

describe('the built-in library', () => {
  it('compiles without errors or warnings', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(BUILTIN_LANGUAGES)(
    'has a standard reply for all 34 scenarios in %s, and de-escalating ones',
    (language) => {
      const inLanguage = templates.filter((template) => template.language === language);
      const standard = new Set(
        inLanguage.filter((template) => template.variant === 'standard').map((template) => template.scenario),
      );
      expect([...standard].sort()).toEqual(BUILTIN_SCENARIOS.map((scenario) => scenario.id).sort());
      expect(
        inLanguage.filter((template) => template.variant === 'deescalate').length,
      ).toBeGreaterThanOrEqual(30);
    },
  );

  it('renders every reply without template syntax, with and without page values', () => {
    for (const template of templates) {
      for (const context of [
        {},
        { customer: { name: 'Nagy Anna' }, agent: { name: 'Sam Rivera' }, followUp: { date: Date.now() } },
      ]) {
        const { text, html } = renderTemplate(template, context);
        expect(text, template.id).not.toMatch(/\{\{|\}\}/);
        expect(html, template.id).not.toMatch(/\{\{|<(?!\/?(p|br|ol|li)\b)/);
      }
    }
  });

  it.each(BUILTIN_LANGUAGES)('writes %s replies that pass the reply checker for their tone', (language) => {
    const failures: string[] = [];
    for (const template of templates.filter((candidate) => candidate.language === language)) {
      const customer = { name: 'Anna Nagy' };
      const { text } = renderTemplate(template, {
        customer,
        agent: { name: 'Sam' },
        followUp: { date: Date.now() + 86_400_000 },
      });
      for (const finding of checkReply(text, { tone: toneFor(template), lang: language, customer })) {
        failures.push(
          `${template.id} ${finding.rule}${finding.kind ? `/${finding.kind}` : ''}: "${text.slice(finding.start - 20, finding.end + 20)}"`,
        );
      }
    }
    // Every reply passes, how-to answers included: their steps, numbered or in a sentence, are the next step.
    expect(failures).toEqual([]);
  });
});
