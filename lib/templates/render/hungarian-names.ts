/**
 * Hungarian names, for telling a name written family name first ("Nagy Anna", the Hungarian order) from one
 * written given name first ("Anna Nagy", "Lea Berg"). Compact lists of common names (folded: lower case, no
 * accents), not a register: a name they do not know is taken in its own, given-name-first order.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Common Hungarian given names (women's, then men's). */
export const HUNGARIAN_GIVEN_NAMES = words(`
  anna maria erzsebet katalin eva ilona zsuzsanna judit agnes andrea erika krisztina margit julianna
  edit szilvia monika gabriella ildiko eszter timea viktoria melinda aniko reka dora petra nora zsofia
  hanna lilla fanni boglarka lili jazmin emese orsolya beata kinga rita bernadett dorina vivien
  adrienn klara noemi brigitta henrietta zsuzsa kata luca flora sara csilla laszlo istvan jozsef janos
  zoltan sandor ferenc gabor attila tamas peter zsolt tibor andras csaba imre lajos gyorgy balazs
  gyula mihaly robert karoly norbert akos daniel adam david krisztian mate bence mark levente dominik
  balint marton milan kristof gergely gergo barnabas botond benedek aron zalan marcell oliver richard
  szabolcs viktor miklos denes kornel patrik roland szilard vilmos geza bela erno arpad nandor lorinc
  endre antal pal lea emma mia lena zoe lara dorottya gizella iren magdolna marianna terez veronika
  anita barbara diana eniko gyongyi hajnalka ibolya klaudia marta nikolett piroska rozalia szabina
  tunde zita anett aliz blanka emilia hedvig izabella kitti liliana natalia panna regina vanda ivett
  kincso boroka csenge dalma janka jozsefa alex andor benjamin csongor dezso elemer emil erik gaspar
  gusztav hunor ivan jeno kalman lorant nimrod odon otto rezso sebestyen simon szilveszter tivadar
  zsigmond vince zsombor bulcsu kende koppany noel rajmund barna ede kolos
`);

/**
 * The most common Hungarian family names, without those that are common given names elsewhere (Jónás,
 * Fábián, Lukács): in "Jonas Weber" the first word is a given name.
 */
export const HUNGARIAN_SURNAMES = words(`
  nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz lakatos
  meszaros olah simon racz fekete szilagyi torok feher balazs gal kis szucs kocsis orsos pinter fodor
  szalai sipos magyar gulyas biro kiraly laszlo katona bogdan balog sandor boros fazekas
  kelemen antal orosz somogyi fulop veres vincze budai hegedus deak pap balint pal illes voros vass
  bognar lengyel bodnar szoke hajdu halasz mate szekely gaspar kozma pasztor bakos dudas
  virag orban barna novak soos tamas nemes pataki balla farago kerekes borbely barta
  szekeres csonka mezei marton hegyi bozsik vida csizmadia gyori bencze kun kovats
`);
