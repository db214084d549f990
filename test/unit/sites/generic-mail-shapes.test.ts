/**
 * Mail-like threads on pages no adapter knows: dates only as printed text (to tell a newest-first list) and
 * quoted history as plain-text "> " lines (to leave out of the customer's message).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { parseShownDate } from '@/lib/sites/extract/dates';
import { withoutPlainQuotes } from '@/lib/sites/generic/quoted-history';
import { isNewestFirstByShownDates } from '@/lib/sites/generic/shown-order';

describe('parseShownDate', () => {
  it.each([
    ['24 nov. 2026 à 09:12', Date.UTC(2026, 10, 24, 9, 12)],
    ['Nov 24, 2026, 9:12 PM', Date.UTC(2026, 10, 24, 21, 12)],
    ['Posted 24.11.2026, 09:12', Date.UTC(2026, 10, 24, 9, 12)],
    ['11/24/2026 12:05 am', Date.UTC(2026, 10, 24, 0, 5)],
    ['2026-11-24T09:12', Date.UTC(2026, 10, 24, 9, 12)],
    ['2026. november 24. 09:12', Date.UTC(2026, 10, 24, 9, 12)],
    ['24. März 2026 um 18:40', Date.UTC(2026, 2, 24, 18, 40)],
    ['3 de diciembre de 2026, 10:05', Date.UTC(2026, 11, 3, 10, 5)],
    ['24 ноября 2026 г., 09:12', Date.UTC(2026, 10, 24, 9, 12)],
  ])('reads %j', (text, expected) => {
    expect(parseShownDate(text)).toBe(expected);
  });

  it.each(['Yesterday', 'Order 20445 · 3 items', '10:15', 'Priority: high'])(
    'finds no date in %j',
    (text) => {
      expect(parseShownDate(text)).toBeNull();
    },
  );
});

describe('withoutPlainQuotes', () => {
  it('leaves out a quote block at the end and the line that attributes it', () => {
    expect(
      withoutPlainQuotes(
        'The second lamp is broken too.\n\nOn Fri, Nov 20, 2026 at 4:40 PM Acme <help@acme.example> wrote:\n> We are sending a new lamp.\n> Hugo',
      ),
    ).toBe('The second lamp is broken too.');
  });

  it('keeps a reply written between quoted lines whole', () => {
    const text = '> Which colour did you order?\nThe green one.\n> And the size?\nLarge.';
    expect(withoutPlainQuotes(text)).toBe(text);
  });
});

describe('isNewestFirstByShownDates', () => {
  const window = new Window();
  afterAll(() => window.happyDOM.close());
  const blocksOf = (...texts: string[]) => {
    const doc = window.document as unknown as Document;
    return texts.map((text) => {
      const block = doc.createElement('div');
      block.innerHTML = text;
      return block;
    });
  };

  it.each([
    [
      ['<b>Ana</b> · 24.11.2026 09:12<p>Still broken.</p>', '<b>Ana</b> · 20.11.2026 16:40<p>It broke.</p>'],
      true,
    ],
    [
      ['<b>Ana</b> · 20.11.2026 16:40<p>It broke.</p>', '<b>Ana</b> · 24.11.2026 09:12<p>Still broken.</p>'],
      false,
    ],
  ])('tells the order from header dates (%#)', (texts, expected) => {
    expect(isNewestFirstByShownDates(blocksOf(...texts))).toBe(expected);
  });

  it('does not take dates the customer wrote in some messages for the order', () => {
    const blocks = blocksOf(
      '<p>I ordered on 24.11.2026 and nothing came.</p>',
      '<p>Sorry to hear that, checking.</p>',
      '<p>I was charged on 01.11.2026 already.</p>',
    );
    expect(isNewestFirstByShownDates(blocks)).toBeNull();
  });
});
