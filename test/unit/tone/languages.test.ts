/**
 * Hand-written customer-support messages per language (not taken from any eval file): each language must
 * handle negation, intensifiers, masked swearing, urgency and deadlines, churn and escalation threats, and
 * tell a concrete complaint from venting.
 */
import { describe, expect, it } from 'vitest';
import { detectTone, type EvidenceKind, type ToneResult } from '@/lib/tone';

interface LanguageCases {
  /** A clearly positive message, and the same message negated. */
  positive: string;
  negated: string;
  /** A mild complaint and the same complaint intensified. */
  mild: string;
  intensified: string;
  masked: string;
  urgent: string;
  calm: string;
  churn: string;
  /** A concrete, fixable problem (what, which order, when) and venting without facts. */
  constructive: string;
  venting: string;
}

const CASES: Record<string, LanguageCases> = {
  en: {
    positive: 'The new app is great, thank you!',
    negated: 'The new app is not great at all.',
    mild: 'The delivery was bad.',
    intensified: 'The delivery was extremely bad!!!',
    masked: 'What the f*** is wrong with you people',
    urgent: 'I need this fixed ASAP, by tomorrow at the latest.',
    calm: 'Could you send me the invoice for last month when you get a chance?',
    churn: 'If this is not solved I will cancel my subscription and ask my bank for a chargeback.',
    constructive:
      'I was charged twice for order #48213 on 12/03, the second payment of $49.99 should be refunded.',
    venting: 'You are useless idiots, worst company ever.',
  },
  es: {
    positive: 'El servicio es excelente, ¡muchas gracias!',
    negated: 'El servicio no es excelente.',
    mild: 'La entrega fue mala.',
    intensified: 'La entrega fue muy muy mala!!!',
    masked: '¿Qué m*****a es esta? No funciona nada',
    urgent: 'Es urgente, necesito una respuesta para mañana.',
    calm: '¿Podrían enviarme la factura del mes pasado?',
    churn: 'Si no lo solucionan voy a cancelar mi cuenta y poner una denuncia.',
    constructive: 'Mi pedido #55120 no ha llegado, lo pagué el 03/10 y el seguimiento no cambia.',
    venting: 'Son unos inútiles, qué vergüenza de empresa.',
  },
  ru: {
    positive: 'Отличный сервис, большое спасибо!',
    negated: 'Сервис совсем не отличный.',
    mild: 'Доставка была плохой.',
    intensified: 'Доставка была очень плохой!!!',
    masked: 'Что за х***я, опять ничего не работает',
    urgent: 'Срочно! Нужно исправить до завтра.',
    calm: 'Подскажите, пожалуйста, где найти счёт за прошлый месяц?',
    churn: 'Если не решите проблему, я расторгну договор и пожалуюсь в Роспотребнадзор.',
    constructive: 'С карты списали дважды 1500 руб. за заказ №77812 от 14.02, прошу вернуть лишнее.',
    venting: 'Вы бездари и мошенники, позор.',
  },
  ar: {
    positive: 'الخدمة ممتازة، شكرا جزيلا',
    negated: 'الخدمة ليست ممتازة',
    mild: 'التوصيل كان سيء',
    intensified: 'التوصيل كان سيء جدا!!!',
    masked: 'ما هذا ال***؟ لا شيء يعمل',
    urgent: 'الموضوع عاجل، أحتاج رد فورا قبل بكره',
    calm: 'ممكن ترسلوا لي فاتورة الشهر الماضي؟',
    churn: 'إذا لم تحلوا المشكلة سألغي الاشتراك وأقدم شكوى لحماية المستهلك',
    constructive: 'طلبي رقم 66120 لم يصل حتى الآن، دفعت 250 جنيه يوم 10/03',
    venting: 'انتم نصابين وفاشلين، شركة زباله',
  },
  hu: {
    positive: 'Nagyszerű szolgáltatás, köszönöm szépen!',
    negated: 'A szolgáltatás egyáltalán nem nagyszerű.',
    mild: 'A szállítás rossz volt.',
    intensified: 'A szállítás nagyon rossz volt!!!',
    masked: 'Mi a f***? Megint semmi nem működik',
    urgent: 'Sürgős! Holnapig meg kell oldani.',
    calm: 'Elküldenék a múlt havi számlát?',
    churn: 'Ha nem oldják meg, lemondom az előfizetést és a fogyasztóvédelemhez fordulok.',
    constructive: 'A 45120 számú rendelésemet kétszer terhelték, 12 000 Ft-ot vontak le 03.12-én.',
    venting: 'Hülye, alkalmatlan banda, szégyen.',
  },
  de: {
    positive: 'Toller Service, vielen Dank!',
    negated: 'Der Service ist gar nicht toll.',
    mild: 'Die Lieferung war schlecht.',
    intensified: 'Die Lieferung war extrem schlecht!!!',
    masked: 'Was für eine Sch***e, schon wieder funktioniert nichts',
    urgent: 'Dringend! Bitte bis morgen beheben.',
    calm: 'Könnten Sie mir die Rechnung vom letzten Monat schicken?',
    churn: 'Wenn das nicht gelöst wird, kündige ich meinen Vertrag und gehe zum Anwalt.',
    constructive: 'Meine Bestellung #88213 vom 12.03. wurde doppelt abgebucht, 49,99 € bitte erstatten.',
    venting: 'Ihr seid unfähige Idioten, was für ein Saftladen.',
  },
  fr: {
    positive: 'Service excellent, merci beaucoup !',
    negated: "Le service n'est pas excellent.",
    mild: 'La livraison était mauvaise.',
    intensified: 'La livraison était vraiment très mauvaise !!!',
    masked: "C'est quoi ce b****l, rien ne marche",
    urgent: "C'est urgent, j'ai besoin d'une réponse avant demain.",
    calm: "Pourriez-vous m'envoyer la facture du mois dernier ?",
    churn: "Si ce n'est pas réglé je vais résilier mon abonnement et porter plainte.",
    constructive: "J'ai été débité deux fois pour la commande #73120 le 12/03, 49,99 € à rembourser.",
    venting: 'Bande de nuls, vous êtes des escrocs.',
  },
  pt: {
    positive: 'Atendimento excelente, muito obrigado!',
    negated: 'O atendimento não é excelente.',
    mild: 'A entrega foi ruim.',
    intensified: 'A entrega foi muito ruim!!!',
    masked: 'Que p***a é essa? Nada funciona',
    urgent: 'É urgente, preciso de uma resposta até amanhã.',
    calm: 'Vocês podem me enviar a fatura do mês passado?',
    churn: 'Se não resolverem vou cancelar a assinatura e reclamar no Procon.',
    constructive: 'Meu pedido #99120 não chegou, paguei R$ 150 no dia 10/03 e o rastreio não muda.',
    venting: 'Vocês são uns incompetentes, que vergonha.',
  },
};

