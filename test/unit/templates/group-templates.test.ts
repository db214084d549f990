import { describe, expect, it } from 'vitest';
import { groupTemplates } from '@/components/library/group-templates';
import type { Template } from '@/lib/templates/types';
import { makeTemplate } from './template-factory';

const templates: Template[] = [
  makeTemplate({
    id: 'late.es',
    scenario: 'late-delivery',
    language: 'es',
    title: 'Retraso',
    variant: 'standard',
  }),
  makeTemplate({
    id: 'late.en.calm',
    scenario: 'late-delivery',
    language: 'en',
    title: 'Late',
    variant: 'deescalate',
  }),
  makeTemplate({
    id: 'late.en',
    scenario: 'late-delivery',
    language: 'en',
    title: 'Late',
    variant: 'standard',
  }),
  makeTemplate({ id: 'own', scenario: 'own-1234', language: 'en', title: 'VIP welcome' }),
  makeTemplate({ id: 'damaged.en', scenario: 'damaged-item', language: 'en', title: 'Damaged' }),
];

describe('groupTemplates', () => {
  it('groups language variants by scenario in the built-in order, the agent’s own last', () => {
    const groups = groupTemplates(templates);
    expect(groups.map((group) => [group.label, group.templates.map((t) => t.id)])).toEqual([
      ['late delivery', ['late.en', 'late.en.calm', 'late.es']],
      ['damaged item', ['damaged.en']],
      ['VIP welcome', ['own']],
    ]);
  });

  it('keeps only one language, or the search hits with the best hit’s group first', () => {
    expect(groupTemplates(templates, { language: 'es' }).map((group) => group.scenario)).toEqual([
      'late-delivery',
    ]);
    const hits = [templates[4], templates[1]].flatMap((template, index) =>
      template ? [{ template, score: 10 - index }] : [],
    );
    expect(
      groupTemplates(templates, { hits }).map((group) => [group.scenario, group.templates.length]),
    ).toEqual([
      ['damaged-item', 1],
      ['late-delivery', 1],
    ]);
  });
});
