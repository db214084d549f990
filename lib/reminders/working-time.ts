/**
 * Working-time arithmetic in the agent's own time zone. Every function takes `now` and a normalised calendar,
 * so results are the same in the service worker, the panel, the tests and the CLI. Wall-clock times are built
 * with @date-fns/tz's TZDate from calendar fields, so 09:00 stays 09:00 across DST changes, and durations
 * ("2 working hours") are real elapsed time inside the working windows.
 */
import { TZDate } from '@date-fns/tz';
import type { WorkingHours } from '../storage/settings';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
/** Far more days than any week-based calendar needs to find its next working day; guards the loops. */
const MAX_DAYS_SCANNED = 400;

/** Working hours after normalisation: a valid zone, at least one day, and start < end. */
export interface WorkCalendar {
  timeZone: string;
  days: ReadonlySet<number>;
  /** Minutes after midnight, 0 ≤ start < end ≤ 1440. */
  start: number;
  end: number;
}

export const DEFAULT_WORKING_HOURS: Readonly<WorkingHours> = {
  timeZone: '',
  days: [1, 2, 3, 4, 5],
  start: 9 * 60,
  end: 17 * 60,
};

// Building an Intl.DateTimeFormat to test a zone costs about a tenth of a millisecond; lists format hundreds
// of due times, so each zone is checked once.
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  let isValid = zoneValidity.get(zone);
  if (isValid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      isValid = true;
    } catch {
      isValid = false;
    }
    zoneValidity.set(zone, isValid);
  }
  return isValid;
}

/** The runtime's own zone (the browser's, in the extension), or UTC when it cannot say. */
export function runtimeTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(zone) ? zone : 'UTC';
}

/** A setting's zone, falling back to `fallbackZone` (default: the runtime's) when it is empty or unknown. */
export function resolveTimeZone(zone: unknown, fallbackZone?: string): string {
  if (typeof zone === 'string' && isValidTimeZone(zone)) return zone;
  const fallback = fallbackZone ?? runtimeTimeZone();
  return isValidTimeZone(fallback) ? fallback : 'UTC';
}

const isMinuteOfDay = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= DAY_MINUTES;

/**
 * Turns stored working hours (which may be old, partial or hand-edited) into a calendar that always works:
 * an unknown zone becomes `fallbackZone`, no valid day means Monday to Friday, and a start that is not
 * before the end means 09:00–17:00. Never throws.
 */
export function toWorkCalendar(hours: unknown, fallbackZone?: string): WorkCalendar {
  const input = (typeof hours === 'object' && hours !== null ? hours : {}) as Partial<WorkingHours>;
  const days = Array.isArray(input.days)
    ? input.days.filter((day): day is number => Number.isInteger(day) && day >= 0 && day <= 6)
    : [];
  const hasValidSpan = isMinuteOfDay(input.start) && isMinuteOfDay(input.end) && input.start < input.end;
  return {
    timeZone: resolveTimeZone(input.timeZone, fallbackZone),
    days: new Set(days.length > 0 ? days : DEFAULT_WORKING_HOURS.days),
    start: hasValidSpan ? (input.start as number) : DEFAULT_WORKING_HOURS.start,
    end: hasValidSpan ? (input.end as number) : DEFAULT_WORKING_HOURS.end,
  };
}

/** Calendar fields of an instant in a zone. */
export function wallClockOf(at: number, timeZone: string) {
  const date = new TZDate(at, timeZone);
  return {
    year: date.getFullYear(),
    month: date.getMonth(),
    day: date.getDate(),
    weekday: date.getDay(),
    minuteOfDay: date.getHours() * 60 + date.getMinutes(),
  };
}

/** The instant of a wall-clock time; a time that DST skips resolves to the same offset after the gap. */
export function instantOf(
  fields: { year: number; month: number; day: number },
  minuteOfDay: number,
  timeZone: string,
): number {
  return new TZDate(
    fields.year,
    fields.month,
    fields.day,
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
    timeZone,
  ).getTime();
}

interface WorkingWindow {
  from: number;
  to: number;
}

/** The calendar day `offset` days after the one containing `at`, with its working window if it has one. */
function dayAfter(at: number, offset: number, calendar: WorkCalendar) {
  const today = wallClockOf(at, calendar.timeZone);
  const fields = wallClockOf(
    instantOf({ ...today, day: today.day + offset }, 12 * 60, calendar.timeZone),
    calendar.timeZone,
  );
  const window: WorkingWindow | undefined = calendar.days.has(fields.weekday)
    ? {
        from: instantOf(fields, calendar.start, calendar.timeZone),
        to: instantOf(fields, calendar.end, calendar.timeZone),
      }
    : undefined;
  return { fields, window };
}

/** The working windows from the day of `at` on, in order (at most MAX_DAYS_SCANNED days). */
function* workingWindowsFrom(at: number, calendar: WorkCalendar): Generator<WorkingWindow> {
  for (let offset = 0; offset < MAX_DAYS_SCANNED; offset++) {
    const { window } = dayAfter(at, offset, calendar);
    if (window && window.to > window.from) yield window;
  }
}

export function isWithinWorkingHours(at: number, calendar: WorkCalendar): boolean {
  const { window } = dayAfter(at, 0, calendar);
  return window !== undefined && at >= window.from && at < window.to;
}

/** `minutes` of working time after `now`: time outside the working windows does not count. */
export function addWorkingMinutes(now: number, minutes: number, calendar: WorkCalendar): number {
  let remaining = Math.max(0, minutes) * MINUTE;
  for (const window of workingWindowsFrom(now, calendar)) {
    const from = Math.max(now, window.from);
    if (from >= window.to) continue;
    if (remaining <= window.to - from) return from + remaining;
    remaining -= window.to - from;
  }
  return now + Math.max(0, minutes) * MINUTE;
}

/** The end of the working day `now` is in, or of the next working day when today's is over or not one. */
export function endOfWorkingDay(now: number, calendar: WorkCalendar): number {
  for (const window of workingWindowsFrom(now, calendar)) {
    if (now < window.to) return window.to;
  }
  return now;
}

/**
 * The first working day after today, at today's time of day clamped into working hours: Tuesday 14:00 gives
 * Wednesday 14:00, Friday 14:00 gives Monday 14:00, Tuesday 20:00 gives Wednesday 17:00, Saturday 10:00
 * gives Monday 10:00. Built from wall-clock fields, so a DST change in between does not shift the hour.
 */
export function nextWorkingDaySameTime(now: number, calendar: WorkCalendar): number {
  const { minuteOfDay } = wallClockOf(now, calendar.timeZone);
  const clamped = Math.min(Math.max(minuteOfDay, calendar.start), calendar.end);
  for (let offset = 1; offset < MAX_DAYS_SCANNED; offset++) {
    const { fields, window } = dayAfter(now, offset, calendar);
    if (window) return instantOf(fields, clamped, calendar.timeZone);
  }
  return now + DAY_MINUTES * MINUTE;
}

/** Applies nextWorkingDaySameTime `count` times: "in 3 working days". */
export function addWorkingDays(now: number, count: number, calendar: WorkCalendar): number {
  let at = now;
  for (let i = 0; i < count; i++) at = nextWorkingDaySameTime(at, calendar);
  return at;
}

/** Midnight ending the calendar day of `now` in the zone: the boundary between "today" and "upcoming". */
export function endOfCalendarDay(now: number, timeZone: string): number {
  const today = wallClockOf(now, timeZone);
  return instantOf({ ...today, day: today.day + 1 }, 0, timeZone);
}
