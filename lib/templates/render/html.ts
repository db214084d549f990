/**
 * Rich-editor HTML for a rendered reply, built from the plain text: every character is escaped first, then
 * paragraphs become <p>, line breaks <br>, and runs of numbered lines an <ol>. Page values therefore can
 * only ever be text. DOMPurify runs on top where a DOM exists (content script, extension pages); the service
 * worker and Node have none, and there the escaped-by-construction HTML is what ships.
 */
import DOMPurify from 'dompurify';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function paragraphToHtml(paragraph: string): string {
  const out: string[] = [];
  let lines: string[] = [];
  let items: string[] = [];
  let start = 1;
  const flushLines = () => {
    if (lines.length > 0) out.push(`<p>${lines.map(escapeHtml).join('<br>')}</p>`);
    lines = [];
  };
  const flushItems = () => {
    if (items.length > 0)
      out.push(
        `<ol${start !== 1 ? ` start="${start}"` : ''}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`,
      );
    items = [];
  };
  for (const line of paragraph.split('\n')) {
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      flushLines();
      if (items.length === 0) start = Number(numbered[1]);
      items.push(numbered[2] ?? '');
    } else {
      flushItems();
      lines.push(line);
    }
  }
  flushLines();
  flushItems();
  return out.join('');
}

export function sanitizeReplyHtml(html: string): string {
  const purifier = DOMPurify as Partial<typeof DOMPurify>;
  if (typeof purifier.sanitize !== 'function' || !purifier.isSupported) return html;
  // The leading newline is trimmed again; without it happy-dom's parser (unit tests) drops a leading element.
  return purifier
    .sanitize(`\n${html}`, { ALLOWED_TAGS: ['p', 'br', 'ol', 'li'], ALLOWED_ATTR: ['start'] })
    .trim();
}

export function textToHtml(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return sanitizeReplyHtml(paragraphs.map(paragraphToHtml).join(''));
}
