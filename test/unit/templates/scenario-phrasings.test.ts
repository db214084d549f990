/**
 * Ways customers really word a problem, each of which the built-in keywords once missed or gave to another
 * scenario: the suggestion ranked first must be the reply for that problem, in the customer's language.
 * One line each: `scenario language tone | message`.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from '@/lib/templates/rank';
import type { Tone } from '@/lib/tone/types';
import { builtinLibrary, toneOf } from './builtin-fixture';

const PHRASINGS = `
defective-product en neutral | My kettle won't switch on anymore, it's only a month old
defective-product es frustrated | La licuadora vino fallada, hace un ruido raro y se apaga
defective-product pt neutral | O fone parou de ligar depois de duas semanas
defective-product ru neutral | Чайник перестал включаться через месяц
defective-product ar neutral | الخلاط بطل يشتغل بعد يومين
defective-product hu neutral | A kávéfőzőt nem lehet bekapcsolni, pedig új
refund-delay en frustrated | You confirmed you got the parcel back ten days ago and there's still no money in my account
refund-delay fr frustrated | Article renvoyé il y a un mois, toujours pas de remboursement
refund-delay ar frustrated | رجعت الجزمة من اسبوعين وما وصلني المبلغ
refund-delay de frustrated | Ich warte seit drei Wochen auf meine Rückerstattung, die Ware ist längst bei Ihnen
double-charge en frustrated | you charged me 2x for one order
repeat-contact pt frustrated | Já liguei duas vezes e mandei e-mail, e o problema continua
account-locked en frustrated | It keeps saying wrong password even though I never changed it, and now I can't get back in
unexpected-charge en frustrated | I closed my plan last month and you're still charging me
broken-promise en frustrated | Your colleague told me I'd get a call the same day. Nothing.
privacy-concern en frustrated | I never signed up for these texts, stop sending them
missing-item en frustrated | Ordered two lamps and only one arrived
late-staff en frustrated | The plumber showed up at 6pm instead of the morning slot
missed-appointment en frustrated | I had to leave work early for the engineer and nobody came
rude-staff ar angry | الموظف قليل الادب ورد علي بطريقة وحشة
missed-appointment ar frustrated | المهندس ما جاش خالص النهاردة
cancellation-request ar neutral | لو سمحت تلغوا الاشتراك بتاعي
missed-appointment hu frustrated | A technikus nem jött ki, pedig egész délelőtt itthon voltam
late-delivery hu frustrated | Két hete rendeltem, és azóta sem érkezett meg
unexpected-charge hu frustrated | Miért terheltek meg 2990 forinttal?
not-as-described hu neutral | Más színű, mint a képen volt
unexpected-charge ru frustrated | Почему списали 299 рублей, я ничего не покупала
missing-item ru frustrated | В посылке не оказалось наушников
data-loss ru neutral | После обновления пропали все заметки
outage ru frustrated | Личный кабинет не открывается, ошибка 503
data-loss de frustrated | Alle meine Notizen sind weg
missed-appointment es frustrated | El instalador nunca apareció y perdí la mañana
not-as-described es frustrated | No tiene nada que ver con las fotos de la web
long-wait pt frustrated | Abri um chamado há uma semana e nenhuma resposta até agora
missing-item pt frustrated | Pedi três camisetas e só vieram duas
missing-item pt frustrated | A minha encomenda chegou mas falta um dos livros
unexpected-charge pt frustrated | Fui cobrada depois de cancelar a assinatura
slow-service fr frustrated | Le site rame depuis ce matin
wrong-item es frustrated | Compré unos auriculares y me mandaron un cargador que no pedí.
refund-delay pt frustrated | Devolvi o tênis há três semanas e o dinheiro ainda não voltou para o meu cartão.
wrong-item ar neutral | طلبت سماعة سوداء وجاتني بيضاء
missed-appointment pt frustrated | A visita era hoje e o rapaz não apareceu
missed-appointment es frustrated | El técnico tenía que venir el lunes y al final no vino
missed-appointment pt frustrated | O técnico tinha que vir na quinta e não apareceu
missed-appointment fr frustrated | Le technicien devait passer hier, il n'est pas venu
missed-appointment ru frustrated | Мастер должен был зайти в субботу, но не появился
refund-delay es frustrated | Mandé de vuelta el vestido hace dos semanas y el importe sigue sin aparecer
refund-delay fr frustrated | J'ai retourné le sac le mois dernier et je n'ai jamais revu mon argent
return-problem de neutral | Der Rücksendeschein lässt sich nicht ausdrucken
return-problem ru frustrated | Курьер уже неделю не забирает возврат
wrong-item hu frustrated | Barna cipőt rendeltem és szürkét hoztak
`;

const cases = PHRASINGS.trim()
  .split('\n')
  .map((line) => {
    const [head = '', message = ''] = line.split(' | ');
    const [scenario = '', lang = '', tone = 'neutral'] = head.split(' ');
    return { scenario, lang, tone: tone as Tone, message };
  });

const library = builtinLibrary();
const now = Date.UTC(2026, 10, 24, 10);

describe('customer phrasings', () => {
  it.each(cases)('[$lang, $tone] $message → $scenario', ({ scenario, lang, tone, message }) => {
    const [top] = suggest(message, toneOf(tone, lang), { now }, library);
    expect(top?.scenario).toBe(scenario);
    expect(top?.language).toBe(lang);
  });
});
