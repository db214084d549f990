/**
 * Splits a template body into literal text and `{{path}}`, `{{path|fallback}}`, `{{path|format}}` or
 * `{{path|format|fallback}}` slots. The renderer and the file validator share this one reading, so what
 * validates is exactly what renders. It never throws: anything malformed comes back as a problem and as
 * literal text.
 */
import {
  DATE_PATHS,
  PLACEHOLDER_PATHS,
  canonicalPath,
  isPlaceholderFormat,
  type PlaceholderFormat,
} from './vocabulary';
import { editDistance } from '../text/edit-distance';

export interface Placeholder {
  /** Offsets of the whole `{{…}}` in the body. */
  start: number;
  end: number;
  /** As written, for messages. */
  raw: string;
  /** Canonical path, or the written one when unknown (the renderer reports it as missing). */
  path: string;
  isKnownPath: boolean;
  format?: PlaceholderFormat;
  /** Text used when the value is absent; '' renders nothing (and the renderer tidies around it). */
  fallback?: string;
}

export interface PlaceholderProblem {
  /** Offset in the body. */
  index: number;
  message: string;
}

export type BodyPart = string | Placeholder;

export interface ScannedBody {
  parts: BodyPart[];
  placeholders: Placeholder[];
  problems: PlaceholderProblem[];
}

const OPEN = '{{';
const CLOSE = '}}';

function closestPath(written: string): string | undefined {
  if (written.length > 40) return undefined;
  const ranked = PLACEHOLDER_PATHS.map((path) => ({
    path,
    distance: editDistance(written.toLowerCase(), path.toLowerCase()),
  })).sort((a, b) => a.distance - b.distance);
  const best = ranked[0];
  return best && best.distance <= 4 ? best.path : undefined;
}

function readSlot(body: string, start: number, end: number, problems: PlaceholderProblem[]): Placeholder {
  const raw = body.slice(start, end);
  const [written = '', ...rest] = body.slice(start + OPEN.length, end - CLOSE.length).split('|');
  const pathText = written.trim();
  const path = canonicalPath(pathText);
  const slot: Placeholder = { start, end, raw, path: path ?? pathText, isKnownPath: Boolean(path) };
  if (!pathText) problems.push({ index: start, message: `empty placeholder ${raw}` });
  else if (!path) {
    const guess = closestPath(pathText);
    const hint = guess ? ` (did you mean {{${guess}}}?)` : ` (known: ${PLACEHOLDER_PATHS.join(', ')})`;
    problems.push({ index: start, message: `unknown placeholder ${raw}${hint}` });
  } else if (path !== pathText) {
    problems.push({ index: start, message: `placeholder ${raw} should be written {{${path}}}` });
  }

  // The first segment is a format when it names one, the fallback otherwise; a format may be followed by a
  // fallback. Fallback text keeps its inner spaces but not the ones next to the bars.
  const [first, second] = rest;
  const isFormatFirst = first !== undefined && isPlaceholderFormat(first.trim());
  if (isFormatFirst) {
    slot.format = first.trim() as PlaceholderFormat;
    if (second !== undefined) slot.fallback = second.trim();
  } else if (first !== undefined) {
    slot.fallback = first.trim();
  }
  if (rest.length > (isFormatFirst ? 2 : 1)) {
    problems.push({
      index: start,
      message: `too many "|" segments in ${raw} (use {{path|format|fallback}})`,
    });
  }
  if (slot.format && path && !DATE_PATHS.has(path)) {
    problems.push({ index: start, message: `format "${slot.format}" applies only to dates, not to ${path}` });
  }
  return slot;
}

/** The body with every `{{…}}` slot blanked out: the words a reply is written in, for indexing and matching. */
export function withoutPlaceholders(body: string): string {
  return body.replace(/\{\{[^}]*\}\}/g, ' ');
}

export function scanPlaceholders(body: string): ScannedBody {
  const parts: BodyPart[] = [];
  const placeholders: Placeholder[] = [];
  const problems: PlaceholderProblem[] = [];
  let cursor = 0;
  let literal = '';

  while (cursor < body.length) {
    const open = body.indexOf(OPEN, cursor);
    const strayClose = body.indexOf(CLOSE, cursor);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      problems.push({ index: strayClose, message: '"}}" without a matching "{{"' });
    }
    if (open === -1) break;
    const close = body.indexOf(CLOSE, open + OPEN.length);
    const nestedOpen = body.indexOf(OPEN, open + OPEN.length);
    const lineEnd = body.indexOf('\n', open);
    const isUnclosed =
      close === -1 || (nestedOpen !== -1 && nestedOpen < close) || (lineEnd !== -1 && lineEnd < close);
    if (isUnclosed) {
      problems.push({ index: open, message: '"{{" is not closed with "}}" on the same line' });
      literal += body.slice(cursor, open + OPEN.length);
      cursor = open + OPEN.length;
      continue;
    }
    literal += body.slice(cursor, open);
    if (literal) parts.push(literal);
    literal = '';
    const slot = readSlot(body, open, close + CLOSE.length, problems);
    parts.push(slot);
    placeholders.push(slot);
    cursor = close + CLOSE.length;
  }
  literal += body.slice(cursor);
  if (literal) parts.push(literal);
  return { parts, placeholders, problems };
}
