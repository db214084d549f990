import { describe, expect, it } from 'vitest';
import { TemplateLibrary } from '@/lib/templates/library';
import { suggest } from '@/lib/templates/rank';
import { ScenarioSimilarity } from '@/lib/templates/rank/scenario-similarity';
import { builtinLibrary, toneOf } from './builtin-fixture';
import { makeTemplate } from './template-factory';

const SORRY = 'I am so sorry about this, and I will make it right.';

describe('ScenarioSimilarity', () => {
  const templates = [
    makeTemplate({
      id: 'a',
      scenario: 'wrong-item',
      body: `${SORRY} You ordered one colour and we sent another.`,
    }),
    makeTemplate({
      id: 'b',
      scenario: 'refund-delay',
      body: `${SORRY} Your money is on its way back to your card.`,
    }),
    makeTemplate({
      id: 'c',
      scenario: 'outage',
      body: `${SORRY} The service is down for everyone right now.`,
    }),
  ];
  const similarity = new ScenarioSimilarity(templates, 'en');

  it('ranks the scenario whose replies share the message words, and says which words', () => {
    const [best] = similarity.score('The money still has not reached my card');
    expect(best?.scenario).toBe('refund-delay');
    expect(best?.words).toEqual(expect.arrayContaining(['money', 'card']));
  });

  it('weighs words every scenario uses far less, and leaves out scenarios sharing nothing', () => {
    const shared = similarity.score('sorry')[0]?.score ?? 0;
    const telling = similarity.score('colour')[0]?.score ?? 0;
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(telling / 5);
    expect(similarity.score('An odd colour').map((s) => s.scenario)).toEqual(['wrong-item']);
  });

  it('follows the library as templates change', () => {
    const library = new TemplateLibrary(templates);
    expect(library.similarity('en').score('service down')[0]?.scenario).toBe('outage');
    library.remove('c');
    expect(library.similarity('en').score('service down')).toEqual([]);
  });
});

/**
 * Wordings no keyword of the built-in library knows (more in scenario-phrasings.test.ts): the reply whose
 * text reads most like the message ranks, and says so.
 */
describe('suggestions for wordings no keyword knows', () => {
  const library = builtinLibrary();

  it('says why when no keyword matched', () => {
    const [first] = suggest(
      'Compré unos auriculares y me mandaron un cargador que no pedí.',
      toneOf('frustrated', 'es'),
      {},
      library,
    );
    expect(first?.reason).toMatch(/worded like its replies \(“\p{L}+”/u);
  });

  it('offers three different replies rather than one twice', () => {
    const suggestions = suggest(
      'The blender I got is not the model on my receipt, it is the cheaper one.',
      toneOf('neutral', 'en'),
      {},
      library,
    );
    expect(new Set(suggestions.map((s) => s.scenario)).size).toBe(3);
    expect(suggestions.map((s) => s.scenario)).toContain('wrong-item');
  });
});
