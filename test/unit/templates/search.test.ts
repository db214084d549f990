import Fuse from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '@/lib/templates/search';
import type { Template } from '@/lib/templates/types';
import { makeTemplate } from './template-factory';

const library: [Template, Template, Template, Template, Template] = [
  makeTemplate({
    id: 'refund',
    title: 'Refund delayed',
    shortcut: 'refund',
    tags: ['billing'],
    body: 'Your refund is on its way.',
  }),
  makeTemplate({
    id: 'double',
    title: 'Double charge',
    shortcut: 'double',
    tags: ['billing'],
    body: 'You were charged twice.',
  }),
  makeTemplate({
    id: 'late',
    title: 'Late delivery',
    shortcut: 'late',
    keywords: ['where is my order'],
    body: 'Your parcel is late.',
  }),
  makeTemplate({
    id: 'late-es',
    title: 'Entrega con retraso',
    language: 'es',
    shortcut: 'late',
    body: 'Su pedido llega tarde.',
  }),
  makeTemplate({
    id: 'voucher',
    title: 'Sorry for the trouble',
    body: 'As an apology, here is a voucher for your next order.',
  }),
];
const ids = (index: SearchIndex, query: string, language?: string) =>
  index.search({ query, ...(language && { language }) }).map((hit) => hit.template.id);

describe('SearchIndex', () => {
  const index = new SearchIndex(library);

  it('finds by title, shortcut, tag, keyword and body text', () => {
    expect(ids(index, 'refund')[0]).toBe('refund');
    expect(ids(index, 'double')[0]).toBe('double');
    expect(ids(index, 'billing')).toEqual(expect.arrayContaining(['refund', 'double']));
    expect(ids(index, 'where is my order')[0]).toBe('late');
    expect(ids(index, 'voucher')).toEqual(['voucher']);
  });

  it('tolerates typos, missing accents and half-typed words', () => {
    expect(ids(index, 'dobule charge')[0]).toBe('double');
    expect(ids(index, 'refnud')[0]).toBe('refund');
    expect(ids(index, 'vouch')).toEqual(['voucher']);
    expect(ids(index, 'RETRASO')[0]).toBe('late-es');
  });

  it('ranks templates matching every word above those matching one', () => {
    expect(ids(index, 'late parcel')[0]).toBe('late');
    expect(ids(index, 'charged twice')[0]).toBe('double');
  });

  it('filters by language and returns the most used first for an empty query', () => {
    expect(ids(index, 'late', 'es')).toEqual(['late-es']);
    const used = new SearchIndex([...library.slice(0, 2), { ...library[2], usageCount: 9 }]);
    expect(ids(used, '  ')[0]).toBe('late');
  });

  it('does not turn a word the library often uses into typos of other words', () => {
    const sorry = Array.from({ length: 5 }, (_, n) => makeTemplate({ id: `sorry${n}`, title: `Sorry ${n}` }));
    const index = new SearchIndex([...sorry, makeTemplate({ id: 'story', title: 'Our story' })]);
    expect(ids(index, 'sorry')).not.toContain('story');
    expect(ids(index, 'stroy')[0]).toBe('story');
  });

  it('never throws on odd queries', () => {
    for (const query of ['', '   ', '{{', '\u0000', 'x'.repeat(10_000), '🙂🙂', '*.+?[]']) {
      expect(() => index.search({ query })).not.toThrow();
    }
    expect(index.search({ query: 42 as unknown as string })).toEqual(expect.any(Array));
  });

  it('is updated incrementally: added, edited and removed templates show up at once, with no rebuild', () => {
    const live = new SearchIndex(library);
    // Record how many documents each fuse.js (re)indexing starts from, at the time of the call.
    const indexedSizes: number[] = [];
    const setCollection = Fuse.prototype.setCollection;
    const spy = vi.spyOn(Fuse.prototype, 'setCollection').mockImplementation(function (
      this: Fuse<unknown>,
      docs,
      index,
    ) {
      indexedSizes.push(docs.length);
      setCollection.call(this, docs, index);
    });
    live.add(makeTemplate({ id: 'gift', title: 'Gift card', body: 'Here is a gift card.' }));
    expect(ids(live, 'gift')).toEqual(['gift']);

    live.update({ ...library[0], title: 'Reimbursement on its way' });
    expect(ids(live, 'reimbursement')).toEqual(['refund']);
    expect(ids(live, 'delayed')).not.toContain('refund');

    expect(live.remove('double')).toBe(true);
    expect(ids(live, 'double')).not.toContain('double');
    expect(live.remove('double')).toBe(false);
    expect(live.size).toBe(library.length);
    // New words may open a new, empty per-letter fuse.js index; existing words are never re-indexed.
    expect(indexedSizes.every((size) => size === 0)).toBe(true);
    spy.mockRestore();
  });

  it('keeps answering correctly after many edits (dead entries are compacted away)', () => {
    const live = new SearchIndex();
    for (let round = 0; round < 60; round++) {
      for (let item = 0; item < 40; item++) {
        live.add(
          makeTemplate({
            id: `t${item}`,
            title: `Template ${item} version ${round}`,
            body: `word${round} body`,
          }),
        );
      }
    }
    expect(live.size).toBe(40);
    const hits = live.search({ query: 'template version', limit: 100 });
    expect(hits).toHaveLength(40);
    expect(hits.every((hit) => hit.template.title.endsWith('version 59'))).toBe(true);
  });
});
