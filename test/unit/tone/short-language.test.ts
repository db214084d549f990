import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';

/**
 * One-line complaints are where language detection fails, and a wrong language means a reply the customer
 * cannot read (the suggestions follow the detected language). The n-gram detector reads the first, third
 * and fifth as Spanish, Romanian and Swedish; common words of the customer's own language settle them.
 */
const SHORT_MESSAGES: [string, string][] = [
  ['pt', 'Fui cobrado duas vezes pelo mesmo pedido.'],
  ['pt', 'O pedido ainda não chegou, paguei ontem pelo site.'],
  ['hu', 'Az L-es méret helyett M-es pólót küldtek nekem.'],
  ['hu', 'Tegnap óta nem tudok belépni.'],
  // Only the case ending of the last word is Hungarian: "mi" and "a" are Spanish words too.
  ['hu', 'Mi a helyzet a rendelésemmel?'],
  ['hu', 'Mi van a számlámmal?'],
  ['es', 'Estaban muy contentos con el pedido.'],
  ['de', 'Ich habe den Schlüssel nicht bekommen.'],
  ['de', 'Paket kam kaputt an.'],
  ['de', 'Seit gestern geht gar nichts.'],
  ['es', 'Me cobraron dos veces desde ayer.'],
  ['fr', "Toujours rien reçu depuis hier, c'est la deuxième fois."],
  ['en', 'I am still waiting since Monday.'],
];

describe('language of short support messages', () => {
  it.each(SHORT_MESSAGES)('reads %s in "%s"', (lang, text) => {
    expect(detectTone(text).lang).toBe(lang);
  });
});
