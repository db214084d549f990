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
  conjunction: `
    és, vagy, valamint
  `,
  urgency: `
    sürgős*, azonnal, rögtön, haladéktalanul, mielőbb, minél előbb, minél hamarabb, gyorsan, sürgősen,
    vészhelyzet, most azonnal, asap, kérem válaszoljanak, válaszra várok, amilyen gyorsan csak,
    MOST
  `,
  deadline: `
    még ma, még a mai napon, ma estig, mára,
    holnapig, mára, hétfőig, keddig, szerdáig, csütörtökig, péntekig, szombatig, vasárnapig, hét végéig,
    # órán belül, # napon belül, # órán, # napon, határidő*, legkésőbb, időben, addig
  `,
  repeat: `
    megint, másodszor, harmadszor, negyedszer, # alkalommal, # szor, háromszor, négyszer, ötször, többször, sokszor, hányszor,
    még mindig, még mindig nem, továbbra is, mindig, minden alkalommal, nincs válasz, senki nem válaszol,
    senki sem válaszol, senki nem, válasz nélkül, már hívtam, már írtam, már szóltam, már jeleztem,
    már múltkor, hetek óta, napok óta, hónapok óta, # hete, # napja, egy hete, két hete, három hete,
    azóta semmi, figyelmen kívül, válaszol valaki, van valaki, újra nem, ismét nem, megint nem, _ napja,
    _ hete, _ hónapja
  `,
  churn: `
    lemondom, lemondani, lemondanám, lemondás*, lemondok, le akarom mondani, le szeretném mondani,
    felmond*, töröl*, törlés*, megszüntet*, leiratkoz*, fiókom törlése, átmegyek, átpártolok,
    váltok, konkurenci*, soha többé, utoljára, utolsó alkalom, pénzem vissza, pénzemet, adják vissza,
    visszakérem, elállás*, másik szolgáltató
  `,
  escalation: `
    ügyvéd*, per, perel*, bíróság*, feljelent*, jogi lépés*, fogyasztóvédelem, fogyasztóvédelmi*,
    békéltető testület, panasz*, reklamáci*, felettes*, vezető*, igazgató*, rendőrség*, bankom,
    közösségi média, értékelés*, nmhh, mnb
  `,
  anxiety: `
    aggód*, aggaszt*, félek, félő, ijeszt*, ideges*, szorong*, pánik*, kétségbe*, stresszes*,
    feltört*, csalás*, ellopt*, lopás*, mi van ha, segítsenek, segítség, nem tudom mit tegyek,
    mit csináljak, elveszít*, nem én
  `,
  confusion: `
    nem értem, nem értettem, nem igazán értem, nem egészen értem, nem világos, nem _ világos, nem teljesen értem, érthetetlen*,
    összezavar*, zavaros, hogyan, hogy tudom, hogy lehet, hogy működik, mit jelent, hol találom,
    hol tudom, hol lehet, hol látom, melyik, melyiket, mi a különbség, különbség, fogalmam sincs,
    semmi értelme, nincs értelme, mit tegyek, elmagyaráz*, magyarázz*, nem tudom hogyan,
    nem tudom hol, nem tudom melyik
  `,
  swearing: `
    bazd*, baszd*, bassza*, basszus, kurva*, a francba, francba, fasz*, szar*, picsá*, geci*, rohadt*,
    rohadék*, a fene, fene*, büdös, anyád*
  `,
  insult: `
    idióta*, hülye*, buta, barom*, inkompetens*, alkalmatlan*, haszontalan*, bohóc*, csaló, csalók,
    csalót, csalókat, tolvaj*, hazug*, szánalmas*, nevetséges*, szégyen*, gyalázat*, átverés*, lehúzás*,
    amatőr*, béna*, szemét*, vacak
  `,
  anger: `
    dühös*, düh*, felháborító, felháborod*, felháborodás*, elfogadhatatlan*, nevetséges, abszurd,
    utál*, gyűlöl*, mérges*, hogy merik, szégyen, borzalmas*, szörnyű*, rettenetes*, katasztrofális*,
    pocsék, legrosszabb*, hihetetlen, pofátlan*, köszi a semmit, köszönöm a semmit, ez egy vicc
  `,
  frustration: `
    frusztrál*, csalód*, csalódott*, időpocsékolás, idő pazarlás, fáradt*, belefáradtam,
    nem vagyok elégedett, elégedetlen*, bosszant*, bosszús*, senki, komolyan, megint, nem lehet,
    rossz szolgáltatás, rossz ügyfélszolgálat, sajnos, idegesít*, elegem van, elegem, elég volt,
    semmi nem működik, semmi sem működik
  `,
  gratitude: `
    köszön*, köszi, kösz, hálás*, nagyszerű, kiváló*, tökéletes*, remek*, szuper, csodálatos*,
    megoldód*, megoldott*, megoldották, működik, minden rendben, rendben, elégedett*, örülök, boldog*,
    fantasztikus*, kedves*, segítőkész*, gratulál*, megdicsér*
  `,
  problem: `
    elvesztették, elvesztettétek, elveszítették,
    kiléptet, kidob, kidobott, lefagy*, összeomlik, összeomlott, kifagy*,
    lemondták, lemondta, törölték,
    nem működik, nem megy, leállt, nem tölt be, nem tudok belépni, nem tudok bejelentkezni, hozzáférés*,
    hib*, összeomlik, összeomlott, elromlott, rossz, sérült*, törött*, hibás*, hiányos*, kétszer terhel*,
    kétszer vonták, duplán, levonták, levontak, terhelés*, helytelen*, téves*, hiányzik, hiányz*,
    nem érkezett meg, nem jött meg, nem jött ki, nem kaptam meg, nem kaptam, késik, késés*, késett, letilt*,
    zárol*, elveszett, elutasít*, lefagy*, kilép, visszaküldve a feladónak, kétszer vonták le,
    kétszer fizettem, dupla terhelés,
    összenyom*, összetör*, eltört*, megrepedt, repedt*, repedés*, karcos*, horpadt*, szakadt*, helyett,
    kézbesítve, kézbesítettnek, semmi nem jött, nem jött semmi, nem én indítottam, nem ismerem fel,
    nem elérhető, elérhetetlen*, eltűnt*, törlődött*, törlődtek, bunkó*, udvariatlan*, tiszteletlen*,
    goromba*, lecsapta*, rám tette a telefont, letette a telefont, meg sem jelent, nem jelent meg,
    nem jött el, a vonalban, senki nem hívott, nem hívtak vissza, nem hívott vissza, magasabb lett,
    lett magasabb, drágább lett, többet vontak le, rejtett költség*, nem olyan, nem egyezik, nem felel meg,
    más a színe, nem kapcsol be, nem indul, nem töltődik, nem lett levonva, nem érvényes*, lejárt,
    régi címemre, régi címre, nem kapták meg, nem csatlakozik, nem kapcsolódik, feltört*,
    soha nem egyeztem, nem egyeztem bele, nem járultam hozzá, a beleegyezésem nélkül
  `,
  timeframe: `
    ma, holnap, a héten, ezen a héten, hétvégén
  `,
  object: `
    rendelés*, csomag*, szállítás*, futár*, követés*, visszatérítés*, fizetés*, terhelés*, számla*,
    számlá*, fiók*, jelszó*, jelszav*, app*, alkalmazás*, oldal*, kártyá*, kártya*, előfizetés*,
    termék*, internet*, telefon*, utalás*, pénz*,
    üzlet*, bolt*, szállít*, ár,
    szerelő*, technikus*, kiszállás*, időpont*, ügyintéző*, munkatárs*, eladó*, alkalmazott*, operátor*,
    ügyfélszolgálat*, e-mail*, email*, levelem*, üzenet*, válasz, választ, visszahívás*, hívás*, fotó*,
    fénykép*, fájl*, adatai*, adatok*, adataim*, dokumentum*, kijelző*, képernyő*, készülék*, laptop*,
    frissítés*, kivonat*, díj, díjat, díjak, díjakat, tranzakció*, kupon*, kedvezmény*, kód*, címre,
    címemre, címem, címet, címemet, címünket, lakcím*, garancia*, garanciá*, visszaküldés*, csere*, telepítés*,
    ugyanaz a probléma, ugyanaz a hiba
  `,
  request: `
    kérem, kérnék, kérném, szeretném, szeretnék, lehetne, lehet, tudnának, tudnátok, küldjék, küldjétek,
    van lehetőség,
    előre is köszönöm, előre is köszi
  `,
  greeting: `
    tisztelt hölgyem, tisztelt uram, tisztelt ügyfélszolgálat, tisztelt, üdvözlettel, tisztelettel,
    kedves ügyfélszolgálat,
    jó napot, jó napot kívánok, jó reggelt, jó estét
  `,
};
