/** Cleaning up names as pages show them: "María García <maria@example.com>", "Anna (Customer)", "via Email". */
import { findEmails } from './ids';

export interface NameAndEmail {
  name?: string;
  email?: string;
}

/** Splits "Name <email>" and strips role labels and quotes; returns nothing for labels that are not names. */
export function parseNameAndEmail(raw: string | null | undefined): NameAndEmail {
  if (!raw) return {};
  const email = findEmails(raw)[0];
  const name = raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, ' ')
    .replace(/\((?:customer|end-user|requester|cliente|client|kunde|клиент|عميل|ügyfél)\)/giu, ' ')
    .replace(/\s+via\s+\S+.*$/i, '')
    .replace(/^["'“”«»\s:,-]+|["'“”«»\s:,-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { ...(isPlausibleName(name) && { name }), ...(email && { email }) };
}

/** A display name: 1–6 words, at most 80 characters, not a UI label or a bare number. */
export function isPlausibleName(value: string): boolean {
  if (value.length < 2 || value.length > 80) return false;
  if (value.split(/\s+/).length > 6) return false;
  if (!/\p{L}/u.test(value)) return false;
  return !/^(?:new message|new conversation|unknown|anonymous|you|me|customer|agent|support)$/i.test(value);
}
