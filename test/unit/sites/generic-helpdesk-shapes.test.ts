/**
 * Ticket pages laid out like helpdesks we have no adapter for (LiveAgent, Kayako): a customer mail that quotes
 * the agent under an Outlook header and carries a signature. Each page is read with the editor the agent
 * clicked into.
 */
import { describe, expect, it } from 'vitest';
import { readConversation } from '@/lib/sites';
import { withoutQuotedHistory } from '@/lib/sites/generic/quoted-history';
import { describeSiteFixture } from './fixture-suite';
import { loadFixture } from './load-fixture';

/** The editable the agent clicks into: the page's reply editor as its real editor renders it. */
const replyEditors: Record<string, (doc: Document) => Element | null | undefined> = {
  'quoted-reply-mail.html': (doc) => doc.querySelector('iframe')?.contentDocument?.body,
};

describe('generic fallback on helpdesk-like ticket pages', () => {
  for (const [page, editorOf] of Object.entries(replyEditors)) {
    describeSiteFixture(`generic/${page}`, {
      hint: (fixture) => ({ focusedEditable: editorOf(fixture.document) ?? null }),
    });
  }
});

async function readPage(page: string, change: (doc: Document) => void = () => undefined) {
  const fixture = await loadFixture(`generic/${page}`);
  try {
    change(fixture.document);
    const editor = replyEditors[page]?.(fixture.document) ?? null;
    return readConversation(fixture.document, fixture.expect.url, { focusedEditable: editor });
  } finally {
    await fixture.close();
  }
}

describe('a customer mail quoting the agent under an Outlook header, with a signature', () => {
  it('keeps only what the customer wrote this time', async () => {
    const snapshot = await readPage('quoted-reply-mail.html');
    expect(snapshot.lastCustomerText).toBe(
      'Hola Marta:\n\nHan pasado los 5 días y sigo sin ver el reembolso del pedido 88213. Necesito una ' +
        'solución ya.',
    );
  });

  it.each([
    [
      'an English Outlook header under a rule',
      'Still no refund.\n-----Original Message-----\nFrom: Acme Support\nSent: Monday 10:15\nTo: Ann\n\nRefund sent.',
      'Still no refund.',
    ],
    [
      'a signature after "-- "',
      'Where is my parcel?\n-- \nAnn Lee\nSales lead, Lee & Co',
      'Where is my parcel?',
    ],
    [
      'a German header',
      'Immer noch nichts.\nVon: Support <s@example.de>\nGesendet: Montag\nBetreff: AW: Paket',
      'Immer noch nichts.',
    ],
  ])('leaves out %s', (_label, text, expected) => {
    expect(withoutQuotedHistory(text)).toBe(expected);
  });

  it.each([
    ['a "From:" line without a sent date', 'Hi,\nFrom: Monday on I could not log in.\nPlease help.'],
    ['a message that is only a header', 'From: Ann\nSent: Monday\nHello'],
  ])('keeps %s', (_label, text) => {
    expect(withoutQuotedHistory(text)).toBe(text);
  });
});
