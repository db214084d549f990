/**
 * Checks what arrives from the panel before anything is stored. Unknown fields are dropped, which is also
 * how a stray `message` or `text` field from a caller can never put customer text into the database.
 */
import { z } from 'zod';
import type { NewReminder } from '../messaging/protocol';
import type { WorkingHours } from '../storage/settings';
import { NOTE_MAX_LENGTH } from './types';
import { isValidTimeZone } from './working-time';

const NAME_MAX_LENGTH = 120;
const ID_MAX_LENGTH = 200;
const URL_MAX_LENGTH = 2048;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Only http(s) tickets: opening a reminder must never run a `javascript:` or `data:` URL. */
export function isTicketUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > URL_MAX_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Blank optional strings are stored as absent rather than as "". */
const optionalText = (max: number) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max))
    .optional()
    .transform((value) => (value ? value : undefined));

const newReminderSchema = z.object({
  ticketUrl: z.string().refine(isTicketUrl, 'the ticket link must be an http(s) URL'),
  site: z.string().trim().min(1, 'the site is missing').max(ID_MAX_LENGTH),
  dueAt: z.number().refine(Number.isFinite, 'the due time must be a date'),
  customerName: optionalText(NAME_MAX_LENGTH),
  scenario: optionalText(ID_MAX_LENGTH),
  templateId: optionalText(ID_MAX_LENGTH),
  note: optionalText(NOTE_MAX_LENGTH),
});

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.');
      if (issue.code === 'too_big' && field === 'note') {
        return `the note is longer than ${NOTE_MAX_LENGTH} characters`;
      }
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export function checkNewReminder(input: unknown): Checked<NewReminder> {
  const parsed = newReminderSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: `Cannot save the reminder: ${describeIssues(parsed.error)}.` };
  return { ok: true, value: parsed.data };
}

/**
 * Checks working hours from the settings form before they are saved, with one message per problem. The
 * deadline code copes with anything (toWorkCalendar), but the agent should hear what was wrong.
 */
export function checkWorkingHours(input: unknown): Checked<WorkingHours> {
  const hours = (typeof input === 'object' && input !== null ? input : {}) as Partial<
    Record<keyof WorkingHours, unknown>
  >;
  const problems: string[] = [];
  const days = Array.isArray(hours.days)
    ? [
        ...new Set(hours.days.filter((day): day is number => Number.isInteger(day) && day >= 0 && day <= 6)),
      ].sort((a, b) => a - b)
    : [];
  if (days.length === 0) problems.push('pick at least one working day');
  const isMinute = (value: unknown): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 24 * 60;
  if (!isMinute(hours.start) || !isMinute(hours.end)) problems.push('enter a start and an end time');
  else if (hours.start >= hours.end) problems.push('the working day must end after it starts');
  const timeZone = typeof hours.timeZone === 'string' ? hours.timeZone.trim() : '';
  if (timeZone !== '' && !isValidTimeZone(timeZone)) problems.push(`"${timeZone}" is not a time zone`);
  if (problems.length > 0) return { ok: false, error: `Cannot save working hours: ${problems.join('; ')}.` };
  return { ok: true, value: { timeZone, days, start: hours.start as number, end: hours.end as number } };
}
