/**
 * Where in a draft the greeting and the closing are. Email-style drafts have lines; chat-style drafts are
 * one paragraph, where the first and last sentences play those parts.
 */
export interface Span {
  start: number;
  end: number;
}

const MAX_GREETING_CHARS = 160;
const MAX_CLOSING_CHARS = 300;
const CLOSING_LINES = 4;

function nonEmptyLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const leading = line.length - line.trimStart().length;
      lines.push({ start: start + leading, end: start + line.trimEnd().length });
    }
    start = end + 1;
  }
  return lines;
}

/**
 * A subject or reference line above the greeting ("Re: Order #4821", "Betreff: …", "Тема: …", "Ticket #4821"),
 * as agents paste it into email replies.
 */
const HEADER_LINE =
  /^\s*(?:(?:re|fw|fwd|aw|wg|tr|rv|res|enc|subject|betreff|asunto|assunto|objet|тема|الموضوع|tárgy|ref)\s*:|(?:ticket|case|order|pedido|commande|bestellung|заказ|rendelés)?\s*#\s*\d+\s*$)/i;

/** The lines from the greeting on: leading subject or reference lines left out. */
function replyLines(text: string): Span[] {
  const lines = nonEmptyLines(text);
  const greeting = lines.findIndex((line) => !HEADER_LINE.test(text.slice(line.start, line.end)));
  return greeting > 0 ? lines.slice(greeting) : lines;
}

/** The first line, or its first sentence when the line is long (a chat reply with no line breaks). */
export function greetingZone(text: string): Span {
  const first = replyLines(text)[0];
  if (!first) return { start: 0, end: 0 };
  const line = text.slice(first.start, first.end);
  if (line.length <= MAX_GREETING_CHARS) return first;
  const sentenceEnd = /[.!?؟](\s|$)/.exec(line.slice(0, MAX_GREETING_CHARS));
  return {
    start: first.start,
    end: first.start + (sentenceEnd ? sentenceEnd.index + 1 : MAX_GREETING_CHARS),
  };
}

/** The last few lines (sign-off and signature), or the last sentences of a one-paragraph draft. */
export function closingZone(text: string): Span {
  const lines = replyLines(text);
  const last = lines[lines.length - 1];
  if (!last) return { start: 0, end: 0 };
  const first = lines[Math.max(0, lines.length - CLOSING_LINES)] ?? last;
  // Never reach back into the greeting line of a short draft.
  const from = lines.length > 1 ? Math.max(first.start, (lines[0]?.end ?? 0) + 1) : first.start;
  return { start: Math.max(from, last.end - MAX_CLOSING_CHARS), end: last.end };
}

/** Where a missing sentence goes: after the greeting line, or at the start. */
export function afterGreeting(text: string): number {
  const lines = replyLines(text);
  const second = lines[1];
  return second ? second.start : (lines[0]?.end ?? 0);
}

export function countNumberedLines(text: string): number {
  return text.split('\n').filter((line) => /^\s*\d{1,2}[.)]\s+\S/.test(line)).length;
}
