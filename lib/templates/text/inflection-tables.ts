/**
 * Small per-language tables for matching inflected words (text/inflection.ts). All in folded form (lower
 * case, no accents: text/fold.ts). They list endings, not words: a word matches a keyword word when the two
 * differ only by endings listed here, on a shared stem long enough for the language.
 *
 * - `endings`: what may follow a stem (German -en, Russian -ами, Spanish -aron…).
 * - `after`: what may follow one of those in turn (Russian reflexive -ся; Spanish clitic pronouns: cobrar·me;
 *   Hungarian case endings). `chain`, when given, lists the endings `after` may follow (Hungarian plural and
 *   possessive before a case: csomag·om·at, cím·em·re; but not "cím·k·e", which is "címke", a label).
 * - `minStem`: the shortest stem that may take an ending (Hungarian "cím" is three letters).
 * - `minSharedStem`: the shortest stem when both words carry different endings. German needs five, or
 *   "Fehler" (error) would meet "fehlt" (is missing) on "fehl".
 * - `compounds`: the language writes compounds as one word (Gutschein·code, kupon·kód), so a keyword of five
 *   letters or more may begin a longer word.
 * - `doubling`: a consonant may double before an ending (cancel·led, cím·mel).
 */
export interface Morphology {
  endings: ReadonlySet<string>;
  after?: ReadonlySet<string>;
  chain?: ReadonlySet<string>;
  minStem: number;
  minSharedStem: number;
  compounds?: boolean;
  doubling?: boolean;
}

const set = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Hungarian case endings (folded); "al"/"el" follow a doubled consonant: cím·m·el, csomag·g·al. */
const HUNGARIAN_CASES =
  't ot et at ba be ban ben bol rol ra re nak nek val vel al el hoz hez tol on en n nal nel ig ert kent kor va ve ul';

export const MORPHOLOGY: Readonly<Record<string, Morphology>> = {
  en: {
    endings: set("s es ed d ing ings er ers est ly ies ied y e able ment ments 's"),
    minStem: 3,
    minSharedStem: 4,
    doubling: true,
  },
  de: {
    endings: set('e en em er es n s t te ten tet test st est et ern ens'),
    minStem: 3,
    minSharedStem: 5,
    compounds: true,
  },
  fr: {
    endings: set(
      'e es s x ee ees er ez ent ons ais ait aient ions iez a as ai era erai eras eront erons ra rai ront i is it ie ies u ue ues us',
    ),
    minStem: 3,
    minSharedStem: 4,
  },
  es: {
    endings: set(
      'o a os as e es ar er ir an en amos emos imos ais eis ado ada ados adas ido ida idos idas aron ieron io o ando iendo aba aban ia ian ara era ira are ere ire aria eria iria ara aran eran iran aste iste ue',
    ),
    after: set('me te se lo la le nos les los las'),
    minStem: 3,
    minSharedStem: 4,
  },
  pt: {
    endings: set(
      'o a os as e es ar er ir am em ou eu iu ado ada ados adas ido ida idos idas aram eram iram ando endo indo ava avam ia iam ara era ira ei amos emos imos asse esse isse aste este iste ao oes aos',
    ),
    minStem: 3,
    minSharedStem: 4,
  },
  ru: {
    endings: set(
      'а я о е ы и у ю ь ой ей ом ем ам ям ах ях ами ями ов ев ый ий ая яя ое ее ые ие ого его ому ему ым им ую юю ых их ть ти л ла ло ли ет ут ют ит ат ят ешь ишь ете ите ем им ал ала али ил ила или ел ела ели ула ули ну нул нула нули',
    ),
    after: set('ся сь'),
    minStem: 3,
    minSharedStem: 4,
  },
  hu: {
    // Plural, possessive and verb endings (folded: ö → o, é → e…) or a case ending; a case may follow a
    // plural or possessive.
    endings: set(
      `k ok ek ak m om em am d od ed ad a e ja je unk nk tok tek uk juk ai ei jai jei aim eim aink eink i
       ni ani eni tam tem tad ted ta te tuk tunk tatok tetek tak tek ott ett tt sz nak nek jak ik hat het
       hatom hetem hatok hetek hatja heti ${HUNGARIAN_CASES}`,
    ),
    after: set(HUNGARIAN_CASES),
    chain: set(
      'k ok ek ak m om em am d od ed ad a e ja je unk nk tok tek uk juk ai ei jai jei aim eim aink eink',
    ),
    minStem: 3,
    minSharedStem: 4,
    compounds: true,
    doubling: true,
  },
  // Arabic words are light-stemmed first (text/arabic-stem.ts); what is left are verb endings.
  ar: {
    endings: set('ت ا وا ن تم نا'),
    minStem: 3,
    minSharedStem: 3,
  },
};

/** Languages without a table: any short ending on a stem of four letters or more, as before tables. */
export const DEFAULT_MORPHOLOGY: Morphology = {
  endings: set('a e i o s n t r es en er ed ing'),
  minStem: 4,
  minSharedStem: 5,
  compounds: true,
};

/**
 * Hungarian verb prefixes, which leave the verb in negations and questions: "visszamondták" but "miért
 * mondták vissza", "megérkezett" but "nem érkezett meg".
 */
export const HUNGARIAN_PREVERBS: ReadonlySet<string> = set(
  'vissza meg le fel ki be el at ossze szet ra hozza oda ide tovabb ujra ala keresztul',
);
