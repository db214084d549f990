import { describe, expect, it } from 'vitest';
import { checkReply, type CheckFinding } from '@/lib/templates/checker';
import { neutralToneResult } from '@/lib/tone/types';

const NOW = Date.UTC(2026, 10, 24, 10); // a Tuesday

/** "rule" or "blame/kind", with the text each finding points at. */
function summarise(draft: string, findings: CheckFinding[]): string[] {
  return findings.map((finding) => {
    const label = finding.kind ? `${finding.rule}/${finding.kind}` : finding.rule;
    return finding.end > finding.start ? `${label}: ${draft.slice(finding.start, finding.end)}` : label;
  });
}
const check = (draft: string, lang: string, tone: string, name: string) =>
  summarise(draft, checkReply(draft, { lang, tone, customer: { name }, now: NOW, timeZone: 'UTC' }));

/**
 * Hand-written agent drafts per language: a good recovery reply (nothing to flag) and a defensive one with the
 * findings it must get. The defensive drafts use everyday phrasings, not the checker's own word lists.
 */
const DRAFTS: [string, string, string, string, string[]][] = [
  [
    'en',
    'Anna Smith',
    "Hi Anna,\n\nI'm really sorry your order arrived late; that's on us. I've upgraded it to express and you'll have it by Thursday.\n\nThanks for bearing with us,\nSam",
    "Hello,\n\nAs I already explained, you should've read the delivery terms before ordering. Per our policy, shipping fees are non-refundable.",
    [
      'greeting-name: Hello,',
      'apology',
      'ownership',
      'blame/as-i-said: As I already explained',
      "blame/should-have: you should've read",
      'blame/policy: Per our policy',
      'next-step',
      'closing',
    ],
  ],
  [
    'es',
    'Lucía Fernández',
    'Hola, Lucía:\n\nLamento mucho el retraso; fue un error nuestro. Ya he enviado un nuevo paquete por mensajería urgente y lo recibirá el jueves.\n\nGracias por su paciencia. Un saludo,\nMarta',
    'Buenas tardes:\n\nComo ya le indicamos, usted debió revisar la dirección antes de confirmar. No es culpa nuestra si el transportista no encuentra su casa.',
    [
      'greeting-name: Buenas tardes:',
      'apology',
      'ownership',
      'blame/as-i-said: Como ya le indicamos',
      'blame/should-have: usted debió revisar',
      'blame/not-our-fault: No es culpa nuestra',
      'next-step',
      'closing',
    ],
  ],
  [
    'pt',
    'João Silva',
    'Olá, João!\n\nPeço desculpas pela cobrança em dobro, foi falha nossa. Já estornei o valor e ele aparece na sua fatura em até 5 dias úteis.\n\nObrigado pela paciência,\nCarla',
    'Olá.\n\nConforme já informado, você deveria ter conferido o pedido antes de pagar. De acordo com a nossa política, não fazemos reembolso.',
    [
      'greeting-name: Olá.',
      'apology',
      'ownership',
      'blame/as-i-said: Conforme já informado',
      'blame/should-have: você deveria ter conferido',
      'blame/policy: De acordo com a nossa política',
      'next-step',
      'closing',
    ],
  ],
  [
    'fr',
    'Claire Martin',
    "Bonjour Claire,\n\nToutes mes excuses pour ce colis abîmé, c'est de notre faute. Je vous envoie un remplacement aujourd'hui, vous le recevrez jeudi.\n\nBelle journée,\nLéa",
    "Bonjour,\n\nComme je vous l'ai déjà dit, vous auriez dû vérifier votre adresse. Ce n'est pas de notre faute si le livreur ne trouve pas.",
    [
      'greeting-name: Bonjour,',
      'apology',
      'ownership',
      "blame/as-i-said: Comme je vous l'ai déjà dit",
      'blame/should-have: vous auriez dû vérifier',
      "blame/not-our-fault: Ce n'est pas de notre faute",
      'next-step',
      'closing',
    ],
  ],
  [
    'de',
    'Jonas Weber',
    'Hallo Jonas,\n\nes tut mir wirklich leid, dass Ihre Bestellung beschädigt ankam. Das war unser Fehler. Ich habe heute Ersatz verschickt, er ist bis Freitag bei Ihnen.\n\nViele Grüße\nMia',
    'Guten Tag,\n\nwie bereits mitgeteilt, hätten Sie die Lieferadresse prüfen müssen. Laut unseren AGB ist eine Erstattung ausgeschlossen.',
    [
      'greeting-name: Guten Tag,',
      'apology',
      'ownership',
      'blame/as-i-said: wie bereits mitgeteilt',
      'blame/should-have: hätten Sie die Lieferadresse prüfen müssen',
      'blame/policy: Laut unseren AGB',
      'next-step',
      'closing',
    ],
  ],
  [
    'ru',
    'Анна Иванова',
    'Здравствуйте, Анна!\n\nПриношу извинения за задержку, это наша ошибка. Я уже оформил повторную отправку, посылка придёт в течение двух дней.\n\nСпасибо за терпение,\nОльга',
    'Добрый день.\n\nКак я уже писал, вам следовало внимательно проверить адрес при заказе. Это не наша вина, курьер доставил по указанному адресу.',
    [
      'greeting-name: Добрый день.',
      'apology',
      'ownership',
      'blame/as-i-said: Как я уже писал',
      'blame/should-have: вам следовало внимательно проверить',
      'blame/not-our-fault: Это не наша вина',
      'next-step',
      'closing',
    ],
  ],
  [
    'ar',
    'محمد علي',
    'مرحباً محمد،\n\nأعتذر بشدة عن تأخر طلبك، والخطأ خطأنا. لقد أرسلت طلباً بديلاً بالشحن السريع وسيصلك خلال يومين.\n\nشكراً لصبرك،\nسارة',
    'مرحباً،\n\nكما ذكرت سابقاً، كان يجب عليك مراجعة العنوان قبل الطلب. وفقاً لسياستنا لا يمكن استرداد رسوم الشحن.',
    [
      'greeting-name: مرحباً،',
      'apology',
      'ownership',
      'blame/as-i-said: كما ذكرت',
      'blame/should-have: كان يجب عليك',
      'blame/policy: وفقاً لسياستنا',
      'next-step',
      'closing',
    ],
  ],
  [
    'hu',
    'Nagy Anna',
    'Kedves Anna!\n\nNagyon sajnálom a késést, ez a mi hibánk. Már elküldtem a csomagot expressz szállítással, holnap megérkezik.\n\nKöszönöm a türelmét,\nPéter',
    'Tisztelt Ügyfelünk!\n\nAhogy már írtam, a szabályzatunk szerint a szállítási díjat nem térítjük vissza. Önnek kellett volna figyelnie a címre.',
    [
      'greeting-name: Tisztelt Ügyfelünk!',
      'apology',
      'ownership',
      'blame/as-i-said: Ahogy már írtam',
      'blame/policy: a szabályzatunk szerint',
      'blame/should-have: Önnek kellett volna',
      'next-step',
      'closing',
    ],
  ],
];

