import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';
import { visibleText } from '@/lib/tone/prepare';

/** The part of `text` that is still readable after masking (spaces collapsed). */
const readable = (text: string): string => visibleText(text).replace(/\s+/g, ' ').trim();

describe("visibleText strips what is not the customer's new message, keeping offsets", () => {
  it.each([
    [
      'en',
      'My card was charged twice.\n\nOn Mon, 3 Mar 2025, Support <help@shop.com> wrote:\n> Thanks for your patience, it is great!',
    ],
    [
      'es',
      'Mi tarjeta fue cobrada dos veces.\n\nEl lun, 3 mar 2025, Soporte escribió:\n> ¡Gracias, todo excelente!',
    ],
    [
      'de',
      'Meine Karte wurde doppelt belastet.\n\nAm Mo., 3. März 2025 schrieb Support:\n> Vielen Dank, alles super!',
    ],
    [
      'fr',
      'Ma carte a été débitée deux fois.\n\nLe lun. 3 mars 2025, Support a écrit :\n> Merci, tout est parfait !',
    ],
    [
      'pt',
      'Meu cartão foi cobrado duas vezes.\n\nEm seg., 3 de mar. de 2025, Suporte escreveu:\n> Obrigado, tudo ótimo!',
    ],
    ['ru', 'С карты списали дважды.\n\n3 марта 2025 г., Поддержка пишет:\n> Спасибо, всё отлично!'],
    [
      'hu',
      'Kétszer terhelték a kártyámat.\n\n2025. márc. 3., Ügyfélszolgálat írta:\n> Köszönjük, minden rendben!',
    ],
    ['ar', 'تم خصم المبلغ مرتين.\n\nفي 3 مارس 2025، كتب الدعم:\n> شكرا، كل شيء ممتاز'],
  ])('%s: the "On … wrote:" block and the quote below it are blanked', (_lang, text) => {
    const visible = visibleText(text);
    expect(visible).toHaveLength(text.length);
    expect(readable(text)).toBe(text.split('\n')[0]);
  });

  it('Outlook headers, "-----Original Message-----" and mobile signatures are blanked', () => {
    const outlook =
      'Still no refund.\n\nFrom: Shop Support\nSent: Monday, March 3, 2025 10:00\nSubject: Re: refund\nWe are happy to help!';
    expect(readable(outlook)).toBe('Still no refund.');
    const original = 'Nada funciona.\n-----Mensaje original-----\nGracias por contactarnos, ¡excelente día!';
    expect(readable(original)).toBe('Nada funciona.');
    const mobile = 'Where is my parcel?\n\nSent from my iPhone';
    expect(readable(mobile)).toBe('Where is my parcel?');
  });

  it('a formulaic sign-off and the name under it are not read; a sign-off mid-message is', () => {
    expect(readable('The app crashes on login.\n\nBest regards,\nAnna Smith\nACME Ltd')).toBe(
      'The app crashes on login.',
    );
    const long = 'Regards,\n' + 'line\n'.repeat(10);
    expect(readable(long)).toContain('Regards');
  });

  it('a message that is only a quote is read rather than blanked to nothing', () => {
    expect(readable('> Your order is terrible and late')).toContain('terrible');
  });

  it('HTML tags, entities and links are blanked', () => {
    expect(readable('<p>Order <b>late</b>&nbsp;again, see https://shop.example/o/1</p>')).toBe(
      'Order late again, see',
    );
  });

  it('evidence offsets point into the original text even after stripping', () => {
    const text = '<div>This is unacceptable!!!</div>\n\nOn Tue, Support wrote:\n> great, thanks';
    const result = detectTone(text);
    expect(result.polarity).toBe('negative');
    const spans = result.evidence.map((e) => text.slice(e.start, e.end));
    expect(spans).toContain('!!!');
    expect(spans.some((span) => span.includes('great'))).toBe(false);
  });

  it('keepQuotes reads the quoted part too', () => {
    const text = 'ok\n\nOn Mon, X wrote:\n> this is terrible';
    expect(
      detectTone(text, { keepQuotes: true }).evidence.some((e) => text.slice(e.start, e.end) === 'terrible'),
    ).toBe(true);
  });
});
