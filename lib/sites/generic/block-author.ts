/**
 * Who wrote a message block on a page no adapter knows, from the most to the least explicit sign: author
 * attributes and author-named elements, a "From:" line, the sender's avatar, a short name line heading the block.
 */
import { readLine, readText } from '../dom/text';
import { findEmails } from '../extract/ids';
import { parseNameAndEmail, type NameAndEmail } from '../extract/people';
import { avatarWords, splitWords } from '../extract/roles';
import { descendants, isMessageMetadata } from './metadata';

// "actor" and "poster" are how activity feeds and forums name the writer.
const authorWords = new Set(['author', 'sender', 'from', 'name', 'byline', 'username', 'requester', 'actor',
  'poster', 'commenter', 'submitter']); // prettier-ignore

function findAuthorElement(block: Element): Element | null {
  const selector = '[data-author], [data-sender], [itemprop="author"], cite';
  const marked = block.querySelector(selector) ?? block.shadowRoot?.querySelector(selector);
  if (marked) return marked;
  const named = descendants(block)
    .slice(0, 200)
    .filter((element) =>
      splitWords(element.getAttribute('class') ?? '').some((word) => authorWords.has(word)),
    );
  // The innermost: a "poster-card" holds the "poster-name" and a rank line that is not the name.
  return (
    named.find((element) => !named.some((other) => other !== element && element.contains(other))) ?? null
  );
}

export interface BlockAuthor {
  author?: string;
  authorEmail?: string;
}

/**
 * "From:" as mail-like tickets label the sender, in the 8 languages ("De:" is es, fr and pt), and the bylines
 * forums and old helpdesks print ("Posted by", "Escrito por", "Envoyé par").
 */
export const fromLabel = new RegExp(
  '^(?:(?:from|sender|de|von|absender|от|отправитель|من|المرسل|feladó|remitente|expéditeur|remetente)\\s*[:：]|' +
    '(?:posted|written|sent|submitted|replied|answered) by|(?:publicado|escrito|enviado|respondido) por|' +
    '(?:écrit|envoyé|publié) par|(?:geschrieben|gesendet) von|(?:написал|написала|отправил|отправила)\\s*[:：]?)\\s*',
  'iu',
);

/** The sender on a "From: Name <email> · date" line in the block's header or first lines. */
function fromLineOf(block: Element, metadata: readonly Element[]): NameAndEmail {
  const text = readText(block).split('\n');
  // Bylines sit under the text too ("Sent by Lisa").
  const lines = [...metadata.map(readLine), ...text.slice(0, 3), ...text.slice(3).slice(-2)];
  for (const line of lines) {
    const label = fromLabel.exec(line);
    // What follows the sender on the same line (a date, a channel) is set off by a dot or a bar.
    if (label) return parseNameAndEmail(line.slice(label[0].length).split(/\s[·•|]\s/)[0]);
  }
  return {};
}

/**
 * Chat apps without author lines still show the sender's picture, with their name as its alt text or title
 * (initials in a circle). Only a picture beside the text (a direct child of the row) or one named like an
 * avatar: images in the message body are the customer's content.
 */
function avatarNameOf(block: Element): NameAndEmail {
  const pictures = block.querySelectorAll('img[alt], [role="img"][aria-label], [title]:not(img)');
  for (const picture of Array.from(pictures).slice(0, 6)) {
    const isImage = picture.localName === 'img' || picture.getAttribute('role') === 'img';
    const words = [picture, isImage ? picture.parentElement : null].flatMap((node) =>
      splitWords(node?.getAttribute('class') ?? ''),
    );
    const isAvatar = words.some((word) => avatarWords.has(word));
    if (!isAvatar && (!isImage || picture.parentElement !== block)) continue;
    const label =
      picture.getAttribute('alt') ?? picture.getAttribute('aria-label') ?? picture.getAttribute('title');
    const parsed = parseNameAndEmail(label);
    if (parsed.name) return { name: parsed.name };
  }
  return {};
}

/** Lower-case words that belong inside names ("Maria da Silva", "Ludwig van Beethoven", "Omar bin Said"). */
const nameParticles = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van',
  'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ibn', 'y', 'e']); // prettier-ignore

/** Words that start with a capital, or come from a script without case (Arabic, CJK), or are name particles. */
export function isWrittenLikeAName(line: string): boolean {
  const words = line.split(' ');
  if (words.length > 4 || /[\p{N}.!?,;:@/()"«»]/u.test(line)) return false;
  return words.every((word) => {
    const first = word.charAt(0);
    const isCaseless = first.toLowerCase() === first.toUpperCase();
    return isCaseless || first === first.toUpperCase() || nameParticles.has(word);
  });
}

/** "Fernanda Costa · 22/11/2026 10:02" → "Fernanda Costa": what follows a separator is the byline's date. */
function withoutDateAfter(line: string): string {
  const [head = line, ...rest] = line.split(/\s[·•|–—]\s/);
  return rest.length > 0 && rest.every((part) => /\d/.test(part)) ? head : line;
}

/**
 * The block's first line when it reads like a sender: "Maya Johnson", "Jonas Weber <jonas@example.de>",
 * "Fernanda Costa · 22/11/2026 10:02", "Nora (Deskly Support)".
 */
function nameLineOf(block: Element): { line: string; author: NameAndEmail } | null {
  const first = block.firstElementChild;
  if (!first || first.localName === 'p' || !first.nextElementSibling) return null;
  const line = readLine(first);
  if (line.length > 80) return null;
  const byline = withoutDateAfter(line);
  const author = parseNameAndEmail(byline);
  // The name itself must read like one; an address after it ("<jonas@example.de>") is the mail header's, and
  // a team in brackets after it ("Nora (Deskly Support)") the agent's, which tells the side.
  const bareName = author.name?.replace(/\s*\([^()]*\)$/, '');
  if (!author.name || !bareName || bareName.length > 40 || !isWrittenLikeAName(bareName)) return null;
  // Initials in a round avatar ("MJ") head the block too, but are no name to greet.
  if (/^\p{Lu}{1,3}$/u.test(author.name)) return null;
  if (byline.replace(/<[^>]*>/g, '').trim().length > author.name.length + 2 && !author.email) return null;
  return readText(block).length - line.length > line.length ? { line, author } : null;
}

/**
 * A short name heading the block ("Maya Johnson" above her text), as small products print the author without
 * naming the element. A bare name is trusted only when a sibling block is headed the same way: an author column
 * repeats, a Title Case subject line ("Wrong Item Received") heads one mail.
 */
export function leadingAuthorLine(block: Element): { line: string; author: NameAndEmail } | null {
  const own = nameLineOf(block);
  if (!own) return null;
  // "Name <address>" is a sender header by itself.
  if (own.author.email) return own;
  const siblings = Array.from(block.parentElement?.children ?? []).filter(
    (sibling) => sibling !== block && sibling.localName === block.localName,
  );
  return siblings.slice(-12).some((sibling) => nameLineOf(sibling) !== null) ? own : null;
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
  if (!parsed.name) parsed = { ...leadingAuthorLine(block)?.author, ...parsed };
  const email = parsed.email ?? (mailto ? mailto.toLowerCase() : findEmails(headerText)[0]);
  return { ...(parsed.name && { author: parsed.name }), ...(email && { authorEmail: email }) };
}
