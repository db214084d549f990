/** Dates in the template's language and the agent's time zone, with Intl; never throws on bad input. */
import type { PlaceholderFormat } from '../format/vocabulary';
import type { RenderContext } from '../types';
import { hasWeekdayPhrases, weekdayPhrase } from './weekday-phrases';

const DAY = 24 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function createFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // A bad language tag or time zone from the page must not break rendering: fall back step by step.
  try {
    return new Intl.DateTimeFormat(lang, options);
  } catch {
    try {
      return new Intl.DateTimeFormat(lang, { ...options, timeZone: undefined });
    } catch {
      return new Intl.DateTimeFormat('en', { ...options, timeZone: undefined });
    }
  }
}

/** Formatters are costly to create (milliseconds for a new locale) and suggestions render many dates. */
function dateTimeFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = createFormat(lang, options);
    if (formatters.size > 200) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The weekday (0 = Sunday) in the agent's time zone. */
export function weekdayIndexIn(epochMs: number, timeZone?: string): number {
  const name = dateTimeFormat('en-US', { weekday: 'short', timeZone }).format(epochMs);
  return Math.max(0, WEEKDAYS.indexOf(name));
}

/** A bare weekday is ambiguous a week or more away. */
const isFar = (epochMs: number, now: number) => Math.abs(epochMs - now) >= 6.5 * DAY;

/** `weekday-on` / `weekday-by`: "on Friday", «в пятницу», "pénteken"; "by Friday", «до пятницы», "péntekig". */
function formatWeekdayPhrase(
  epochMs: number,
  format: 'weekday-on' | 'weekday-by',
  lang: string,
  now: number,
  timeZone: string | undefined,
): string | undefined {
  if (!hasWeekdayPhrases(lang)) return undefined;
  const sameYear = new Date(epochMs).getUTCFullYear() === new Date(now).getUTCFullYear();
  return weekdayPhrase(format === 'weekday-on' ? 'on' : 'by', lang, {
    day: weekdayIndexIn(epochMs, timeZone),
    isFar: isFar(epochMs, now),
    date: dateTimeFormat(lang, {
      day: 'numeric',
      month: 'long',
      ...(!sameYear && { year: 'numeric' }),
      timeZone,
    }).format(epochMs),
    dayOfMonth: Number(dateTimeFormat('en-US', { day: 'numeric', timeZone }).format(epochMs)),
    month: dateTimeFormat(lang, { month: 'long', timeZone }).format(epochMs),
  });
}

/**
 * "Friday", "Friday, 28 November", "3:00 PM", "on Friday", "by Friday", in the template's language and the
 * agent's time zone.
 */
export function formatDate(
  epochMs: number,
  format: PlaceholderFormat = 'date',
  lang = 'en',
  context: Pick<RenderContext, 'now' | 'timeZone'> = {},
): string {
  if (!Number.isFinite(epochMs)) return '';
  const now = context.now ?? Date.now();
  const timeZone = context.timeZone || undefined;
  if (format === 'weekday-on' || format === 'weekday-by') {
    const phrase = formatWeekdayPhrase(epochMs, format, lang, now, timeZone);
    if (phrase !== undefined) return phrase;
  }
  // A bare weekday is ambiguous a week or more away, so the full date is used instead. A language without
  // weekday phrases gets the plain weekday for them.
  const effective =
    format === 'date' || format === 'time' ? format : isFar(epochMs, now) ? 'date' : 'weekday';
  const options: Intl.DateTimeFormatOptions =
    effective === 'weekday'
      ? { weekday: 'long', timeZone }
      : effective === 'time'
        ? { hour: 'numeric', minute: '2-digit', timeZone }
        : {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            ...(new Date(epochMs).getUTCFullYear() !== new Date(now).getUTCFullYear() && { year: 'numeric' }),
            timeZone,
          };
  return dateTimeFormat(lang, options).format(epochMs);
}
