import type { Template } from '@/lib/templates/types';

/** A stored template with sensible defaults, for tests. */
export function makeTemplate(overrides: Partial<Template> & Pick<Template, 'id'>): Template {
  return {
    title: overrides.id,
    body: 'Hi {{customer.firstName|there}},\n\nThanks for writing.\n\n{{agent.firstName}}',
    language: 'en',
    scenario: 'general-complaint',
    toneTargets: [],
    tags: [],
    createdAt: 0,
    updatedAt: 0,
    usageCount: 0,
    ...overrides,
  };
}