describe('checkReply', () => {
  it.each(DRAFTS)('[%s] finds nothing to fix in a good recovery reply', (lang, name, good) => {
    expect(check(good, lang, 'angry', name)).toEqual([]);
  });

  it.each(DRAFTS)(
    '[%s] flags a defensive reply, pointing at the words',
    (lang, name, _good, bad, expected) => {
      expect(check(bad, lang, 'angry', name).sort()).toEqual([...expected].sort());
    },
  );

  it.each([
    [
      'en',
      'Anna Smith',
      "Hey Anna! So sorry about that 🙏 I've sent a new one, should be with you by Friday. Anything else just shout!",
    ],
    [
      'es',
      'Lucía',
      'Hola Lucía, disculpa las molestias 😔 ya te mandé el reembolso, te llega mañana. ¡Cualquier cosa me dices! Un abrazo',
    ],
    [
      'pt',
      'João',
      'Oi João, mil desculpas pelo transtorno! Já resolvi aqui e o novo pedido chega até sexta. Qualquer coisa é só chamar 😊',
    ],
    [
      'fr',
      'Claire',
      "Bonjour Claire, désolée pour ce retard ! Je relance le transporteur aujourd'hui et je vous tiens au courant. Bonne journée",
    ],
    [
      'de',
      'Jonas',
      'Hallo Jonas, entschuldige bitte die Verspätung! Ich habe dir gerade eine neue Lieferung geschickt, die ist morgen da. LG Mia',
    ],
    [
      'ru',
      'Анна',
      'Анна, добрый день! Приносим извинения за задержку. Я проверила заказ, он будет у вас завтра до 18:00. Хорошего дня!',
    ],
    ['ar', 'محمد', 'أهلاً محمد، نعتذر جداً عن التأخير. قمت بتسريع الشحنة وستصلك غداً. شكراً لتفهمك 🌷'],
    [
      'hu',
      'Nagy Anna',
      'Szia Anna! Nagyon sajnálom a késést. Már intézkedtem, holnapra megérkezik a csomag. Üdv, Péter',
    ],
  ])('[%s] accepts a good one-paragraph chat reply (DMs, WhatsApp)', (lang, name, draft) => {
    expect(check(draft, lang, 'angry', name)).toEqual([]);
  });

  it('flags what a terse, defensive chat reply lacks', () => {
    const draft = "Hi Anna, unfortunately there's nothing we can do as the courier lost it. Regards";
    expect(check(draft, 'en', 'angry', 'Anna Smith').sort()).toEqual(
      [
        'apology',
        "blame/dismissive: there's nothing we can do",
        'blame/not-our-fault: the courier lost',
        'next-step',
        'ownership',
      ].sort(),
    );
  });

  it('gives each fix in the language of the draft, naming the customer and a concrete day', () => {
    const findings = checkReply('Hola:\n\nRevisamos su caso.', {
      lang: 'es',
      tone: 'frustrated',
      customer: { name: 'Lucía Fernández' },
      now: NOW,
      timeZone: 'UTC',
    });
    expect(Object.fromEntries(findings.map((finding) => [finding.rule, finding.fix]))).toEqual({
      'greeting-name': 'Hola, Lucía:',
      apology: 'Lamento mucho lo ocurrido.',
      ownership: 'Me encargo personalmente de solucionarlo.',
      'next-step': 'Le escribiré con novedades a más tardar el miércoles.',
      closing: 'Gracias por su paciencia. Un cordial saludo,',
    });
  });

  it('places missing parts where they belong: after the greeting, before the sign-off, at the end', () => {
    const draft = 'Hi Anna,\n\nWe looked at your order.\n\nBest,\nSam';
    const findings = checkReply(draft, { lang: 'en', tone: 'angry', customer: { name: 'Anna' } });
    const at = Object.fromEntries(findings.map((finding) => [finding.rule, draft.slice(finding.start)]));
    expect(at.apology).toMatch(/^We looked/);
    expect(at.ownership).toMatch(/^We looked/);
    expect(at['next-step']).toMatch(/^Best,/);
    expect(findings.find((finding) => finding.rule === 'closing')).toBeUndefined();
  });

  it('accepts a formal greeting with the family name, and inflected names', () => {
    expect(check('Dear Mr Smith,\n\nThanks for writing.', 'en', 'neutral', 'John Smith')).not.toContain(
      'greeting-name',
    );
    expect(check('Sehr geehrte Frau Müller,\n\nvielen Dank.', 'de', 'neutral', 'Anna Müller')).not.toContain(
      'greeting-name',
    );
    expect(check('Kedves Annának írok most!\n\nKöszönöm.', 'hu', 'neutral', 'Nagy Anna')).not.toContain(
      'greeting-name',
    );
  });

  it('does not read empathy as blame', () => {
    const empathy: [string, string][] = [
      ['en', "You shouldn't have had to chase us for this. You should have received a confirmation email."],
      ['es', 'Usted no debería haber tenido que esperar tanto.'],
      ['pt', 'Você não deveria ter passado por isso.'],
      ['de', 'Sie hätten nicht so lange warten müssen.'],
      ['fr', "Vous n'auriez pas dû attendre aussi longtemps."],
      ['ru', 'Вы должны были услышать это от нас заранее.'],
    ];
    for (const [lang, text] of empathy) {
      expect(
        check(text, lang, 'neutral', 'Anna').filter((finding) => finding.startsWith('blame')),
        text,
      ).toEqual([]);
    }
  });

  it('treats "sorry you feel that way" as blame and as no apology', () => {
    const findings = check(
      "Hi Anna,\n\nI'm sorry you feel that way. I'll check your order today.\n\nBest,\nSam",
      'en',
      'angry',
      'Anna',
    );
    expect(findings).toEqual(['apology', 'blame/non-apology: sorry you feel that way']);
  });

  it('asks less of a positive conversation: no apology, ownership or next step', () => {
    expect(
      check(
        'Hi Anna,\n\nThank you for the kind words, it made our day!\n\nTake care,\nSam',
        'en',
        'positive',
        'Anna',
      ),
    ).toEqual([]);
  });

  it('takes the tone engine result as well as a tone name', () => {
    const tone = { ...neutralToneResult('en'), polarity: 'negative' as const };
    expect(
      checkReply('Hi Anna,\n\nOK.', { lang: 'en', tone, customer: { name: 'Anna' } }).map((f) => f.rule),
    ).toContain('apology');
  });

  it('checks a draft in an unknown language with every language’s phrases and English fixes', () => {
    const findings = checkReply('Ciao,\n\nas I already said, our policy clearly states no refunds.', {
      lang: 'it',
      tone: 'angry',
    });
    expect(findings.filter((finding) => finding.rule === 'blame').map((finding) => finding.kind)).toEqual([
      'as-i-said',
      'policy',
    ]);
    expect(findings.find((finding) => finding.rule === 'apology')?.fix).toBe("I'm really sorry about this.");
  });

  it('never throws on odd input, and returns nothing for an empty draft', () => {
    for (const draft of [undefined, null, 42, '', '   ', '{{', '🙂'.repeat(5000), 'x'.repeat(100_000)]) {
      expect(() =>
        checkReply(draft, {
          lang: 'xx',
          tone: 42 as unknown as string,
          customer: { name: 7 as unknown as string },
        }),
      ).not.toThrow();
    }
    expect(checkReply('   ')).toEqual([]);
  });
});
