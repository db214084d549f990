/** Dates in the template's language and the agent's time zone, with Intl; never throws on bad input. */
import type { PlaceholderFormat } from '../format/vocabulary';
import type { RenderContext } from '../types';

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

/** "Friday", "Friday, 28 November", "3:00 PM", in the template's language and the agent's time zone. */
export function formatDate(
  epochMs: number,
  format: PlaceholderFormat = 'date',
  lang = 'en',
  context: Pick<RenderContext, 'now' | 'timeZone'> = {},
): string {
  if (!Number.isFinite(epochMs)) return '';
  const now = context.now ?? Date.now();
  const timeZone = context.timeZone || undefined;
  // A bare weekday is ambiguous a week or more away, so the full date is used instead.
  const effective = format === 'weekday' && Math.abs(epochMs - now) >= 6.5 * DAY ? 'date' : format;
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
