import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';

/**
 * Salutations and sign-offs of a formal letter are form, not feeling: "Sehr geehrte …" is no praise and
 * "السادة المحترمين" no insult, whatever a translated lexicon says of their words.
 */
describe('a formal request with salutation and sign-off', () => {
  it.each([
    ['en', 'Dear Sir or Madam, please send me a copy of the invoice for order 5521. Kind regards, Dana'],
    ['es', 'Estimados señores: les ruego que me envíen la factura del pedido 5521. Saludos cordiales, Ana'],
    [
      'de',
      'Sehr geehrte Damen und Herren, bitte senden Sie mir die Rechnung zur Bestellung 5521. Mit freundlichen Grüßen, Jonas',
    ],
    ['fr', "Madame, Monsieur, merci de m'envoyer la facture de la commande 5521. Cordialement, Claire"],
    ['pt', 'Prezados, por favor enviem a fatura do pedido 5521. Atenciosamente, João'],
    ['ru', 'Уважаемые господа, пришлите, пожалуйста, счёт по заказу 5521. С уважением, Ольга'],
    ['hu', 'Tisztelt Ügyfélszolgálat! Kérem, küldjék el az 5521-es rendelés számláját. Üdvözlettel: Anna'],
    ['ar', 'السادة المحترمين، أرجو إرسال فاتورة الطلب 5521. مع تحياتي، أحمد'],
  ])('is neutral (%s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.tone).toBe('neutral');
    expect(result.polarity).toBe('neutral');
  });

  it('a formal complaint stays a complaint', () => {
    const letter =
      'Sehr geehrte Damen und Herren, am 03.05. habe ich eine Kaffeemaschine bestellt (Bestellnr. 4471-22). ' +
      'Laut Sendungsverfolgung wurde das Paket am 06.05. zugestellt, ich habe jedoch nichts erhalten. ' +
      'Ich bitte um umgehende Klärung. Mit freundlichen Grüßen';
    const result = detectTone(letter);
    expect(result.polarity).toBe('negative');
    expect(result.constructive).toBe(true);
  });
});

describe('words a machine-translated lexicon mis-scored', () => {
  it.each([
    ['ar', 'الفني ما جاش في الميعاد وفضلت مستني طول اليوم'],
    ['es', 'Hice dos pedidos y ninguno ha llegado todavía.'],
  ])('do not turn a complaint positive (%s: %s)', (_lang, text) => {
    expect(detectTone(text).polarity).toBe('negative');
  });
});
