/**
 * Reading one message block on a page no adapter knows: its body text without the author line, timestamp and
 * quoted history, its author and email, and its role. Site adapters reuse it when their own selectors miss.
 */
import type { ConversationMessage, MessageRole } from '../types';
import { composedChildren } from '../dom/composed';
import { normalizeText, readLine, readText } from '../dom/text';
import { findEmails } from '../extract/ids';
import { parseNameAndEmail, type NameAndEmail } from '../extract/people';
import { classifyMessageBlock, splitWords } from '../extract/roles';

const metadataWords = new Set(['time', 'timestamp', 'date', 'datetime', 'avatar', 'author', 'sender', 'byline',
  'from', 'name', 'username', 'meta', 'metadata', 'status', 'receipt', 'header', 'heading', 'actions',
  'toolbar', 'reactions', 'signature', 'head']); // prettier-ignore
const metadataTags = new Set(['time', 'header', 'cite', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const authorWords = new Set(['author', 'sender', 'from', 'name', 'byline', 'username', 'requester']);

/** Author lines, timestamps and the like inside a message block. */
export function isMessageMetadata(element: Element): boolean {
  if (metadataTags.has(element.localName)) return true;
  return splitWords(element.getAttribute('class') ?? '').some((word) => metadataWords.has(word));
}

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

/** Light DOM first, then the block's own shadow root (web-component messages). */
function descendants(block: Element): Element[] {
  return [
    ...Array.from(block.querySelectorAll('*')),
    ...Array.from(block.shadowRoot?.querySelectorAll('*') ?? []),
  ];
}

function findAuthorElement(block: Element): Element | null {
  const selector = '[data-author], [data-sender], [itemprop="author"], cite';
  const marked = block.querySelector(selector) ?? block.shadowRoot?.querySelector(selector);
  if (marked) return marked;
  for (const element of descendants(block).slice(0, 200)) {
    if (splitWords(element.getAttribute('class') ?? '').some((word) => authorWords.has(word))) return element;
  }
  return null;
}

export interface BlockAuthor {
  author?: string;
  authorEmail?: string;
}

/** "From:" as mail-like tickets label the sender, in the 8 languages ("De:" is es, fr and pt). */
const fromLabel =
  /^(?:from|sender|de|von|absender|от|отправитель|من|المرسل|feladó|remitente|expéditeur|remetente)\s*[:：]\s*/iu;

/** The sender on a "From: Name <email> · date" line in the block's header or first lines. */
function fromLineOf(block: Element, metadata: readonly Element[]): NameAndEmail {
  const lines = [...metadata.map(readLine), ...readText(block).split('\n').slice(0, 3)];
  for (const line of lines) {
    const label = fromLabel.exec(line);
    // What follows the sender on the same line (a date, a channel) is set off by a dot or a bar.
    if (label) return parseNameAndEmail(line.slice(label[0].length).split(/\s[·•|]\s/)[0]);
  }
  return {};
}

const avatarWords = new Set(['avatar', 'photo', 'picture', 'pic', 'userpic', 'profile', 'face']);

/**
 * Chat apps without author lines still show the sender's picture, with their name as its alt text. Only a
 * picture beside the text (a direct child of the row) or one named like an avatar: images in the message body
 * are the customer's content.
 */
function avatarNameOf(block: Element): NameAndEmail {
  for (const image of Array.from(block.querySelectorAll('img[alt], [role="img"][aria-label]')).slice(0, 4)) {
    const words = [image, image.parentElement].flatMap((node) =>
      splitWords(node?.getAttribute('class') ?? ''),
    );
    if (image.parentElement !== block && !words.some((word) => avatarWords.has(word))) continue;
    const parsed = parseNameAndEmail(image.getAttribute('alt') ?? image.getAttribute('aria-label'));
    if (parsed.name) return { name: parsed.name };
  }
  return {};
}

/** Author name and email from the block's author line, data attributes or mailto links. */
export function readBlockAuthor(block: Element): BlockAuthor {
  const ownAttribute = ['data-author', 'author', 'data-sender', 'sender']
    .map((name) => block.getAttribute(name))
    .find(Boolean);
  const element = findAuthorElement(block);
  const attributeName = element?.getAttribute('data-author') ?? element?.getAttribute('data-sender') ?? '';
  let parsed = parseNameAndEmail(ownAttribute);
  if (!parsed.name) parsed = { ...parseNameAndEmail(attributeName || readLine(element)), ...parsed };
  const mailto = block.querySelector('a[href^="mailto:"]')?.getAttribute('href')?.slice(7).split('?')[0];
  const metadata = descendants(block).filter(isMessageMetadata).slice(0, 10);
  const headerText = metadata
    .map(
      (node) =>
        `${node.getAttribute('title') ?? ''} ${node.getAttribute('data-email') ?? ''} ${node.textContent ?? ''}`,
    )
    .join(' ');
  if (!parsed.name) parsed = { ...fromLineOf(block, metadata), ...parsed };
  if (!parsed.name) parsed = { ...avatarNameOf(block), ...parsed };
  const email = parsed.email ?? (mailto ? mailto.toLowerCase() : findEmails(headerText)[0]);
  return { ...(parsed.name && { author: parsed.name }), ...(email && { authorEmail: email }) };
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

/** One generic message from a block of a list found by structure. */
export function readMessageBlock(
  block: Element,
  container: Element,
  role?: MessageRole,
): ConversationMessage | null {
  const body = readBlockBody(block);
  if (!body) return null;
  const at = readBlockTime(block);
  const { role: found, text } = role ? { role, text: body } : roleAndText(block, container, body);
  return {
    role: found,
    text,
    ...readBlockAuthor(block),
    ...(at && { at }),
    element: block,
  };
}
