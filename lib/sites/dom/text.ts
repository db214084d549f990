/**
 * Reading a message's visible text: like `innerText` (line breaks at blocks and <br>) but the same in browsers
 * and happy-dom, through shadow roots, without hidden duplicates, and optionally without quoted history.
 */
import { composedChildNodes, isElement } from './composed';

const skippedTags = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'select', 'input']);

const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/** Quoted earlier mails inside a message: Gmail, Outlook, Apple Mail, Thunderbird and helpdesk quote blocks. */
const quoteSelector = [
  'blockquote',
  '.gmail_quote',
  '.gmail_extra',
  '#divRplyFwdMsg',
  '#appendonsend',
  '[class*="quoted" i]',
  '[class*="quote" i]:not([class*="unquote" i])',
  '[data-quoted]',
].join(',');

export interface ReadTextOptions {
  /** Leave out quoted replies (email threads repeat the whole history in every message). */
  skipQuotes?: boolean;
  /** Leave out elements matching this selector or predicate (author lines, timestamps …). */
  exclude?: string | ((element: Element) => boolean);
}

function isSkipped(element: Element, options: ReadTextOptions): boolean {
  if (skippedTags.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // Inline display:none is the common way helpdesks hide collapsed duplicates; computed style per node is too slow.
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style?.display === 'none' || style?.visibility === 'hidden') return true;
  if (options.skipQuotes && element.matches(quoteSelector)) return true;
  if (typeof options.exclude === 'function') return options.exclude(element);
  return options.exclude !== undefined && element.matches(options.exclude);
}

/** True when line breaks in the element's text are shown (pre, textarea, white-space: pre*). */
function keepsLineBreaks(element: Element | null): boolean {
  if (!element) return false;
  if (element.closest('pre, textarea')) return true;
  const view = element.ownerDocument.defaultView;
  return /^pre|break-spaces/.test(view?.getComputedStyle(element).whiteSpace ?? '');
}

/** A text node as rendered: source line breaks are spaces, except where CSS keeps them (chat apps' pre-wrap). */
function textOf(node: Node): string {
  const value = node.nodeValue ?? '';
  if (!value.includes('\n') || !/\S/.test(value)) return value.replace(/\s+/g, ' ');
  return keepsLineBreaks(node.parentElement) ? value : value.replace(/\s+/g, ' ');
}

function collect(node: Node, options: ReadTextOptions, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(textOf(node));
    return;
  }
  if (!isElement(node)) {
    if (node.nodeType === 11 || node.nodeType === 9)
      for (const child of composedChildNodes(node)) collect(child, options, out);
    return;
  }
  if (isSkipped(node, options)) return;
  if (node.localName === 'br') {
    out.push('\n');
    return;
  }
  if (node.localName === 'img') {
    // Emoji are often <img alt="😊">; their alt is part of what the customer wrote.
    const alt = node.getAttribute('alt') ?? '';
    if (Array.from(alt).length <= 2) out.push(alt);
    return;
  }
  const isBlock = blockTags.has(node.localName);
  if (isBlock) out.push('\n');
  for (const child of composedChildNodes(node)) collect(child, options, out);
  if (node.localName === 'td' || node.localName === 'th') out.push(' ');
  if (isBlock) out.push('\n');
}

/** Collapses whitespace inside lines, keeps paragraph breaks (at most one blank line), drops zero-width marks. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The visible text of `root` with line breaks kept. Never throws. */
export function readText(root: Node | null | undefined, options: ReadTextOptions = {}): string {
  if (!root) return '';
  try {
    const out: string[] = [];
    if (isElement(root)) for (const child of composedChildNodes(root)) collect(child, options, out);
    else collect(root, options, out);
    return normalizeText(out.join(''));
  } catch {
    return '';
  }
}

/** Single-line text for names, subjects and ids. */
export function readLine(root: Node | null | undefined): string {
  return readText(root).replace(/\s+/g, ' ').trim();
}
