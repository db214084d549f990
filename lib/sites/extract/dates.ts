/**
 * Dates as pages print them when they give no machine-readable timestamp: "24 nov. 2026 à 09:12",
 * "Nov 24, 2026, 9:12 AM", "24.11.2026 09:12", "3 de diciembre de 2026", "2026. november 24. 09:12", in the 8
 * languages. Only to order messages on one page, so the time zone does not matter (all read as UTC).
 */

/** Month name stems (first letters as pages abbreviate them), January first, in the 8 languages. */
const monthStems: readonly (readonly string[])[] = [
  ['jan', 'ene', 'янв', 'يناير'],
  ['feb', 'fév', 'fev', 'фев', 'فبراير'],
  ['mar', 'mär', 'márc', 'мар', 'مارس'],
  ['apr', 'avr', 'abr', 'ápr', 'апр', 'أبريل', 'ابريل'],
  ['may', 'mai', 'máj', 'мая', 'май', 'مايو'],
  ['jun', 'juin', 'jún', 'июн', 'يونيو'],
  ['jul', 'juil', 'júl', 'июл', 'يوليو'],
  ['aug', 'aoû', 'aou', 'ago', 'авг', 'أغسطس'],
  ['sep', 'set', 'szept', 'сен', 'سبتمبر'],
  ['oct', 'okt', 'out', 'окт', 'أكتوبر'],
  ['nov', 'ноя', 'نوفمبر'],
  ['dec', 'dez', 'déc', 'dic', 'дек', 'ديسمبر'],
];

function monthOf(word: string): number | null {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return null;
  const index = monthStems.findIndex((stems) => stems.some((stem) => name.startsWith(stem)));
  return index < 0 ? null : index;
}

const time = String.raw`(?:[,\sT]+(?:à|at|um|às|a las|в|г\.,?|kl\.?|-)?\s*(\d{1,2})[:h.](\d{2})\s*([ap]\.?\s?m\.?)?)?`;
const patterns: readonly { regex: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'numeric' }[] = [
  { regex: new RegExp(String.raw`(\d{4})-(\d{1,2})-(\d{1,2})` + time, 'iu'), order: 'ymd' },
  {
    regex: new RegExp(String.raw`(\d{4})\.\s?(\d{1,2}|\p{L}+)(?:\.\s?|\s)(\d{1,2})\.?` + time, 'iu'),
    order: 'ymd',
  },
  { regex: new RegExp(String.raw`(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b` + time, 'iu'), order: 'numeric' },
  {
    regex: new RegExp(String.raw`(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,}\.?)\s+(?:de\s+)?(\d{4})` + time, 'iu'),
    order: 'dmy',
  },
  { regex: new RegExp(String.raw`(\p{L}{3,}\.?)\s+(\d{1,2}),?\s+(\d{4})` + time, 'iu'), order: 'mdy' },
];

function toNumber(value: string | undefined): number {
  return value === undefined ? Number.NaN : Number(value);
}

/** Day, month (0-based) and year from one pattern's groups, or null when they make no date. */
function dayMonthYear(
  groups: readonly (string | undefined)[],
  order: string,
): [number, number, number] | null {
  const [a = '', b = '', c = ''] = groups;
  if (order === 'ymd') {
    const month = /^\d+$/.test(b) ? toNumber(b) - 1 : monthOf(b);
    return month === null ? null : [toNumber(c), month, toNumber(a)];
  }
  if (order === 'dmy') {
    const month = monthOf(b);
    return month === null ? null : [toNumber(a), month, toNumber(c)];
  }
  if (order === 'mdy') {
    const month = monthOf(a);
    return month === null ? null : [toNumber(b), month, toNumber(c)];
  }
  // 24/11/2026 is day first; 11/24/2026 (a second number over 12) is the American month first.
  const year = c.length === 2 ? 2000 + toNumber(c) : toNumber(c);
  return toNumber(b) > 12 ? [toNumber(b), toNumber(a) - 1, year] : [toNumber(a), toNumber(b) - 1, year];
}

/** The first date (and time, when printed) in `text` as a UTC timestamp, or null. */
export function parseShownDate(text: string): number | null {
  for (const { regex, order } of patterns) {
    const match = regex.exec(text);
    if (!match) continue;
    const date = dayMonthYear(match.slice(1, 4), order);
    if (!date) continue;
    const [day, month, year] = date;
    let hours = match[4] === undefined ? 0 : toNumber(match[4]);
    const minutes = match[5] === undefined ? 0 : toNumber(match[5]);
    const meridiem = match[6]?.toLowerCase().replace(/[.\s]/g, '');
    if (meridiem === 'pm' && hours < 12) hours += 12;
    if (meridiem === 'am' && hours === 12) hours = 0;
    const valid = day >= 1 && day <= 31 && month >= 0 && month <= 11 && year >= 1990 && hours < 24;
    if (valid && minutes < 60) return Date.UTC(year, month, day, hours, minutes);
  }
  return null;
}
