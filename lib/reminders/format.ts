/**
 * How due times read to the agent, always in the zone of their working hours (which may differ from the
 * computer's), and the conversion to and from a `<input type="datetime-local">` value in that zone.
 */
import { TZDate } from '@date-fns/tz';
import { format, formatDistanceStrict } from 'date-fns';
import { endOfCalendarDay, instantOf, resolveTimeZone } from './working-time';

const DAY = 86_400_000;

/** "Today 15:00", "Tomorrow 09:30", "Thu 10:00" within a week, else "3 Dec 10:00" (with the year if not this one). */
export function formatDueAt(dueAt: number, now: number, timeZone: string): string {
  const zone = resolveTimeZone(timeZone);
  if (!Number.isFinite(dueAt)) return 'no due time';
  const due = new TZDate(dueAt, zone);
  const time = format(due, 'HH:mm');
  const endOfToday = endOfCalendarDay(now, zone);
  if (dueAt < endOfToday && dueAt >= endOfToday - DAY) return `Today ${time}`;
  if (dueAt >= endOfToday && dueAt < endOfCalendarDay(endOfToday, zone)) return `Tomorrow ${time}`;
  if (dueAt > now && dueAt < endOfToday + 6 * DAY) return format(due, 'EEE HH:mm');
  const sameYear = new TZDate(now, zone).getFullYear() === due.getFullYear();
  return format(due, sameYear ? 'd MMM HH:mm' : 'd MMM yyyy HH:mm');
}

/** "overdue by 2 hours" (or "" when not overdue). */
export function formatOverdue(dueAt: number, now: number): string {
  if (!Number.isFinite(dueAt) || dueAt > now) return '';
  return `overdue by ${formatDistanceStrict(dueAt, now, { roundingMethod: 'floor' })}`;
}

/** The value for `<input type="datetime-local" step="1">` showing `at` in `timeZone`. */
export function toDateTimeInputValue(at: number, timeZone: string): string {
  if (!Number.isFinite(at)) return '';
  return format(new TZDate(at, resolveTimeZone(timeZone)), "yyyy-MM-dd'T'HH:mm:ss");
}

const dateTimeInput = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a datetime-local value means in `timeZone`, or undefined for anything that is not a real
 * date and time (empty, malformed, 31 February).
 */
export function fromDateTimeInputValue(value: string, timeZone: string): number | undefined {
  const match = dateTimeInput.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const zone = resolveTimeZone(timeZone);
  const at = instantOf({ year, month: month - 1, day }, hour * 60 + minute, zone) + second * 1000;
  // Rejects dates that roll over (31 February becomes 3 March).
  return new TZDate(at, zone).getDate() === day ? at : undefined;
}

/** "09:30" for 570 minutes after midnight, for `<input type="time">`. */
export function toTimeInputValue(minuteOfDay: number): string {
  const minutes = Math.min(Math.max(Math.round(minuteOfDay), 0), 24 * 60 - 1);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes after midnight of an `<input type="time">` value, or undefined when it is not a time. */
export function fromTimeInputValue(value: string): number | undefined {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

/** "acme.zendesk.com/agent/tickets/42": how a ticket reads where there is no customer name. */
export function formatTicketLabel(ticketUrl: string): string {
  try {
    const url = new URL(ticketUrl);
    return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return ticketUrl;
  }
}
