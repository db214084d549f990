import { describe, expect, it } from 'vitest';
import { TemplateLibrary } from '@/lib/templates/library';
import { suggest } from '@/lib/templates/rank';
import type { Tone } from '@/lib/tone/types';
import { builtinLibrary, builtinTemplates, toneOf } from './builtin-fixture';
import { makeTemplate } from './template-factory';

const library = builtinLibrary();
const context = {
  customer: { name: 'Anna Nagy' },
  agent: { name: 'Sam Rivera' },
  now: Date.UTC(2026, 10, 24, 10),
};

/** Hand-written customer messages, several per language, with the scenario(s) a good agent would pick. */
const MESSAGES: [string, Tone, string, string[]][] = [
  ['en', 'frustrated', 'My card was charged twice for order 5521, please sort this out', ['double-charge']],
  ['en', 'frustrated', 'The mug arrived smashed into pieces and the box was crushed.', ['damaged-item']],
  ['en', 'frustrated', "I can't log into my account, it says it's locked", ['account-locked']],
  ['en', 'angry', 'Your agent was incredibly rude to me on the phone yesterday', ['rude-staff']],
  [
    'en',
    'frustrated',
    "I ordered a blender two weeks ago and it still hasn't shown up.",
    ['late-delivery', 'lost-package'],
  ],
  ['es', 'frustrated', 'Hola, el paquete llegó con la caja rota y el producto dañado.', ['damaged-item']],
  ['es', 'frustrated', 'Me cobraron dos veces el mismo pedido', ['double-charge']],
  ['es', 'neutral', 'Quiero cancelar mi suscripción, ya no la uso', ['cancellation-request']],
  ['pt', 'frustrated', 'Fui cobrado duas vezes pela mesma compra', ['double-charge']],
  ['pt', 'frustrated', 'Meu pedido ainda não chegou e já passou do prazo', ['late-delivery']],
  ['fr', 'frustrated', "J'ai été débité deux fois pour la même commande", ['double-charge']],
  ['fr', 'frustrated', "Mon colis n'est toujours pas arrivé, il devait être livré mardi", ['late-delivery']],
  ['de', 'frustrated', 'Ich habe die falsche Größe bekommen, bestellt war M', ['wrong-item']],
  ['de', 'frustrated', 'Ich warte seit drei Wochen auf meine Rückerstattung', ['refund-delay', 'long-wait']],
  ['de', 'frustrated', 'Der Staubsauger funktioniert nach zwei Monaten nicht mehr.', ['defective-product']],
  ['ru', 'frustrated', 'С карты списали деньги дважды за один заказ', ['double-charge']],
  ['ru', 'frustrated', 'Не могу войти в аккаунт, пишет что он заблокирован', ['account-locked']],
  ['ar', 'frustrated', 'تم خصم المبلغ مرتين من بطاقتي', ['double-charge']],
  ['ar', 'frustrated', 'وصل الطلب مكسورا والعلبة تالفة', ['damaged-item']],
  ['hu', 'frustrated', 'Kétszer vonták le az összeget a kártyámról', ['double-charge']],
  ['hu', 'frustrated', 'Nem tudok belépni a fiókomba, zárolva van', ['account-locked']],
];

