/**
 * Reading one message block on a page no adapter knows: its body text without the author line, timestamp and
 * quoted history, its author and email, and its role. Site adapters reuse it when their own selectors miss.
 */
import type { ConversationMessage, MessageRole } from '../types';
import { composedChildren } from '../dom/composed';
import { normalizeText, readLine, readText } from '../dom/text';
import { isTeamName } from '../extract/people';
import { classifyMessageBlock } from '../extract/roles';
import {
  fromLabel,
  isWrittenLikeAName,
  leadingAuthorLine,
  readBlockAuthor,
  type HeaderAction,
} from './block-author';
import { descendants, isMessageMetadata } from './metadata';
import { withoutQuotedHistory } from './quoted-history';

export { readBlockAuthor, type BlockAuthor } from './block-author';
export { isMessageMetadata } from './metadata';

function longestCell(row: Element): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const cell of composedChildren(row)) {
    const length = (cell.textContent ?? '').trim().length;
    if (length > bestLength) {
      best = cell;
      bestLength = length;
    }
  }
  return best;
}

/** The message's own words: the longest cell of a table row, else the block without its metadata. */
export function readBlockBody(block: Element): string {
  // A read-only field showing a submitted message: its value is what the page shows, even when set by script.
  if (block.localName === 'textarea') return normalizeText((block as HTMLTextAreaElement).value);
  if (block.localName === 'tr') {
    const cell = longestCell(block);
    if (cell) return readText(cell, { skipQuotes: true });
  }
  const body = readText(block, { skipQuotes: true, exclude: isMessageMetadata });
  return body || readText(block, { skipQuotes: true });
}

function readBlockTime(block: Element): string | undefined {
  const time = block.querySelector('time, [datetime]');
  return time?.getAttribute('datetime') ?? (readLine(time) || undefined);
}

/** Author labels that name a side, as chat logs print them ("Customer: …", "You: …"), in the 8 languages. */
const customerLabels = new RegExp(
  '^(?:customer|client|visitor|user|guest|cliente|visitante|usuario|usuário|visiteur|utilisateur|kunde|kundin|' +
    'besucher|benutzer|клиент|клиентка|посетитель|пользователь|عميل|العميل|زائر|مستخدم|ügyfél|vásárló|' +
    'látogató|felhasználó)\\s*[:：]',
  'iu',
);
const agentLabels = new RegExp(
  '^(?:you|me|agent|support|operator|agente|operador|atendente|soporte|suporte|vous|moi|opérateur|du|sie|ich|' +
    'mitarbeiter|вы|я|оператор|поддержка|أنت|أنا|الدعم|ön|én|ügyintéző|ügyfélszolgálat)\\s*[:：]',
  'iu',
);

/** Markers and layout first; else a leading "Customer:" / "You:" label, which is then not part of the text. */
function roleAndText(block: Element, container: Element, text: string): { role: MessageRole; text: string } {
  const role = classifyMessageBlock(block, container);
  if (role !== 'unknown') return { role, text };
  for (const [labels, labelled] of [
    [customerLabels, 'customer'],
    [agentLabels, 'agent'],
  ] as const) {
    const label = labels.exec(text);
    if (label) return { role: labelled, text: text.slice(label[0].length).trim() || text };
  }
  return { role: 'unknown', text };
}

/** A line of only a date or time ("24.11.2026", "10:15", "11/21/2026 09:05"). */
const dateOnlyLine = /^[\d\s.:/,–-]+(?:[ap]\.?m\.?)?$/iu;

const timeToken = /\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\b\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\b/giu;

/** "MJ" (avatar initials) or "Maya Johnson Today 08:03": a header line of initials, or a name and a time. */
function isNameAndTimeLine(line: string): boolean {
  if (/^\p{Lu}{1,3}$/u.test(line)) return true;
  const withoutTimes = line.replace(timeToken, ' ').replace(/\s+/g, ' ').trim();
  return withoutTimes !== line && withoutTimes.length > 0 && isWrittenLikeAName(withoutTimes);
}

/**
 * The sender's name, a "From:" line, a bare date or a name with a time heading the block are the page's header,
 * not what the customer wrote (they would also sway the tone and the language). The last line always stays.
 */
function withoutHeaderLines(text: string, nameLine: string | undefined): string {
  let rest = text;
  // Inline name and text ("<span>Jonas Weber</span><span>Hello…</span>") run together on one line.
  if (nameLine && rest.startsWith(nameLine) && rest.length > nameLine.length)
    rest = rest.slice(nameLine.length).trim();
  const lines = rest.split('\n');
  let start = 0;
  while (start < lines.length - 1) {
    const line = (lines[start] ?? '').trim();
    if (line !== '' && !fromLabel.test(line) && !dateOnlyLine.test(line) && !isNameAndTimeLine(line)) break;
    start += 1;
  }
  return lines.slice(start).join('\n').trim() || text;
}

/**
 * Badges service desks put on an entry only the team sees ("Internal note", "Nota interna", "Interne Notiz"),
 * in the 8 languages: a whole label of its own, never words inside the text.
 */
const noteBadge = new RegExp(
  '^(?:internal(?: note| comment)?|private (?:note|comment)|nota (?:interna|privada)|comentario interno|' +
    'comentário interno|note (?:interne|privée)|commentaire interne|interne notiz|interner kommentar|' +
    'внутренн(?:яя заметка|ий комментарий)|belső megjegyzés|ملاحظة داخلية)$',
  'iu',
);

const hasNoteBadge = (block: Element) =>
  descendants(block)
    .slice(0, 60)
    .some((element) => element.childElementCount === 0 && noteBadge.test(readLine(element)));

/**
 * The role of an entry from what the page writes: an entry badged or headed as a note is one wherever it sits
 * (a feed's layout may put notes on the customer's side); where nothing marks a side, a sender named like the
 * business ("Acme Support") is the agent, and the one who opened the ticket is the customer.
 */
function roleFromWording(
  block: Element,
  marked: MessageRole,
  author: string | undefined,
  action: HeaderAction | undefined,
): MessageRole {
  if (action === 'note' || hasNoteBadge(block)) return 'note';
  if (marked !== 'unknown') return marked;
  if (isTeamName(author)) return 'agent';
  return action === 'opener' ? 'customer' : 'unknown';
}

/** One generic message from a block of a list found by structure. */
export function readMessageBlock(
  block: Element,
  container: Element,
  role?: MessageRole,
): ConversationMessage | null {
  const body = readBlockBody(block);
  if (!body) return null;
  const at = readBlockTime(block);
  const author = readBlockAuthor(block);
  const read = role ? { role, text: body } : roleAndText(block, container, body);
  const header = leadingAuthorLine(block);
  const found = role ? read.role : roleFromWording(block, read.role, author.author, header?.action);
  const text = withoutQuotedHistory(withoutHeaderLines(read.text, header?.line));
  return {
    role: found,
    text,
    ...author,
    ...(at && { at }),
    element: block,
  };
}
