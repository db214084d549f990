/**
 * Quoted history in mails that came in as plain text: no <blockquote> to leave out, only "> " lines under an
 * attribution line ("On Mon, … wrote:", "Le … a écrit :"), or Outlook's "From: / Sent: / To:" header over the
 * agent's earlier reply, and the customer's signature. They repeat the agent's words under the customer's and
 * would sway the tone, the language and the suggestions.
 */

/** "On … wrote:" in the 8 languages, as mail clients write it above a quote. */
const attribution = new RegExp(
  '^(?:on\\s.*\\swrote|le\\s.*\\sa écrit|am\\s.*\\sschrieb.*|el\\s.*\\sescribió|em\\s.*\\sescreveu|.*\\sпишет|' +
    '.*\\sírta|.*\\sكتب)\\s*[:：]?$',
  'iu',
);

const isQuoted = (line: string) => line.trimStart().startsWith('>');

/**
 * `text` without a quote block that runs to its end (and the attribution line above it). A reply written
 * between quoted lines is kept whole: there the quotes are part of what the customer answers.
 */
export function withoutPlainQuotes(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex(isQuoted);
  if (first < 0 || !lines.slice(first).every((line) => isQuoted(line) || line.trim() === '')) return text;
  let cut = first;
  while (cut > 0 && (lines[cut - 1] ?? '').trim() === '') cut -= 1;
  if (cut > 0 && attribution.test((lines[cut - 1] ?? '').trim())) cut -= 1;
  return lines.slice(0, cut).join('\n').trim() || text;
}

/** Outlook's quote header, in the 8 languages: a sender line, then within three lines a sent-date line. */
const headerFrom = /^(?:from|de|von|от|من|feladó|expéditeur|remetente)\s*[:：]/iu;
const headerSent =
  /^(?:sent|date|enviado|enviada em|envoyé|gesendet|datum|data|отправлено|дата|elküldve|dátum|أرسل|التاريخ)\s*[:：]/iu;
/** "-----Original Message-----", "________________": the rule some clients draw above that header. */
const headerRule = /^(?:-{3,}.*-{3,}|_{5,})$/u;

function withoutOutlookQuote(lines: string[]): string[] {
  const at = lines.findIndex(
    (line, index) =>
      index > 0 &&
      headerFrom.test(line.trim()) &&
      lines.slice(index + 1, index + 4).some((next) => headerSent.test(next.trim())),
  );
  if (at < 0) return lines;
  const cut = at > 1 && headerRule.test((lines[at - 1] ?? '').trim()) ? at - 1 : at;
  return lines.slice(0, cut);
}

/** The customer's words without a signature under the "-- " delimiter mail clients write above it. */
function withoutSignature(lines: string[]): string[] {
  const at = lines.findIndex((line, index) => index > 0 && line.trim() === '--');
  return at < 0 ? lines : lines.slice(0, at);
}

/** `text` without the quoted history and signature that follow what the customer wrote this time. */
export function withoutQuotedHistory(text: string): string {
  const lines = withoutSignature(withoutOutlookQuote(withoutPlainQuotes(text).split('\n')));
  return lines.join('\n').trim() || text;
}
