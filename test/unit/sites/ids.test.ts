import { describe, expect, it } from 'vitest';
import { findEmails, findOrderIds, findTicketId } from '@/lib/sites';
import { findHashId, lastNumericPathSegment } from '@/lib/sites/extract/ids';
import { parseNameAndEmail } from '@/lib/sites/extract/people';

describe('findOrderIds', () => {
  it.each([
    ['en', 'Where is my order #1007? Ordered it two weeks ago.', ['1007']],
    [
      'en',
      'Order number: A-99812, and a second one, order 402-3398123-5560011',
      ['A-99812', '402-3398123-5560011'],
    ],
    ['es', 'Mi pedido n.º 55123 llegó roto', ['55123']],
    ['es', 'la orden 88120 no aparece', ['88120']],
    ['pt', 'A encomenda n.º 7788123 chegou incompleta', ['7788123']],
    ['pt', 'Meu pedido #BR-40221 foi cobrado duas vezes', ['BR-40221']],
    ['fr', 'ma commande n° FR-20931 n’est jamais arrivée', ['FR-20931']],
    ['de', 'Bestellung Nr. 300-55817 und Bestellnummer 4500123987', ['300-55817', '4500123987']],
    ['ru', 'Заказ № 77123 не пришёл, номер заказа 77124', ['77123', '77124']],
    ['ar', 'طلبي رقم #88123 لم يصل، والطلب 55123 أيضاً', ['88123', '55123']],
    ['hu', 'A 4471-es rendelésem még nem jött meg', ['4471']],
    ['hu', 'rendelésszámom: 5590, és a #6620 számú rendelés', ['5590', '6620']],
  ])('finds them in %s: %j', (_language, text, ids) => {
    expect(findOrderIds(text)).toEqual(ids);
  });

  it.each([
    'I ordered 2 chairs last week',
    'My order is late and I am upset',
    'Call me on 555 or at the order desk',
    'Заказала 3 платья',
    '',
  ])('finds none in %j', (text) => {
    expect(findOrderIds(text)).toEqual([]);
  });
});

describe('findTicketId', () => {
  it.each([
    ['Ticket #4821 · Acme Support', '4821'],
    ['Ticket n°5512 — Support Acme', '5512'],
    ['Caso 30022 · Soporte', '30022'],
    ['Обращение 77812: деньги списаны', '77812'],
    ['Заявка № 5521', '5521'],
    ['تذكرة رقم 4412', '4412'],
    ['Hibajegy #9001', '9001'],
    ['Anfrage 123456 von Frau Krüger', '123456'],
  ])('reads %j as %s', (text, id) => {
    expect(findTicketId(text)).toBe(id);
  });

  it('reads nothing from text without a ticket word', () => {
    expect(findTicketId('Order 1234 is late')).toBeNull();
  });
});

describe('findHashId and lastNumericPathSegment', () => {
  it('reads "#123" ids in titles but not HTML entities or anchors in words', () => {
    expect(findHashId('[#88213] Gutschrift fehlt')).toBe('88213');
    expect(findHashId('C# 101 course')).toBeNull();
  });

  it('takes the last numeric path segment of at least three digits', () => {
    expect(lastNumericPathSegment(new URL('https://a.example/agent/tickets/4821'))).toBe('4821');
    expect(lastNumericPathSegment(new URL('https://a.example/conversation/12/34'))).toBeNull();
  });
});

describe('findEmails and parseNameAndEmail', () => {
  it('finds addresses with non-Latin names and trailing punctuation', () => {
    expect(findEmails('Write to Ana.Souza@Example.com.br. Or josé@exemplo.pt!')).toEqual([
      'ana.souza@example.com.br',
      'josé@exemplo.pt',
    ]);
  });

  it.each([
    ['María García <maria.garcia@example.com>', { name: 'María García', email: 'maria.garcia@example.com' }],
    ['"Kovács Anna" <anna.kovacs@example.hu>', { name: 'Kovács Anna', email: 'anna.kovacs@example.hu' }],
    ['Julien Moreau (customer)', { name: 'Julien Moreau' }],
    ['Oliver Smith via Email', { name: 'Oliver Smith' }],
    ['New message', {}],
    ['12345', {}],
  ])('splits %j', (raw, expected) => {
    expect(parseNameAndEmail(raw)).toEqual(expected);
  });
});
