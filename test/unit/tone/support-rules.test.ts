/**
 * The support-specific rules, one behaviour per block, each shown in several languages with hand-written
 * messages: a question is not confusion, thanks that close a request are courtesy, "ya"/"now" are urgency
 * only where they mean it, fixable problems are constructive even when the customer is abusive, and
 * accentless Hungarian or Arabic with attached conjunctions read like their standard spelling.
 */
import { describe, expect, it } from 'vitest';
import { detectTone, type Tone } from '@/lib/tone';

const HEATED: Tone[] = ['angry', 'frustrated'];

describe('a complaint phrased as a question is not confusion', () => {
  it.each([
    ['en', 'Where is my refund? You promised it ten days ago and nobody replies to my emails.'],
    ['es', '¿Dónde está mi reembolso? Me lo prometieron hace diez días y nadie contesta.'],
    ['pt', 'Cadê meu reembolso? Prometeram há dez dias e ninguém responde.'],
    ['fr', 'Où est mon remboursement ? Promis il y a dix jours et personne ne répond.'],
    ['de', 'Wo bleibt meine Rückerstattung? Seit zehn Tagen versprochen und keiner antwortet.'],
    ['ru', 'Где мой возврат? Обещали десять дней назад, и никто не отвечает.'],
    ['hu', 'Hol a visszatérítésem? Tíz napja ígérték, és senki nem válaszol.'],
    ['ar', 'فين الفلوس بتاعتي؟ وعدتوني من عشر أيام ومحدش بيرد'],
  ])('%s: %s', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(HEATED).toContain(result.tone);
    expect(result.polarity).toBe('negative');
    expect(result.constructive).toBe(true);
  });

  it.each([
    ['en', "I don't understand which plan includes the second user, can you explain?"],
    ['es', 'No entiendo cuál plan incluye el segundo usuario, ¿me lo pueden explicar?'],
    ['de', 'Ich verstehe nicht, welcher Tarif den zweiten Nutzer enthält. Können Sie das erklären?'],
    ['ru', 'Не понимаю, какой тариф включает второго пользователя. Объясните, пожалуйста.'],
  ])('confusion cues still read as confused (%s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.tone).toBe('confused');
  });

  it.each([
    ['en', 'Do you have the blue kettle in stock?'],
    ['es', '¿Hacen envíos a Chile?'],
    ['fr', 'Est-ce que je peux payer par virement ?'],
    ['hu', 'Lehet utánvéttel fizetni?'],
  ])('a plain request for information is neutral (%s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.tone).toBe('neutral');
    expect(result.polarity).toBe('neutral');
  });
});

describe('thanks that close a request are courtesy, not praise', () => {
  it.each([
    ['en', 'Could you send the invoice for order 33120 to my accountant? Thanks'],
    ['es', 'Quisiera cambiar la talla del pedido 33120 por una M. Gracias.'],
    ['de', 'Bitte senden Sie mir die Rechnung für Bestellung 33120 erneut. Vielen Dank.'],
    ['fr', "Merci de m'envoyer la facture de la commande 33120."],
    ['pt', 'Gostaria de trocar o endereço do pedido 33120. Obrigada.'],
    ['ru', 'Пришлите, пожалуйста, чек по заказу 33120. Спасибо.'],
  ])('%s: %s', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.polarity).toBe('neutral');
    expect(result.tone).not.toBe('positive');
  });

  it.each([
    ['en', 'Thank you, the parcel arrived safely!'],
    ['de', 'Danke, das Paket ist heil angekommen!'],
    ['ru', 'Спасибо, посылка пришла!'],
  ])('thanks for what happened stay gratitude (%s)', (lang, text) => {
    expect(detectTone(text).polarity).toBe('positive');
  });

  it.each([
    ['en', 'Thanks for nothing, the app still crashes.'],
    ['es', 'Gracias por nada, la app sigue sin funcionar.'],
    ['fr', "Merci pour rien, l'appli plante toujours."],
    ['de', 'Danke für nichts, die App stürzt immer noch ab.'],
  ])('sarcastic thanks are a complaint (%s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.polarity).toBe('negative');
    expect(HEATED).toContain(result.tone);
  });
});

