import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';

/**
 * A confused customer asking about something concrete has a clear, fixable problem: the panel should call it
 * constructive, as it does for a complaint with facts. A bare plea with nothing to act on, or a "question"
 * that is an insult, is not.
 */
describe('a confused question about something concrete', () => {
  it.each([
    ['en', 'Not sure I understand the invoice, what is the service fee line for?'],
    ['en', "I don't quite follow the new pricing, can someone explain it?"],
    ['es', 'No estoy segura de entender la factura, ¿qué es esa tarifa?'],
    ['de', 'Ich weiß nicht, wie ich meine Adresse ändern kann.'],
    ['de', 'Mir ist nicht ganz klar, wofür die Gebühr auf der Rechnung ist.'],
    ['fr', 'Je ne suis pas sûr de comprendre la facture, à quoi correspondent ces frais ?'],
    ['pt', 'Não sei como alterar a minha morada de entrega, o endereço mudou.'],
    ['ru', 'Не совсем понимаю, за что эта комиссия в счёте?'],
    ['hu', 'Nem egészen világos, mire vonatkozik ez a díj a számlán.'],
    ['hu', 'Nem tudom, hogyan változtassam meg a címemet.'],
    ['ar', 'مو واضح لي ايش هذي الرسوم في الفاتورة؟'],
  ])('reads as confused and constructive (%s: %s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.tone).toBe('confused');
    expect(result.constructive).toBe(true);
  });

  it.each([
    ['en', 'Can you help me?'],
    ['en', 'How do you idiots even run a company?'],
    ['es', 'No entiendo nada, de verdad.'],
  ])('is not constructive without something to act on (%s: %s)', (_lang, text) => {
    expect(detectTone(text).constructive).toBe(false);
  });
});
