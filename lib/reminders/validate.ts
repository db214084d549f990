/**
 * Checks what arrives from the panel before anything is stored. Unknown fields are dropped, which is also
 * how a stray `message` or `text` field from a caller can never put customer text into the database.
 */
import { z } from 'zod';
import type { NewReminder } from '../messaging/protocol';

export const NOTE_MAX_LENGTH = 280;
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
