import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';

/**
 * Praise wrapped around a failure that keeps happening is irony, common in public replies on social inboxes.
 * A customer thanking for a fix may mention the old failure, or say "again", and stays positive.
 */
describe('praise around a failure that happened again', () => {
  it.each([
    ['de', 'Toll, schon wieder ist mein Paket verloren gegangen. Super gemacht.'],
    ['es', 'Genial, otra vez no llegó el pedido. Bravo.'],
    ['pt', 'Parabéns, mais uma vez perderam minha encomenda. Excelente.'],
    ['hu', 'Szuper, megint elvesztették a csomagomat. Gratulálok.'],
    ['ru', 'Отлично, опять потеряли мою посылку. Молодцы.'],
  ])('reads as a complaint (%s: %s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.polarity).toBe('negative');
    expect(['angry', 'frustrated']).toContain(result.tone);
  });
});

describe('thanks that mention an old failure or "again"', () => {
  it.each([
    ['en', 'Thanks so much, the app works again after the update. Brilliant!'],
    ['en', 'Thanks again for your help, everything works now.'],
    ['de', 'Vielen Dank, nach dem Fehler funktioniert wieder alles. Super!'],
    ['es', 'Muchas gracias, el paquete que se perdió apareció de nuevo. ¡Genial!'],
    ['fr', 'Merci beaucoup, le colis perdu est finalement arrivé. Encore une fois merci !'],
  ])('stays positive (%s: %s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.polarity).toBe('positive');
    expect(result.tone).toBe('positive');
  });
});
