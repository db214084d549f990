import type { LanguageCues } from './types';

export const hu: LanguageCues = {
  negation: `
    nem, ne, nincs, nincsen, nincsenek, sem, soha, semmi, semmit, senki, sehol, egyáltalán nem, nélkül,
    se
  `,
  intensifier: `
    nagyon, annyira, túl, teljesen, abszolút, rendkívül, hihetetlenül, igazán, tényleg, borzasztóan,
    szörnyen, iszonyatosan, szuper, roppant, eléggé, különösen, legesleg*, totálisan
  `,
  diminisher: `
    kicsit, kissé, némileg, alig, majdnem, elég
  `,
  contrast: `
    de, viszont, azonban, ám, bár, sajnos, mégis
  `,
  urgency: `
    sürgős*, azonnal, rögtön, haladéktalanul, mielőbb, minél előbb, minél hamarabb, gyorsan, sürgősen,
    vészhelyzet, most, asap, kérem válaszoljanak, válaszra várok
  `,
  deadline: `
    holnapig, mára, ma, holnap, a héten, ezen a héten, hétfőig, péntekig, # órán belül, # napon belül,
    # órán, # napon, határidő*, legkésőbb
  `,
  repeat: `
    megint, ismét, újra, újból, még egyszer, másodszor, harmadszor, negyedszer, # alkalommal, # szor,
    többször, sokszor, hányszor, még mindig, még mindig nem, továbbra is, mindig, minden alkalommal,
    nincs válasz, senki nem válaszol, senki sem válaszol, válasz nélkül, már hívtam, már írtam,
    már szóltam, hetek óta, napok óta, hónapok óta, # hete, # napja, figyelmen kívül
  `,
  churn: `
    lemond*, felmond*, töröl*, törlés*, megszüntet*, leiratkoz*, fiókom törlése, átmegyek, átpártolok,
    váltok, konkurenci*, soha többé, utoljára, utolsó alkalom, visszatérít*, pénzem vissza,
    visszakérem, visszaküld*, elállás*, másik szolgáltató
  `,
  escalation: `
    ügyvéd*, per, perel*, bíróság*, feljelent*, jogi lépés*, fogyasztóvédelem, fogyasztóvédelmi*,
    békéltető testület, panasz*, reklamáci*, felettes*, vezető*, igazgató*, rendőrség*, bankom,
    közösségi média, értékelés*, nmhh, mnb
  `,
  anxiety: `
    aggód*, aggaszt*, félek, félő, ijeszt*, ideges*, szorong*, pánik*, kétségbe*, stresszes*,
    feltört*, csalás*, csaló*, ellopt*, lopás*, mi van ha, segítsenek, segítség*, remél*, nem tudom,
    elveszít*
  `,
  confusion: `
    nem értem, nem értettem, nem világos, érthetetlen*, összezavar*, zavaros, hogyan, hogy tudom,
    mit jelent, hol van, hol találom, melyik, miért, nem tudom, fogalmam sincs, semmi értelme,
    nincs értelme, mi történt, mit tegyek, mit csináljak, elmagyaráz*, magyarázz*, lehetséges,
    kérdés*
  `,
  swearing: `
    bazd*, baszd*, bassza*, basszus, kurva*, a francba, francba, fasz*, szar*, picsá*, geci*, rohadt*,
    rohadék*, a fene, fene*, büdös, anyád*
  `,
  insult: `
    idióta*, hülye*, buta, barom*, inkompetens*, alkalmatlan*, haszontalan*, bohóc*, csaló*, tolvaj*,
    hazug*, szánalmas*, nevetséges*, szégyen*, gyalázat*, átverés*, lehúzás*, amatőr*, béna*,
    szemét*, vacak
  `,
  anger: `
    dühös*, düh*, felháborító, felháborod*, felháborodás*, elfogadhatatlan*, nevetséges, abszurd,
    elegem van, elég volt, utál*, gyűlöl*, mérges*, ideges, hogy merik, szégyen, borzalmas*,
    szörnyű*, rettenetes*, katasztrofális*, pocsék, legrosszabb*, hihetetlen, pofátlan*
  `,
  frustration: `
    frusztrál*, csalód*, csalódott*, időpocsékolás, idő pazarlás, fáradt*, belefáradtam,
    nem vagyok elégedett, elégedetlen*, bosszant*, bosszús*, senki, komolyan, megint, kérem,
    nem lehet, rossz szolgáltatás, rossz ügyfélszolgálat, sajnos, idegesít*
  `,
  gratitude: `
    köszön*, köszi, kösz, hálás*, nagyszerű, kiváló*, tökéletes*, remek*, szuper, csodálatos*,
    megoldód*, megoldott*, megoldották, működik, rendben, elégedett*, örülök, boldog*, fantasztikus*,
    kedves*, segítőkész*, gratulál*
  `,
  problem: `
    nem működik, nem megy, leállt, nem tölt be, nem tudok belépni, nem tudok bejelentkezni,
    hozzáférés*, hib*, összeomlik, összeomlott, elromlott, rossz, sérült*, törött*, hibás*,
    kétszer terhel*, kétszer vonták, duplán, levonták, terhelés*, helytelen*, téves*, hiányzik,
    hiányz*, nem érkezett meg, nem jött meg, nem kaptam meg, nem kaptam, késik, késés*, késett,
    letilt*, zárol*, elveszett, elutasít*, lefagy*
  `,
};
