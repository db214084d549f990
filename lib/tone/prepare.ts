/**
 * What of a pasted message the engine should read. Instead of cutting text out, everything that is not the
 * customer's own new words (HTML tags, links, quoted earlier replies, "On … wrote:" blocks, signatures) is
 * replaced by spaces of the same length, so every evidence offset still points into the original text.
 */

type Range = [start: number, end: number];

const HTML_HINT = /<\/?[a-z!][^>]*>/i;
const HTML_TAG = /<(script|style)\b[^]*?<\/\1\s*>|<!--[^]*?-->|<\/?[a-z!][^<>]{0,2000}>/gi;
const HTML_ENTITY = /&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,6});/gi;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** A line that opens a quoted earlier message, in the eight supported languages. */
const REPLY_HEADER = new RegExp(
  [
    // "On … wrote:", "Am … schrieb Support:", "… Поддержка пишет:", "… Ügyfélszolgálat írta:", "… كتب الدعم:".
    // Letter lookarounds instead of \b, which only knows ASCII letters.
    String.raw`^.{0,200}(?<!\p{L})(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|írta|пишет|написал[аи]?|كتب)(?!\p{L}).{0,80}:\s*$`,
    String.raw`^\s*-{2,}\s*(?:original message|forwarded message|mensaje original|mensaje reenviado|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message transféré|mensagem original|mensagem encaminhada|исходное сообщение|пересылаемое сообщение|eredeti üzenet|továbbított üzenet|الرسالة الأصلية)\s*-*\s*$`,
  ].join('|'),
  'iu',
);
/** Outlook-style header block: "From: …" followed closely by "Sent: …"/"Date: …" (localised). */
const FROM_LINE = /^\s*\*?(?:from|de|von|от|feladó|remitente|من)\s*\*?\s*:/iu;
const SENT_LINE =
  /^\s*\*?(?:sent|date|enviado|fecha|gesendet|datum|envoyé|date d'envoi|data|отправлено|дата|küldve|elküldve|dátum|التاريخ|تاريخ الإرسال|أرسلت)\s*\*?\s*:/iu;
/** Mobile-client signatures and the RFC 3676 signature separator. */
const SIGNATURE_START = new RegExp(
  [
    String.raw`^-- ?$`,
    String.raw`^\s*(?:sent from my|get outlook for|enviado desde mi|enviado do meu|von meinem .{1,30} gesendet|envoyé de mon|отправлено с|az? .{1,30}(?:ról|ről) küldve|أرسلت من)`,
  ].join('|'),
  'iu',
);
/** Formulaic closings; what follows is a name and contact details, not sentiment. */
const SIGN_OFF =
  /^\s*(?:(?:best|kind|warm)(?: regards| wishes)?|regards|cheers|sincerely|yours(?: truly| sincerely)?|saludos(?: cordiales)?|atentamente|un saludo|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|lg|mfg|cordialement|bien à vous|bonne journée|atenciosamente|cumprimentos|abraços?|с уважением|всего доброго|üdvözlettel|tisztelettel|üdv|مع التحية|تحياتي|مع خالص التحية)\s*[,.!]?\s*$/iu;
const MAX_SIGNATURE_LINES = 6;

function collect(pattern: RegExp, text: string, out: Range[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
  }
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Ranges of quoted replies and signatures, found line by line. */
function quotedRanges(text: string, out: Range[]): void {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined) break;
    const next = lines[i + 1]?.text ?? '';
    // Every header form ends in ":" or is a "--" separator; most lines have neither and skip the regexes.
    const mayOpen = line.text.includes(':') || line.text.includes('--');
    const opensQuote =
      (mayOpen && REPLY_HEADER.test(line.text)) ||
      SIGNATURE_START.test(line.text) ||
      (FROM_LINE.test(line.text) && (SENT_LINE.test(next) || SENT_LINE.test(lines[i + 2]?.text ?? '')));
    if (opensQuote) {
      out.push([line.start, text.length]);
      return;
    }
    if (/^\s*>/.test(line.text)) out.push([line.start, line.end]);
    if (SIGN_OFF.test(line.text) && lines.length - i - 1 <= MAX_SIGNATURE_LINES) {
      out.push([line.start, text.length]);
      return;
    }
  }
}

/** Builds the masked copy in one pass: linear however many ranges there are. */
function applyMask(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(text.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const READABLE = /[\p{L}\p{Extended_Pictographic}]/u;

/**
 * The text to score, the same length as `text`. Markup, links and addresses are always blanked; quoted
 * replies and signatures too unless `keepQuotes`, and never when that would leave nothing to read (a message
 * that is all quote is still the customer's message).
 */
export function visibleText(text: string, keepQuotes = false): string {
  const always: Range[] = [];
  if (HTML_HINT.test(text)) {
    collect(HTML_TAG, text, always);
    collect(HTML_ENTITY, text, always);
  }
  collect(URL, text, always);
  collect(EMAIL, text, always);
  const base = applyMask(text, always);
  if (keepQuotes) return base;
  const quoted: Range[] = [];
  quotedRanges(base, quoted);
  if (quoted.length === 0) return base;
  const stripped = applyMask(base, quoted);
  return READABLE.test(stripped) ? stripped : base;
}
