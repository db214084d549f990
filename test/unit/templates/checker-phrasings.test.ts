/**
 * Everyday wordings of ownership, apology, sympathy and next steps in eight languages, each put into an
 * otherwise complete draft so that only the wording under test decides the finding. Written from how agents
 * phrase these things, not from the checker's lists.
 */
import { describe, expect, it } from 'vitest';
import { checkReply, type CheckRule } from '@/lib/templates/checker';

/** A complete reply's parts per language: greeting, apology, ownership, next step, closing. */
const PARTS: Readonly<Record<string, readonly [string, string, string, string, string]>> = {
  en: ['Hi Anna,', 'Sorry.', "I'll sort it out.", 'You will hear from me tomorrow.', 'Take care,\nSam'],
  es: ['Hola, Anna:', 'Disculpe.', 'Me encargo yo.', 'Le escribo mañana.', 'Un saludo,\nMarta'],
  pt: ['Olá, Anna!', 'Desculpe.', 'Vou resolver.', 'Amanhã te retorno.', 'Abraço,\nCarla'],
  fr: [
    'Bonjour Anna,',
    'Toutes mes excuses.',
    'Je m’en occupe.',
    'Je vous écris demain.',
    'Belle journée,\nLéa',
  ],
  de: [
    'Hallo Anna,',
    'Entschuldigung.',
    'Ich kümmere mich darum.',
    'Ich melde mich morgen.',
    'Viele Grüße\nMia',
  ],
  ru: ['Здравствуйте, Анна!', 'Простите.', 'Я разберусь.', 'Напишу завтра.', 'С уважением,\nОльга'],
  ar: ['مرحبا آنا،', 'آسفة.', 'سأتولى الأمر.', 'سأتواصل معك غدا.', 'مع تحياتي،\nسارة'],
  hu: ['Kedves Anna!', 'Elnézést.', 'Intézem.', 'Holnap jelentkezem.', 'Üdvözlettel:\nLea'],
};
const SLOT: Readonly<Record<string, number>> = { apology: 1, ownership: 2, 'next-step': 3, closing: 4 };
const NAMES: Readonly<Record<string, string>> = { ru: 'Анна Иванова', ar: 'آنا علي' };

/** The draft with `phrase` in place of the part `rule` looks for (added to the body for `blame`). */
function draftWith(lang: string, rule: CheckRule, phrase: string): string {
  const parts = [...(PARTS[lang] ?? [])];
  const slot = SLOT[rule];
  if (slot === undefined) parts[2] = `${parts[2] ?? ''} ${phrase}`;
  else parts[slot] = phrase;
  const [greeting, apology, ownership, nextStep, closing] = parts;
  return `${greeting}\n\n${apology} ${ownership} ${nextStep}\n\n${closing}`;
}

const findingsOf = (lang: string, draft: string, rule: CheckRule) =>
  checkReply(draft, {
    lang,
    tone: 'angry',
    customer: { name: NAMES[lang] ?? 'Anna Smith' },
    now: Date.UTC(2026, 10, 24, 10),
    timeZone: 'UTC',
  }).filter((finding) => finding.rule === rule);

describe('checkReply recognises', () => {
  it('each language’s frame as a complete reply', () => {
    for (const lang of Object.keys(PARTS)) {
      expect(
        checkReply(draftWith(lang, 'blame', ''), {
          lang,
          tone: 'angry',
          customer: { name: NAMES[lang] ?? 'Anna Smith' },
        }),
      ).toEqual([]);
    }
  });

  it.each([
    ['en', 'ownership', "That's our fault."],
    ['en', 'ownership', "That's our mistake."],
    ['en', 'ownership', 'The mistake was ours.'],
    ['en', 'ownership', 'That was a mix-up on our side.'],
    ['es', 'ownership', 'El error es nuestro.'],
    ['es', 'ownership', 'La responsabilidad es nuestra.'],
    ['es', 'ownership', 'Fue un descuido por nuestra parte.'],
    ['es', 'apology', 'Siento que haya tenido que esperar.'],
    ['es', 'apology', 'Lamento que el pedido llegara roto.'],
    ['pt', 'ownership', 'A falha é nossa.'],
    ['pt', 'ownership', 'O erro foi nosso.'],
    ['pt', 'ownership', 'Foi um engano da nossa parte.'],
    ['fr', 'ownership', "L'erreur est la nôtre."],
    ['fr', 'ownership', 'La faute nous revient.'],
    ['fr', 'ownership', 'La responsabilité nous incombe.'],
    ['de', 'ownership', 'Das geht auf unsere Kappe.'],
    ['de', 'ownership', 'Der Fehler liegt eindeutig bei uns.'],
    ['de', 'apology', 'Ich bedaure, dass Sie warten mussten.'],
    ['ru', 'ownership', 'Ошибка с нашей стороны.'],
    ['ru', 'ownership', 'Виноваты мы.'],
    ['ru', 'ownership', 'Это наш промах.'],
    ['ru', 'next-step', 'Я пришлю новый заказ.'],
    ['ru', 'next-step', 'Спрошу на складе и отвечу.'],
    ['ru', 'next-step', 'Срок — пятница.'],
    ['ru', 'next-step', 'Уточню и вернусь с ответом.'],
    ['ar', 'ownership', 'الخطأ خطؤنا.'],
    ['ar', 'ownership', 'الخطأ منا.'],
    ['ar', 'ownership', 'هذا خطأ من جانبنا.'],
    ['ar', 'apology', 'وأعتذر عن التأخير.'],
    ['ar', 'apology', 'فأعتذر عن ذلك.'],
    ['ar', 'closing', 'وتفضلوا بقبول فائق الاحترام،\nسارة'],
    ['ar', 'closing', 'مع خالص التحية،سارة'],
    ['hu', 'ownership', 'A hiba a mi oldalunkon van.'],
    ['hu', 'ownership', 'A hiba nálunk volt.'],
    // Time frames given as a range.
    ['en', 'next-step', 'The refund shows up in 3-5 business days.'],
    ['es', 'next-step', 'Lo verá en su cuenta en 3 a 5 días hábiles.'],
    ['fr', 'next-step', 'Le remboursement apparaîtra sous 3 à 5 jours ouvrés.'],
    ['de', 'next-step', 'Das Geld ist in 3–5 Werktagen auf Ihrem Konto.'],
    ['pt', 'next-step', 'O valor aparece em 3 a 5 dias úteis.'],
    ['ar', 'next-step', 'يظهر المبلغ في حسابك خلال ٣ إلى ٥ أيام عمل.'],
  ] as const)('[%s] %s in %j', (lang, rule, phrase) => {
    expect(findingsOf(lang, draftWith(lang, rule, phrase), rule)).toEqual([]);
  });
});

