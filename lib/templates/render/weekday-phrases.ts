/**
 * "On Friday" and "by Friday" in each language, for the `weekday-on` and `weekday-by` formats. Intl names a
 * weekday only in the nominative ("пятница", "péntek"), but a promise needs a case or a preposition: «в
 * пятницу», «до пятницы», "pénteken", "péntekig", "am Freitag", "na sexta-feira". Small tables, Sunday first
 * (as `Date#getDay`), written by hand; a language without a table gets the plain weekday.
 */
export type WeekdayPhrase = 'on' | 'by';

interface WeekdayForms {
  /** "on Friday" for a day within the week. */
  on: (day: number) => string;
  /** "by Friday" for a day within the week. */
  by: (day: number) => string;
  /** The same, with the calendar date, for a day further away (`date`: "28 November" as Intl writes it). */
  dated: (phrase: WeekdayPhrase, day: number, date: string, dayOfMonth: number, month: string) => string;
}

const list = (names: string): string[] => names.split(' ');
const at = (names: readonly string[], day: number) => names[day] ?? '';

const EN = list('Sunday Monday Tuesday Wednesday Thursday Friday Saturday');
const ES = list('domingo lunes martes miércoles jueves viernes sábado');
const PT = list('domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado');
const FR = list('dimanche lundi mardi mercredi jeudi vendredi samedi');
const DE = list('Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag');
/** Accusative after в, and genitive after до. */
const RU_ON = list('в·воскресенье в·понедельник во·вторник в·среду в·четверг в·пятницу в·субботу').map(
  (phrase) => phrase.replace('·', ' '),
);
const RU_BY = list('воскресенья понедельника вторника среды четверга пятницы субботы');
const AR = list('الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت');
/** Superessive ("on") and terminative ("by"); Sunday takes no ending in the superessive. */
const HU_ON = list('vasárnap hétfőn kedden szerdán csütörtökön pénteken szombaton');
const HU_BY = list('vasárnapig hétfőig keddig szerdáig csütörtökig péntekig szombatig');

/** Hungarian dates take the case ending after the number: "november 28-án", "december 1-jén". */
function hungarianDayOn(dayOfMonth: number): string {
  if (dayOfMonth === 1) return '1-jén';
  return `${dayOfMonth}-${[2, 3, 6, 8, 13, 16, 18, 20, 23, 26, 28, 30].includes(dayOfMonth) ? 'án' : 'én'}`;
}

const FORMS: Readonly<Record<string, WeekdayForms>> = {
  en: {
    on: (day) => `on ${at(EN, day)}`,
    by: (day) => `by ${at(EN, day)}`,
    dated: (phrase, day, date) => `${phrase} ${at(EN, day)}, ${date}`,
  },
  es: {
    on: (day) => `el ${at(ES, day)}`,
    by: (day) => `a más tardar el ${at(ES, day)}`,
    dated: (phrase, day, date) => `${phrase === 'on' ? 'el' : 'a más tardar el'} ${at(ES, day)} ${date}`,
  },
  pt: {
    // Sábado and domingo are masculine: "no sábado", but "na sexta-feira".
    on: (day) => `${day === 0 || day === 6 ? 'no' : 'na'} ${at(PT, day)}`,
    by: (day) => `até ${at(PT, day)}`,
    dated: (phrase, day, date) =>
      `${phrase === 'on' ? (day === 0 || day === 6 ? 'no' : 'na') : 'até'} ${at(PT, day)}, ${date}`,
  },
  fr: {
    // "Je vous rappelle vendredi"; with a date the article returns: "le vendredi 28 novembre".
    on: (day) => at(FR, day),
    by: (day) => `d'ici ${at(FR, day)}`,
    dated: (phrase, day, date) => `${phrase === 'on' ? 'le' : "d'ici le"} ${at(FR, day)} ${date}`,
  },
  de: {
    on: (day) => `am ${at(DE, day)}`,
    by: (day) => `bis ${at(DE, day)}`,
    dated: (phrase, day, date) => `${phrase === 'on' ? 'am' : 'bis'} ${at(DE, day)}, ${date}`,
  },
  ru: {
    on: (day) => at(RU_ON, day),
    by: (day) => `до ${at(RU_BY, day)}`,
    dated: (phrase, day, date) => `${phrase === 'on' ? at(RU_ON, day) : `до ${at(RU_BY, day)}`}, ${date}`,
  },
  ar: {
    on: (day) => `يوم ${at(AR, day)}`,
    by: (day) => `بحلول يوم ${at(AR, day)}`,
    dated: (phrase, day, date) => `${phrase === 'on' ? 'يوم' : 'بحلول يوم'} ${at(AR, day)} ${date}`,
  },
  hu: {
    on: (day) => at(HU_ON, day),
    by: (day) => at(HU_BY, day),
    dated: (phrase, day, _date, dayOfMonth, month) =>
      phrase === 'on'
        ? `${month} ${hungarianDayOn(dayOfMonth)}, ${at(HU_ON, day)}`
        : `${month} ${dayOfMonth}-ig`,
  },
};

export function hasWeekdayPhrases(lang: string): boolean {
  return lang in FORMS;
}

/**
 * "on Friday" / "by Friday" in `lang`, or with the date when the day is a week or more away. `date` is the
 * day and month as Intl writes them in that language; `month` the month name alone (for Hungarian, which
 * puts the case ending on the day number).
 */
export function weekdayPhrase(
  phrase: WeekdayPhrase,
  lang: string,
  when: { day: number; isFar: boolean; date: string; dayOfMonth: number; month: string },
): string | undefined {
  const forms = FORMS[lang];
  if (!forms) return undefined;
  if (when.isFar) return forms.dated(phrase, when.day, when.date, when.dayOfMonth, when.month);
  return phrase === 'on' ? forms.on(when.day) : forms.by(when.day);
}
