/**
 * One sentence as agents write it, checked on its own: only that sentence can supply the apology, the
 * ownership, the next step or the closing, so each row shows the checker hears that wording.
 */
import { describe, expect, it } from 'vitest';
import { checkReply, type CheckRule } from '@/lib/templates/checker';

const rulesFor = (sentence: string, lang: string) =>
  checkReply(sentence, { lang, tone: 'angry', customer: { name: 'Anna' } }).map((finding) => finding.rule);

describe('checkReply hears, in a sentence on its own,', () => {
  it.each([
    ['de', 'ownership', 'Das ist ganz klar auf unserer Seite schiefgelaufen.'],
    ['de', 'ownership', 'Ich schicke Ihnen ein neues Gerät.'],
    ['de', 'ownership', 'Wir schauen uns das genau an.'],
    ['de', 'next-step', 'Ich hab dir die Abbuchung gerade erstattet.'],
    ['ru', 'ownership', 'Мы посмотрим, что можно сделать.'],
    ['ru', 'ownership', 'Разберёмся.'],
    ['ru', 'ownership', 'Проверим ваш заказ.'],
    ['hu', 'apology', 'Bocsi a dupla terhelésért!'],
    ['hu', 'ownership', 'Megnézzük, mi történt.'],
    ['hu', 'ownership', 'Még ma elintézzük.'],
    ['ar', 'apology', 'آسفين جداً على الخصم المكرر.'],
    ['ar', 'ownership', 'رجعتلك المبلغ كامل.'],
    ['ar', 'ownership', 'تأكدت من طلبك وكل شيء تمام.'],
    ['ar', 'ownership', 'سننظر في الأمر.'],
    ['ar', 'next-step', 'هبعتلك الفاتورة الجديدة.'],
    ['ar', 'next-step', 'بيوصلك بكرة الصبح إن شاء الله.'],
    ['ar', 'closing', 'لو محتاجة أي حاجة أنا موجودة!'],
    ['fr', 'ownership', 'Je viens de vous rembourser.'],
    ['fr', 'next-step', 'Nous venons de renvoyer votre colis.'],
    ['fr', 'closing', 'Excellente journée !'],
    ['hu', 'closing', 'Ha bármi kérdés van, írj nyugodtan!'],
    ['hu', 'ownership', 'Utánajártam, a csomag úton van.'],
    ['ru', 'ownership', 'Я держу ваш вопрос на контроле.'],
    ['ru', 'ownership', 'Отпишусь, как только узнаю.'],
    ['fr', 'ownership', 'Toutes nos excuses, l’erreur vient de chez nous.'],
    ['ar', 'ownership', 'الخطأ كان من جهتنا.'],
    // Chat replies end on an offer of more help or a short wish.
    ['en', 'closing', 'Anything else I can do for you? 😊'],
    ['es', 'closing', '¿Algo más en lo que te pueda ayudar? 😊'],
    ['es', 'closing', '¡Cualquier cosa me dices!'],
    ['pt', 'closing', 'Posso ajudar em mais alguma coisa?'],
    ['pt', 'closing', 'Se precisar, me chama!'],
    ['fr', 'closing', 'Autre chose ? 😊'],
    ['fr', 'closing', 'N’hésite pas si besoin !'],
    ['de', 'closing', 'Sonst noch was? 😊'],
    ['de', 'closing', 'Meld dich gern, wenn was unklar ist!'],
    ['ru', 'closing', 'Чем-то ещё помочь? 😊'],
    ['ru', 'closing', 'Если что-то непонятно, пиши!'],
    ['ar', 'closing', 'أي حاجة تانية؟ 😊'],
    ['ar', 'closing', 'يومك جميل!'],
    ['hu', 'closing', 'Segíthetek még valamiben? 😊'],
    ['hu', 'closing', 'Szép estét!'],
  ] as const)('[%s] %s in %j', (lang, rule: CheckRule, sentence) => {
    expect(rulesFor(sentence, lang)).not.toContain(rule);
  });

  it.each([
    ['hu', 'ownership', 'Megértjük a bosszúságát.'],
    ['ru', 'next-step', 'Вы не выбрали доставку при оформлении заказа.'],
  ] as const)('[%s] does not hear %s in %j', (lang, rule: CheckRule, sentence) => {
    expect(rulesFor(sentence, lang)).toContain(rule);
  });
});

describe('checkReply and promises to look', () => {
  it.each([
    ['en', "We'll look into it."],
    ['en', "I'll check."],
    ['en', "We'll get back to you."],
    ['es', 'Lo revisaremos.'],
    ['pt', 'Vamos verificar.'],
    ['fr', 'Nous allons regarder.'],
    ['de', 'Wir werden das prüfen.'],
    ['ru', 'Я проверю.'],
    ['ar', 'سنراجع طلبك.'],
    ['hu', 'Megnézem.'],
  ])('[%s] takes %j as ownership but asks when, and what happens next', (lang, sentence) => {
    const rules = rulesFor(sentence, lang);
    expect(rules).toContain('next-step');
    expect(rules).not.toContain('ownership');
  });

  it.each([
    ['en', "I'll check with the warehouse and reply by Friday."],
    ['es', 'Lo revisaremos y le escribo mañana.'],
    ['de', 'Ich werde das prüfen und melde mich morgen.'],
    ['hu', 'Megnézem, és holnap jelentkezem.'],
  ])('[%s] takes a look with a time, %j, as the next step', (lang, sentence) => {
    expect(rulesFor(sentence, lang)).not.toContain('next-step');
  });
});