describe('checkReply tells sympathy from blame', () => {
  it.each([
    ['en', 'That was not your fault at all.'],
    ['en', "It's not your fault."],
    ['en', "You shouldn't have had to chase us."],
    ['en', 'You should never have had to wait this long.'],
    ['es', 'No deberías haber tenido que escribirnos otra vez.'],
    ['es', 'No es culpa suya.'],
    ['pt', 'Você não deveria ter precisado ligar de novo.'],
    ['pt', 'Não foi culpa sua.'],
    ['fr', "Vous n'auriez pas dû avoir à nous relancer."],
    ['fr', "Ce n'est pas votre faute."],
    ['de', 'Sie hätten nicht nachfragen müssen.'],
    ['de', 'Das ist nicht Ihre Schuld.'],
    ['ru', 'Вам не следовало ждать так долго.'],
    ['ru', 'Это не ваша вина.'],
    ['ar', 'ما كان يجب أن تنتظري كل هذا.'],
    ['ar', 'ليس ذنبك.'],
    ['hu', 'Önnek nem kellett volna újra írnia.'],
    ['hu', 'Nem az Ön hibája.'],
    ['de', 'Sie hätten die Gutschrift längst erhalten sollen, das tut mir leid.'],
    ['ru', 'Двойное списание — это просто блокировка, она снимется сама.'],
  ])('[%s] %j is not blame', (lang, phrase) => {
    expect(findingsOf(lang, draftWith(lang, 'blame', phrase), 'blame')).toEqual([]);
  });

  it.each([
    ['en', "That's our fault."],
    ['en', "That's our mistake, not the courier's."],
    ['it', "That's our fault."],
    ['it', 'The mistake was ours.'],
  ])(
    '[%s] owning it (%j) is not blame, in English and in a language without its own lists',
    (lang, phrase) => {
      const draft = `Hi Anna,\n\nSorry. ${phrase} I'll fix it tomorrow.\n\nTake care,\nSam`;
      expect(findingsOf(lang, draft, 'blame')).toEqual([]);
      expect(findingsOf(lang, draft, 'ownership')).toEqual([]);
    },
  );

  it.each([
    ['en', 'You should not have opened the box.', 'should-have'],
    ['en', "It's your fault.", 'your-fault'],
    ['es', 'No. Usted debió revisar la dirección.', 'should-have'],
    ['pt', 'A culpa é sua.', 'your-fault'],
    ['fr', "C'est votre faute.", 'your-fault'],
    ['de', 'Das ist Ihre Schuld.', 'your-fault'],
    ['ru', 'Вам следовало внимательно проверить адрес.', 'should-have'],
    ['hu', 'Önnek nem kellett volna kinyitnia a csomagot.', 'should-have'],
    ['de', 'Hätten Sie die Mail gelesen, wüssten Sie das Datum.', 'should-have'],
    ['de', 'Die Verzögerung liegt beim Paketdienst.', 'not-our-fault'],
    ['de', 'Das liegt am System, nicht an uns.', 'not-our-fault'],
    ['de', 'Dafür sind wir nicht verantwortlich.', 'not-our-fault'],
    ['de', 'Wir können da leider nichts machen.', 'dismissive'],
    ['de', 'Es tut uns leid, wenn Sie das so empfinden.', 'non-apology'],
    ['ru', 'Задержка произошла по вине службы доставки.', 'not-our-fault'],
    ['ru', 'Это ошибка системы, а не наша.', 'not-our-fault'],
    ['ru', 'Больше мы ничего сделать не можем.', 'dismissive'],
    ['hu', 'A késést a futárszolgálat okozta.', 'not-our-fault'],
    ['hu', 'Ezzel többet nem tudunk kezdeni.', 'dismissive'],
    ['hu', 'Sajnálom, ha így érzi.', 'non-apology'],
    ['ar', 'التأخير بسبب شركة الشحن.', 'not-our-fault'],
    ['ar', 'المشكلة من المورد وليس منا.', 'not-our-fault'],
    ['ar', 'لا يوجد شيء آخر يمكننا فعله.', 'dismissive'],
    ['es', 'Tal y como figura en nuestras condiciones, no hay reembolso.', 'policy'],
    ['de', 'Da musst du dich an DHL wenden.', 'dismissive'],
    ['hu', 'Ön választotta rosszul a méretet.', 'your-fault'],
    ['ru', 'Это очень просто, нажмите кнопку.', 'condescending'],
    // Subtle blame: what the customer did not tick, a reminder for next time, the terms, the courier.
    ['en', 'Unfortunately you didn’t choose express shipping.', 'your-fault'],
    ['en', 'Please make sure next time that the address is complete.', 'should-have'],
    ['es', 'Lamentablemente no seleccionaste el envío urgente.', 'your-fault'],
    ['pt', 'Infelizmente você não selecionou o frete expresso.', 'your-fault'],
    ['fr', 'Malheureusement, vous n’avez pas sélectionné la livraison express.', 'your-fault'],
    ['fr', 'Le colis est perdu, cela ne dépend pas de nous.', 'not-our-fault'],
    ['de', 'Leider haben Sie bei der Bestellung keinen Expressversand ausgewählt.', 'your-fault'],
    ['ru', 'К сожалению, вы не выбрали экспресс-доставку.', 'your-fault'],
    ['ru', 'В следующий раз, пожалуйста, внимательно проверяйте сроки.', 'should-have'],
    ['ru', 'Как указано в наших условиях, возврат оформляется за 14 дней.', 'policy'],
    ['ru', 'Посылку потеряла транспортная компания, мы на это повлиять не можем.', 'not-our-fault'],
    ['ar', 'للأسف أنتِ لم تختاري الشحن السريع.', 'your-fault'],
    ['ar', 'كما هو مذكور في الشروط والأحكام، لا يمكن الإرجاع.', 'policy'],
    ['ar', 'يرجى التأكد في المرة القادمة من العنوان.', 'should-have'],
    ['hu', 'Sajnos nem választottad ki az expressz szállítást.', 'your-fault'],
    ['hu', 'Ahogy az ÁSZF-ben is szerepel, ez nem jár vissza.', 'policy'],
    ['hu', 'Legközelebb kérlek, figyelj oda a határidőre.', 'should-have'],
    ['hu', 'A futárcég vesztette el, erre nincs ráhatásunk.', 'not-our-fault'],
  ])('[%s] %j stays blame', (lang, phrase, kind) => {
    expect(
      findingsOf(lang, draftWith(lang, 'blame', phrase), 'blame').map((finding) => finding.kind),
    ).toEqual([kind]);
  });
});

