/**
 * Turns what the panel or a message asks to insert into something safe for a host editor. Template and page
 * text must never become markup that runs in the host page, so HTML goes through DOMPurify with a small
 * formatting-only allowlist, and text stays text (editors are handed it as text, never parsed).
 */
import DOMPurify from 'dompurify';
import type { InsertOptions, PreparedReply } from './types';

/** Formatting a reply may carry into an editor; everything else (scripts, handlers, styles, images) goes. */
const allowedTags = [
  'p',
  'br',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
];
const allowedAttributes = ['href'];

/** Sanitised HTML, or '' where no DOM is available to sanitise with (then callers fall back to text). */
export function sanitizeReplyHtml(html: string): string {
  if (!DOMPurify.isSupported) return '';
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
  });
}

const blockTags = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
]);
const hiddenTags = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/**
 * Plain text of HTML: blocks and <br> become line breaks, paragraphs are separated by a blank line. Parsed
 * with DOMParser, whose documents are inert (nothing runs, nothing loads); only text is read out.
 */
export function textFromHtml(html: string): string {
  if (typeof DOMParser === 'undefined') return '';
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const blocks: string[] = [];
  let line = '';
  const endBlock = () => {
    if (line.trim()) blocks.push(line.trim().replace(/ *\n */g, '\n'));
    line = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).localName;
    if (hiddenTags.has(name)) return;
    if (name === 'br') {
      line += '\n';
      return;
    }
    const isBlock = blockTags.has(name);
    if (isBlock) endBlock();
    node.childNodes.forEach(visit);
    if (isBlock) endBlock();
  };
  body.childNodes.forEach(visit);
  endBlock();
  return blocks.join('\n\n');
}

/** Tags that only lay text out; HTML made of nothing else says no more than its text with line breaks. */
const layoutOnly = /^(p|br|div|span)$/;

/** True when sanitised HTML carries formatting its text cannot (bold, links, lists, quotes, code). */
export function hasFormatting(html: string): boolean {
  for (const match of html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)) {
    if (!layoutOnly.test((match[1] ?? '').toLowerCase())) return true;
  }
  return false;
}

/**
 * The reply as editors get it, or null when there is nothing to insert. Never throws, whatever it is given:
 * `reply` may come from another context through a message. Text is preferred wherever it says the same: HTML
 * is kept only when it carries formatting, and then only sanitised.
 */
export function prepareReply(reply: unknown, options: InsertOptions = {}): PreparedReply | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const { text, html } = reply as { text?: unknown; html?: unknown };
  const rawHtml = !options.plainTextOnly && typeof html === 'string' && html.trim() ? html : '';
  const safeHtml = rawHtml ? sanitizeReplyHtml(rawHtml) : '';
  let plain = typeof text === 'string' ? text.replace(/\r\n?/g, '\n') : '';
  if (!plain.trim() && typeof html === 'string') plain = textFromHtml(html);
  if (!plain.trim()) return null;
  return safeHtml.trim() && hasFormatting(safeHtml) ? { text: plain, html: safeHtml } : { text: plain };
}