describe('suggest', () => {
  it.each(MESSAGES)('[%s, %s] %s → %j, in the customer’s language', (lang, tone, message, scenarios) => {
    const [top] = suggest(message, toneOf(tone, lang), context, library);
    expect(scenarios).toContain(top?.scenario);
    expect(top?.language).toBe(lang);
    expect(top?.isFallbackLanguage).toBe(false);
    expect(top?.reason).toMatch(/the customer's language/);
  });

  it('returns three different scenarios, rendered and personalised, with a promised follow-up date', () => {
    const suggestions = suggest(
      "I can't log into my account, it says it's locked",
      toneOf('frustrated', 'en'),
      context,
      library,
    );
    expect(suggestions).toHaveLength(3);
    const [top] = suggestions;
    expect(top?.text).toMatch(/^Hi Anna,/);
    expect(top?.text).toMatch(/\nSam$/);
    expect(top?.html.startsWith('<p>Hi Anna,</p>')).toBe(true);
    expect(top?.missing).toEqual([]);
    expect(top?.followUpDate).toBe(Date.UTC(2026, 10, 25, 10));
    expect(top?.text).toContain('Wednesday');
  });

  it.each([
    ['angry', 'deescalate'],
    ['anxious', 'timeline'],
    ['confused', 'steps'],
    ['frustrated', 'standard'],
  ] as const)('picks the variant for the tone: %s → %s', (tone, variant) => {
    // account-locked has all four variants.
    const message = "I'm locked out of my account and can't log in.";
    const [top] = suggest(message, toneOf(tone, 'en'), context, library);
    expect(top).toMatchObject({ scenario: 'account-locked', variant });
  });

  it('de-escalates heated messages with nothing concrete to fix, and says why', () => {
    const [top] = suggest(
      'You are all useless and I am sick of this',
      toneOf('frustrated', 'en', { constructive: false, intensity: 0.8 }),
      context,
      library,
    );
    expect(top?.variant).toBe('deescalate');
    expect(top?.reason).toContain('de-escalating');
  });

  it('lets the tone suggest how-to or the general reply only when the message names no problem', () => {
    const [order] = suggest(
      "Where is my order?? It still hasn't arrived?",
      toneOf('confused', 'en'),
      context,
      library,
    );
    expect(order?.scenario).toBe('late-delivery');
    const [question] = suggest(
      'How do I change the email on my profile?',
      toneOf('confused', 'en'),
      context,
      library,
    );
    expect(question).toMatchObject({ scenario: 'how-to', variant: 'steps' });
  });

  // "Wrong item … how do I exchange it?": the recovery for the failure answers the question; the generic how-to
  // reply (or the returns reply, from the word "exchange") would skip the apology for what we got wrong.
  it.each([
    ['en', 'I received the wrong item. I ordered blue and got red. How do I exchange it?'],
    ['es', 'Me llegó el producto equivocado, pedí azul y vino rojo. ¿Cómo hago el cambio?'],
    ['pt', 'Olá, recebi o produto errado. Pedi azul e veio vermelho. Como faço a troca?'],
    ['fr', "J'ai reçu le mauvais article, j'avais commandé du bleu. Comment faire l'échange ?"],
    ['de', 'Ich habe den falschen Artikel bekommen, blau bestellt. Wie kann ich ihn umtauschen?'],
    ['ru', 'Мне прислали не тот товар: заказывала синий, пришёл красный. Как его обменять?'],
    ['hu', 'Rossz terméket kaptam, kéket rendeltem. Hogyan tudom kicserélni?'],
    ['ar', 'وصلني منتج خاطئ، طلبت الأزرق ووصلني الأحمر. كيف أستبدله؟'],
  ])('puts the named failure before a how-to question about fixing it (%s)', (lang, text) => {
    const [first] = suggest(text, toneOf('confused', lang), context, library);
    expect(first?.scenario).toBe('wrong-item');
  });

  // A customer chasing their order wants to know where it is, not a how-to guide or a generic apology.
  it.each([
    ['en', 'Any update on my order?'],
    ['en', 'What is the status of my order 4411?'],
    ['es', '¿Alguna novedad sobre mi pedido?'],
    ['pt', 'Alguma novidade do meu pedido?'],
    ['fr', 'Des nouvelles de ma commande ?'],
    ['de', 'Gibt es Neuigkeiten zu meiner Bestellung?'],
    ['ru', 'Есть новости по заказу?'],
    ['hu', 'Mi a helyzet a rendelésemmel?'],
    ['ar', 'أي جديد بخصوص طلبي؟'],
  ])('answers a status chase with the delivery reply (%s: %s)', (lang, text) => {
    const [first] = suggest(text, toneOf('confused', lang), context, library);
    expect(first?.scenario).toBe('late-delivery');
  });

  it('keeps how-to first for a question that names no failure, even with a loose match elsewhere', () => {
    // "change … email" loosely matches the hacked-account keyword "email changed"; it is still a question.
    const [question] = suggest(
      'How do I change the email on my profile?',
      toneOf('confused', 'en'),
      context,
      library,
    );
    expect(question?.scenario).toBe('how-to');
    const [es] = suggest(
      '¿Cómo añado un segundo usuario a mi plan?',
      toneOf('confused', 'es'),
      context,
      library,
    );
    expect(es?.scenario).toBe('how-to');
  });

  it('thanks a happy customer, and never offers thanks to an upset one', () => {
    const [happy] = suggest(
      'Thank you so much, the support was amazing!',
      toneOf('positive', 'en'),
      context,
      library,
    );
    expect(happy?.scenario).toBe('praise-thanks');
    const upset = suggest(
      'Thanks for nothing, my order is late AGAIN',
      toneOf('angry', 'en'),
      context,
      library,
    );
    expect(upset.map((suggestion) => suggestion.scenario)).not.toContain('praise-thanks');
  });

  it('falls back to the agent’s language when the customer’s has no template, and says so', () => {
    const [top] = suggest('Mi hanno addebitato due volte', toneOf('frustrated', 'it'), context, library, {
      agentLanguage: 'de',
    });
    expect(top?.language).toBe('de');
    expect(top?.isFallbackLanguage).toBe(true);
    expect(top?.reason).toMatch(/^German, your language: no Italian template/);
  });

  it('matches keywords of every language when the customer’s language is unknown', () => {
    const [top] = suggest('charged twice!!', toneOf('frustrated', 'und'), context, library, {
      agentLanguage: 'en',
    });
    expect(top).toMatchObject({ scenario: 'double-charge', language: 'en', isFallbackLanguage: true });
    expect(top?.reason).toMatch(/customer's language not recognised/);
  });

  it('finds the problem through other languages’ keywords when the message’s own find nothing', () => {
    // Mis-detected as Hungarian: the reply stays in Hungarian, the scenario comes from the English keywords.
    const [top] = suggest(
      'refund still not here, charged twice',
      toneOf('frustrated', 'hu'),
      context,
      library,
    );
    expect(top).toMatchObject({ language: 'hu', isFallbackLanguage: false });
    expect(['double-charge', 'refund-delay']).toContain(top?.scenario);
  });

  it("prefers the agent's own, often used template for the same scenario", () => {
    const own = makeTemplate({
      id: 'own.double',
      title: 'Double charge (my version)',
      scenario: 'double-charge',
      toneTargets: ['frustrated'],
      usageCount: 25,
      lastUsedAt: context.now - 86_400_000,
    });
    const withOwn = new TemplateLibrary([...builtinTemplates, own]);
    const [top] = suggest('I was charged twice', toneOf('frustrated', 'en'), context, withOwn);
    expect(top?.templateId).toBe('own.double');
    expect(top?.reason).toContain('you used it 25×');
  });

  it('works on a plain array of templates and honours the limit', () => {
    expect(
      suggest('charged twice', toneOf('frustrated', 'en'), context, builtinTemplates, { limit: 1 }),
    ).toHaveLength(1);
    expect(suggest('charged twice', toneOf('frustrated', 'en'), context, [])).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const message of ['', '   ', '🙂', 'x'.repeat(50_000), 42 as unknown as string]) {
      expect(() => suggest(message, toneOf('neutral', 'en'), context, library)).not.toThrow();
    }
  });
});