describe('urgency words only where they ask for speed', () => {
  it.each([
    ['es', 'Devuélvanme el dinero YA'],
    ['pt', 'Quero o estorno JÁ'],
    ['en', 'Unlock my account NOW'],
    ['es', 'Necesito el reembolso ya.'],
    ['fr', 'Il me faut la facture avant vendredi.'],
    ['de', 'Ich brauche das Paket bis Samstag.'],
    ['ru', 'Верните деньги как можно скорее.'],
    ['hu', 'Kérem, azonnal oldják meg!'],
    ['ar', 'رجعولي فلوسي فورا'],
  ])('%s: %s is urgent', (_lang, text) => {
    expect(detectTone(text).urgency).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['es', 'Ya me llegó el paquete, todo bien.'],
    ['pt', 'Já recebi, obrigado.'],
    ['de', 'Danke für die schnelle Lieferung!'],
    ['ru', 'Спасибо, всё доставили быстро!'],
    ['en', 'It works now, thanks!'],
  ])('%s: %s is not', (_lang, text) => {
    expect(detectTone(text).urgency).toBeLessThan(0.5);
  });
});

describe('constructive: a fixable problem, however it is said', () => {
  it.each([
    ['en', 'You bunch of crooks charged my card twice for the same order.'],
    ['es', 'Sois unos ladrones, me habéis cobrado dos veces el mismo pedido.'],
    ['de', 'Ihr Betrüger habt meine Karte zweimal belastet.'],
    ['ru', 'Вы мошенники, списали деньги дважды за один заказ.'],
  ])('abuse plus a concrete problem is angry and constructive (%s)', (_lang, text) => {
    const result = detectTone(text);
    expect(result.tone).toBe('angry');
    expect(result.constructive).toBe(true);
  });

  it.each([
    ['en', 'Still waiting on my parcel, it has been three weeks.'],
    ['fr', "J'attends toujours mon colis, ça fait trois semaines."],
    ['pt', 'Ainda esperando a encomenda, já são três semanas.'],
    ['hu', 'Még mindig várom a csomagomat, három hete.'],
  ])('waiting for a named thing is constructive without an order number (%s)', (_lang, text) => {
    const result = detectTone(text);
    expect(result.constructive).toBe(true);
    expect(result.tone).toBe('frustrated');
  });

  it.each([
    ['en', 'Your app is garbage and so are you.'],
    ['es', 'Son una basura de empresa, unos inútiles.'],
    ['de', 'Was für ein Saftladen, ihr seid alle unfähig.'],
  ])('abuse without a problem is not (%s)', (_lang, text) => {
    const result = detectTone(text);
    expect(result.constructive).toBe(false);
    expect(result.tone).toBe('angry');
  });
});

describe('spelling variants read the same', () => {
  it('Hungarian typed without accents reads like the accented message', () => {
    const accented = detectTone('Még mindig nem jött meg a csomagom, két hete várok.');
    const plain = detectTone('Meg mindig nem jott meg a csomagom, ket hete varok.');
    expect(plain.lang).toBe('hu');
    expect(plain.tone).toBe(accented.tone);
    expect(plain.polarity).toBe(accented.polarity);
    expect(plain.constructive).toBe(accented.constructive);
    expect(plain.evidence.map((e) => e.kind)).toEqual(accented.evidence.map((e) => e.kind));
  });

  it('an Arabic cue with "and" attached (وقلقان) is still found', () => {
    const result = detectTone('الطلب ما وصل وقلقانة جدا عليه');
    expect(result.evidence.some((e) => e.kind === 'anxiety')).toBe(true);
    expect(result.tone).toBe('anxious');
  });

  it('German "keiner" after a verb opens its own clause and does not negate it', () => {
    const result = detectTone('Zweimal abgebucht und keiner meldet sich.');
    expect(result.evidence.some((e) => e.kind === 'fact' && e.label === 'problem')).toBe(true);
    expect(result.constructive).toBe(true);
  });

  it('a negation does not reach across a sentence break or an "and"', () => {
    const broken = detectTone('I asked twice and still nothing. This is ridiculous.');
    expect(broken.evidence.filter((e) => e.label.startsWith('negated'))).toEqual([]);
    expect(broken.evidence.some((e) => e.label === 'anger')).toBe(true);
    expect(broken.polarity).toBe('negative');
    const joined = detectTone("The parcel didn't arrive and I'm really worried.");
    expect(joined.evidence.some((e) => e.kind === 'anxiety')).toBe(true);
    expect(joined.tone).toBe('anxious');
  });
});
