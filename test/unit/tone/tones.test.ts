/**
 * Typical support messages, hand-written in each language, and the tone an agent would want flagged.
 */
import { describe, expect, it } from 'vitest';
import { detectTone, type Tone } from '@/lib/tone';

const EXAMPLES: [Tone, string, string][] = [
  ['confused', 'es', 'No entiendo cómo activar la garantía, ¿dónde encuentro el formulario?'],
  ['anxious', 'de', 'Ich mache mir große Sorgen, dass mein Konto gehackt wurde.'],
  ['positive', 'fr', 'Merci beaucoup pour votre aide rapide, tout fonctionne maintenant !'],
  ['frustrated', 'pt', 'Já é a terceira vez que entro em contato e ainda não resolveram.'],
  ['neutral', 'hu', 'Szeretném megváltoztatni a szállítási címemet.'],
  ['anxious', 'ar', 'أنا قلق جدا، تم سحب مبلغ من حسابي بدون علمي'],
  ['confused', 'ru', 'Не понимаю, как оформить возврат. Где это в приложении?'],
  ['angry', 'en', 'This is absolutely ridiculous. You people are incompetent!!!'],
  ['frustrated', 'de', 'Ich warte seit zwei Wochen auf meine Rückerstattung, schon wieder keine Antwort.'],
  ['angry', 'fr', "Vous êtes des escrocs, c'est inadmissible !!!"],
  ['positive', 'pt', 'Muito obrigado, o atendimento foi excelente!'],
  ['neutral', 'es', '¿Podrían decirme el horario de atención al cliente?'],
  ['anxious', 'pt', 'Estou muito preocupada, meu cartão foi clonado e não consigo bloquear.'],
  ['frustrated', 'hu', 'Már harmadszor írok, és még mindig nem kaptam választ.'],
  ['angry', 'ru', 'Это просто издевательство, вы мошенники!'],
  ['positive', 'ar', 'شكرا جزيلا على المساعدة، الخدمة ممتازة'],
  ['confused', 'fr', 'Je ne comprends pas pourquoi ma commande est annulée ?'],
  ['neutral', 'en', 'Please send me a copy of the invoice for order 5521.'],
];

describe('typical support messages', () => {
  it.each(EXAMPLES)('%s (%s): %s', (tone, lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.tone).toBe(tone);
    expect(result.scores[tone]).toBe(Math.max(...Object.values(result.scores)));
  });

  it('a forced language is honoured and reported', () => {
    expect(detectTone('ok', { lang: 'pt-BR' }).lang).toBe('pt');
  });
});