const kinds = (result: ToneResult): EvidenceKind[] => result.evidence.map((e) => e.kind);

describe.each(Object.entries(CASES))('%s', (lang, c) => {
  it('detects the language', () => {
    expect(detectTone(c.churn).lang).toBe(lang);
  });

  it('reads a positive message as positive, and its negation as not positive', () => {
    expect(detectTone(c.positive).polarity).toBe('positive');
    const negated = detectTone(c.negated);
    expect(negated.polarity).not.toBe('positive');
    expect(kinds(negated)).toContain('negation');
  });

  it('intensifiers and repeated punctuation raise the intensity', () => {
    const mild = detectTone(c.mild);
    const intensified = detectTone(c.intensified);
    expect(mild.polarity).toBe('negative');
    expect(intensified.polarity).toBe('negative');
    expect(intensified.intensity).toBeGreaterThan(mild.intensity);
  });

  it('masked swearing is found and read as heated', () => {
    const result = detectTone(c.masked);
    expect(kinds(result)).toContain('swearing');
    expect(result.polarity).toBe('negative');
    expect(['angry', 'frustrated']).toContain(result.tone);
  });

  it('urgency and deadlines raise urgency; a calm request does not', () => {
    const urgent = detectTone(c.urgent);
    expect(urgent.urgency).toBeGreaterThanOrEqual(0.5);
    expect(kinds(urgent).some((k) => k === 'urgency' || k === 'deadline')).toBe(true);
    expect(detectTone(c.calm).urgency).toBeLessThan(0.3);
  });

  it('churn and escalation threats raise the churn risk', () => {
    const churn = detectTone(c.churn);
    expect(churn.churnRisk).toBeGreaterThanOrEqual(0.6);
    expect(kinds(churn).some((k) => k === 'churn' || k === 'escalation')).toBe(true);
    expect(detectTone(c.calm).churnRisk).toBeLessThan(0.3);
  });

  it('a concrete problem is constructive; abuse without facts is not', () => {
    const constructive = detectTone(c.constructive);
    expect(constructive.constructive).toBe(true);
    expect(kinds(constructive)).toContain('fact');
    const venting = detectTone(c.venting);
    expect(venting.constructive).toBe(false);
    expect(venting.polarity).toBe('negative');
  });
});
