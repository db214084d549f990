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

/** Dates bylines print without digits ("yesterday", "ayer", "hier", "gestern", "вчера", "tegnap", "أمس"). */
const relativeDay =
  /^(?:yesterday|today|just now|ayer|hoy|ontem|hoje|hier|aujourd'hui|gestern|heute|вчера|сегодня|tegnap|ma|أمس|اليوم)$/iu;

/** "Fernanda Costa · 22/11/2026 10:02" → "Fernanda Costa": what follows a separator is the byline's date. */
function withoutDateAfter(line: string): string {
  const [head = line, ...rest] = line.split(/\s[·•|–—]\s/);
  const isDate = (part: string) => /\d/.test(part) || relativeDay.test(part.trim());
  return rest.length > 0 && rest.every(isDate) ? head : line;
}

/** What a header line says the writer did: noted internally, opened the ticket, or just replied. */
export type HeaderAction = 'note' | 'opener' | 'other';

/**
 * Activity verbs after the writer's name on helpdesk header lines ("Rachel Moore replied", "Sam added a note",
 * "Laura opened this ticket"), in the 8 languages. Internal notes and the ticket's opening tell a side; replies
 * and comments come from both.
 */
const headerActions = new RegExp(
  '\\s(?:(?<note>added an? (?:internal |private )?note|left an? (?:internal |private )?note|commented internally|' +
    'añadió una nota(?: interna| privada)?|adicionou uma nota(?: interna| privada)?|' +
    'a ajouté une note(?: interne| privée)?|hat eine (?:interne |private )?notiz hinzugefügt|' +
    'добавила? (?:внутреннюю )?заметку|belső megjegyzést írt|أضافت? ملاحظة(?: داخلية)?)|' +
    '(?<opener>started the conversation|(?:opened|created|raised|submitted) (?:this|the) (?:ticket|request|conversation)|' +
    'inició la conversación|abrió (?:el|este) ticket|iniciou a conversa|abriu (?:o|este) ticket|' +
    'a (?:ouvert|créé) (?:le|ce) ticket|hat (?:das|dieses) ticket erstellt|открыла? (?:обращение|заявку|тикет)|' +
    'megnyitotta a jegyet|فتحت? التذكرة)|' +
    'replied|responded|answered|commented|wrote|respondió|escribió|comentó|respondeu|escreveu|comentou|' +
    'a répondu|a écrit|a commenté|hat geantwortet|schrieb|hat kommentiert|ответила?|написала?|' +
    'прокомментировала?|válaszolt|írta|ردّ?ت?|كتبت?)$',
  'iu',
);

/** "Rachel Moore replied" → the name and what the line says she did. */
function splitHeaderAction(byline: string): { name: string; action?: HeaderAction } {
  const match = headerActions.exec(byline);
  if (!match) return { name: byline };
  const action = match.groups?.note ? 'note' : match.groups?.opener ? 'opener' : 'other';
  return { name: byline.slice(0, match.index).trim(), action };
}

interface AuthorLine {
  line: string;
  author: NameAndEmail;
  action?: HeaderAction;
}

/**
 * The block's first line when it reads like a sender: "Maya Johnson", "Jonas Weber <jonas@example.de>",
 * "Fernanda Costa · 22/11/2026 10:02", "Nora (Deskly Support)", "Rachel Moore replied · Nov 24, 8:41 AM".
 */
function nameLineOf(block: Element): AuthorLine | null {
  const first = block.firstElementChild;
  if (!first || first.localName === 'p' || !first.nextElementSibling) return null;
  const line = readLine(first);
  if (line.length > 80) return null;
  const { name: byline, action } = splitHeaderAction(withoutDateAfter(line));
  const author = parseNameAndEmail(byline);
  // The name itself must read like one; an address after it ("<jonas@example.de>") is the mail header's, and
  // a team in brackets after it ("Nora (Deskly Support)") the agent's, which tells the side.
  const bareName = author.name?.replace(/\s*\([^()]*\)$/, '');
  if (!author.name || !bareName || bareName.length > 40 || !isWrittenLikeAName(bareName)) return null;
  // Initials in a round avatar ("MJ") head the block too, but are no name to greet.
  if (/^\p{Lu}{1,3}$/u.test(author.name)) return null;
  if (byline.replace(/<[^>]*>/g, '').trim().length > author.name.length + 2 && !author.email) return null;
  // A header tells more than the name ("replied · Nov 24, 8:41 AM"): the name alone must be shorter than the text.
  if (readText(block).length - line.length <= (action ? author.name.length : line.length)) return null;
  return { line, author, ...(action && { action }) };
}

/**
 * A short name heading the block ("Maya Johnson" above her text), as small products print the author without
 * naming the element. A bare name is trusted only when a sibling block is headed the same way: an author column
 * repeats, a Title Case subject line ("Wrong Item Received") heads one mail.
 */
export function leadingAuthorLine(block: Element): AuthorLine | null {
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
