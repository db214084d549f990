/**
 * Page values (names, ids) are untrusted text. Before they go into a reply they lose what could change how
 * the text around them reads or renders: control characters, bidi overrides and isolates (an RTL override in
 * a name would reverse the rest of the line), line breaks (a name cannot start a new paragraph), and runs of
 * braces (a value never reads as a placeholder). Length is capped so a 10,000-character "name" stays a name.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const BRACES = /\{{2,}|\}{2,}/g;

export const MAX_VALUE_CHARS = 120;

export function cleanValue(value: unknown, maxChars = MAX_VALUE_CHARS): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  let text = String(value)
    .slice(0, maxChars * 4)
    .replace(CONTROL, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(BRACES, (run) => run[0] ?? '')
    .trim();
  if (text.length > maxChars) {
    // Cut at a word boundary when there is one, never inside a surrogate pair.
    const cut = Array.from(text).slice(0, maxChars).join('');
    const space = cut.lastIndexOf(' ');
    text = `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return text;
}