describe('checkReply and how-to answers', () => {
  it.each([
    ['en', 'Sign in, open Settings and press Save.'],
    ['es', 'Inicie sesión, abra la configuración y pulse «Guardar».'],
    ['pt', 'Abra as configurações, vá até Conta e clique em Salvar.'],
    ['fr', 'Ouvrez les paramètres puis cliquez sur « Enregistrer ».'],
    ['de', 'Öffnen Sie die Einstellungen und klicken Sie auf „Speichern“.'],
    ['de', 'Öffne Einstellungen > Abrechnung und klick auf „Kündigen“.'],
    ['ru', 'Откройте «Настройки» и нажмите «Сохранить».'],
    ['ar', 'افتحوا الإعدادات ثم اضغطوا «حفظ».'],
    ['hu', 'Nyissa meg a Beállításokat, majd kattintson a Mentés gombra.'],
  ])('[%s] takes instructions written as a sentence as the next step: %j', (lang, steps) => {
    const [greeting, , , , closing] = PARTS[lang] ?? [];
    const draft = `${greeting}\n\n${steps}\n\n${closing}`;
    const findings = checkReply(draft, { lang, tone: 'confused', customer: { name: NAMES[lang] ?? 'Anna' } });
    expect(findings.map((finding) => finding.rule)).not.toContain('next-step');
  });

  it('still asks for a next step when one instruction is all there is', () => {
    const draft = 'Hi Anna,\n\nYou can open the app whenever you like.\n\nTake care,\nSam';
    expect(
      checkReply(draft, { lang: 'en', tone: 'confused', customer: { name: 'Anna' } }).map((f) => f.rule),
    ).toEqual(['next-step']);
  });
});
