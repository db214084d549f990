/**
 * Ticket and order ids, and emails, found by regex in page text and URLs (SITES.md §4.5). Keywords cover the
 * eight languages Tactful supports (en es ru ar hu de fr pt); the result is shown as an editable suggestion.
 */

/** An id: at least three digits, optionally with letters and dashes (#1007, A-99812, 402-3398123-5560011). */
const idPattern = String.raw`#?(?=[A-Z0-9-]*\d{3})[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?`;

/** Filler allowed between a keyword and its id: "number", "no.", "n°", "nº", "№", "nr", "#", ":", "de"… */
const filler = String.raw`(?:\s*(?:number|num\.?|no\.?|nr\.?|n\.?\s?[°º]|№|#|:|-|is|was|ist|est|é|es|de|del|do|da|du|számú|száma|رقم|номер|№)\s*){0,3}\s*`;

const orderKeywords = [
  String.raw`orders?`, // en
  String.raw`purchase`, // en
  String.raw`pedidos?`, // es, pt
  String.raw`orden`, // es
  String.raw`compra`, // es, pt
  String.raw`encomendas?`, // pt
  String.raw`commandes?`, // fr
  String.raw`bestell(?:ung|nummer)(?:en)?`, // de
  String.raw`auftrag(?:snummer)?`, // de
  String.raw`заказ[а-я]*`, // ru: заказ, заказа, заказу, номер заказа
  // ar: طلب, الطلب, طلبي, and with attached conjunctions/prepositions: والطلب, بطلبي, للطلب
  String.raw`(?:[وف])?(?:[بلك])?(?:ال|ل)?طلب(?:ي|ية|ك|نا)?`,
  String.raw`rendelés[a-záéíóöőúüű]*`, // hu: rendelés, rendelésem, rendelésszám
];

const ticketKeywords = [
  String.raw`tickets?`, // en, es, fr, de, pt
  String.raw`case`, // en (Salesforce)
  String.raw`request`, // en
  String.raw`incident`, // en, fr
  String.raw`caso`, // es, pt
  String.raw`solicitud`, // es
  String.raw`chamado`, // pt
  String.raw`solicitação`, // pt
  String.raw`demande`, // fr
  String.raw`anfrage`, // de
  String.raw`vorgang`, // de
  String.raw`заявк[а-я]*`, // ru
  String.raw`обращени[а-я]*`, // ru
  String.raw`тикет[а-я]*`, // ru
  String.raw`(?:[وف])?(?:[بلك])?(?:ال|ل)?تذكرة`, // ar, with attached conjunctions/prepositions
  String.raw`(?:hiba)?jegy[a-záéíóöőúüű]*`, // hu
  String.raw`bejelentés[a-záéíóöőúüű]*`, // hu
];

function keywordIdPattern(keywords: readonly string[]): RegExp {
  // \b does not work around Cyrillic or Arabic letters in JS, so the keyword start is a lookbehind on letters.
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${keywords.join('|')})${filler}(${idPattern})`, 'giu');
}

const orderPattern = keywordIdPattern(orderKeywords);
const ticketPattern = keywordIdPattern(ticketKeywords);
// Hungarian puts the number first: "a #4471-es rendelésem", "4471 számú rendelés".
const hungarianOrderFirst = new RegExp(String.raw`(${idPattern})(?:-[aeoöáé]s|\s+számú)?\s+rendelés`, 'giu');

/** Hungarian attaches case endings to numbers with a hyphen: "a 4471-es rendelés", "4471-re", "4471-ben". */
const hungarianSuffix =
  /(?<=\d)-(?:[aeoöáé]s|[aeoöáé]t|ban|ben|ba|be|ra|re|nak|nek|tól|től|ról|ről|hoz|hez|höz|on|en|ön|val|vel)$/iu;

function clean(id: string): string {
  return id.replace(/^#/, '').replace(hungarianSuffix, '').replace(/-+$/, '');
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** Order ids mentioned in `text`, in order of appearance, without duplicates. */
export function findOrderIds(text: string): string[] {
  const found: { at: number; id: string }[] = [];
  for (const match of text.matchAll(orderPattern))
    if (match[1]) found.push({ at: match.index, id: clean(match[1]) });
  for (const match of text.matchAll(hungarianOrderFirst)) {
    if (match[1]) found.push({ at: match.index, id: clean(match[1]) });
  }
  return unique(found.sort((a, b) => a.at - b.at).map((entry) => entry.id));
}

/** The first ticket/case id mentioned in `text` ("Ticket #4821", "Caso 00012345", "Заявка № 5521"). */
export function findTicketId(text: string): string | null {
  for (const match of text.matchAll(ticketPattern)) if (match[1]) return clean(match[1]);
  return null;
}

/**
 * "#4821" style ids in a heading or title, when no keyword precedes them; the numero sign ("n° 4512", "№ 4512")
 * is the same mark in French, Spanish, Portuguese and Russian headings ("Demande de contact n° 4512"). Issue
 * trackers and service desks (Jira, YouTrack) title a request with its project key in brackets: "[SD-3307]".
 */
export function findHashId(text: string): string | null {
  const hashed = /(?<![\p{L}\p{N}&])(?:#|№\s?|n[°º]\s?)(\d{3,})\b/iu.exec(text)?.[1];
  return hashed ?? /\[([A-Z][A-Z0-9]{1,9}-\d{1,7})\]/u.exec(text)?.[1] ?? null;
}

/** The last numeric path segment of at least three digits (/agent/tickets/4821, /conversation/12/345). */
export function lastNumericPathSegment(url: URL): string | null {
  const segments = url.pathname.split('/').filter((segment) => /^\d{3,}$/.test(segment));
  return segments.at(-1) ?? null;
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** Email addresses in `text`, in order, lower-cased, without duplicates. */
export function findEmails(text: string): string[] {
  return unique(
    Array.from(text.matchAll(emailPattern), (match) => match[0].toLowerCase().replace(/\.$/, '')),
  );
}
