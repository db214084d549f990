/** Cleaning up names as pages show them: "María García <maria@example.com>", "Anna (Customer)", "via Email". */
import { findEmails } from './ids';

export interface NameAndEmail {
  name?: string;
  email?: string;
}

/** Splits "Name <email>" and strips role labels and quotes; returns nothing for labels that are not names. */
export function parseNameAndEmail(raw: string | null | undefined): NameAndEmail {
  if (!raw) return {};
  const email = findEmails(raw)[0];
  const name = raw
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, ' ')
    // "Beatriz Lima (beatriz.lima@example.com.br)": the brackets the address was in.
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\((?:customer|end-user|requester|cliente|client|kunde|клиент|عميل|ügyfél)\)/giu, ' ')
    .replace(/\s+via\s+\S+.*$/i, '')
    .replace(/^["'“”«»\s:,-]+|["'“”«»\s:,-]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { ...(isPlausibleName(name) && { name }), ...(email && { email }) };
}

/** A display name: 1–6 words, at most 80 characters, not a UI label or a bare number. */
export function isPlausibleName(value: string): boolean {
  if (value.length < 2 || value.length > 80) return false;
  if (value.split(/\s+/).length > 6) return false;
  if (!/\p{L}/u.test(value)) return false;
  return !/^(?:new message|new conversation|unknown|anonymous|you|me|customer|agent|support)$/i.test(value);
}

/** Labels of a person's name field in detail lists, tables and forms, in the 8 languages. */
const nameLabel = new RegExp(
  '^(?:(?:full|customer|contact|display) name|name|requester|solicitante|contact|nom|nom complet|nom du client|nombre|' +
    'nombre completo|nombre del cliente|nome|nome completo|nome do cliente|kundenname|vollständiger name|имя|' +
    'фио|имя клиента|الاسم|اسم العميل|név|teljes név|ügyfél neve)\\s*[:：]?$',
  'iu',
);

/** The value shown for a label: the next cell or definition, else the label's parent without the label. */
function valueOfLabel(label: Element): string {
  const next = label.nextElementSibling;
  if (next) return next.textContent ?? '';
  const parentText = label.parentElement?.textContent ?? '';
  return parentText.replace(label.textContent ?? '', '');
}

/**
 * A name shown as a labelled field ("Name | Priya Raman", "<dt>Nom</dt><dd>Camille Dubois</dd>"), as contact
 * forms, customer panels and ticket sidebars print it. Undefined when there is none.
 */
export function findLabelledName(root: Element): string | undefined {
  const labels = Array.from(root.querySelectorAll('dt, th, label, [class*="label" i]')).slice(0, 100);
  for (const label of labels) {
    const text = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!nameLabel.test(text)) continue;
    const name = parseNameAndEmail(valueOfLabel(label).replace(/\s+/g, ' ')).name;
    if (name) return name;
  }
  return undefined;
}

/** "To:" on a composer's recipient line, in the 8 languages ("Para:" es/pt, "À:" fr, "An:" de). */
const recipientLabel = /^(?:to|para|à|an|empfänger|кому|إلى|címzett)\s*[:：]\s*/iu;

/** The first recipient on a "To: Name <email>" line: the customer a reply is addressed to. */
export function parseRecipientLine(line: string): NameAndEmail {
  const label = recipientLabel.exec(line.trim());
  if (!label) return {};
  return parseNameAndEmail(
    line
      .trim()
      .slice(label[0].length)
      .split(/[;,](?![^<]*>)/)[0],
  );
}

/**
 * Words that make a sender's name the support desk's, in the 8 languages. Only support words: "Team" or
 * "Service" also name customers' companies ("Berg Cleaning Service").
 */
const teamWords = new RegExp(
  '(?<![\\p{L}])(?:support|helpdesk|help desk|customer care|customer service|soporte|atención al cliente|' +
    'suporte|atendimento|service client|kundenservice|kundendienst|поддержка|служба поддержки|الدعم|' +
    'خدمة العملاء|ügyfélszolgálat)(?![\\p{L}])',
  'iu',
);

/** True for "Acme Support", "Kertészbolt ügyfélszolgálat": the business answering, not a customer. */
export function isTeamName(name: string | undefined): boolean {
  return name !== undefined && teamWords.test(name);
}
