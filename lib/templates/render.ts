/**
 * Fills a template's placeholders from page values (docs/template-format.md, "Placeholders"). Never throws
 * and never lets template syntax through: a placeholder with no value and no fallback becomes a bracketed
 * label in the template's language and is listed in `missing`, so the agent fills it before inserting.
 */
import { scanPlaceholders, type Placeholder } from './format/placeholders';
import { cleanValue } from './render/clean-value';
import { firstNameOf, politeCase } from './render/first-name';
import { formatDate } from './render/format-date';
import { textToHtml } from './render/html';
import { missingLabel } from './render/missing-labels';
import { EMPTY, tidyEmptyPlaceholders } from './render/tidy';
import type { RenderContext, Template } from './types';

export { formatDate } from './render/format-date';

export interface RenderedReply {
  /** Plain text; paragraphs separated by blank lines. */
  text: string;
  /** Sanitised HTML built from the escaped text (<p>, <br>, <ol>). */
  html: string;
  /** Placeholder paths that had no value and no fallback, in order of first appearance. */
  missing: string[];
}

function personName(value: unknown, lang: string): string {
  const name = cleanValue(value);
  return name.includes('@') ? (firstNameOf(name, lang) ?? '') : politeCase(name, lang);
}

function valueOf(slot: Placeholder, context: RenderContext, lang: string): string {
  switch (slot.path) {
    case 'customer.firstName':
      return (
        personName(context.customer?.firstName, lang) ||
        firstNameOf(context.customer?.name, lang) ||
        firstNameOf(context.customer?.email, lang) ||
        ''
      );
    case 'customer.name':
      return personName(context.customer?.name, lang);
    case 'agent.firstName':
      return personName(context.agent?.firstName, lang) || firstNameOf(context.agent?.name, lang) || '';
    case 'agent.name':
      return personName(context.agent?.name, lang);
    case 'ticket.id':
      return cleanValue(context.ticket?.id, 64);
    case 'order.id':
      return cleanValue(context.order?.id, 64);
    case 'followUp.date': {
      const date = context.followUp?.date;
      return typeof date === 'number' ? formatDate(date, slot.format, lang, context) : '';
    }
    default:
      return '';
  }
}

/** Template text outside placeholders: no control characters, and no brace pairs that could read as syntax. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function literal(text: string): string {
  return text.replace(CONTROL, '').replace(/\{{2,}|\}{2,}/g, (run) => run[0] ?? '');
}

export function renderTemplate(
  template: Pick<Template, 'body' | 'language'>,
  context: RenderContext = {},
): RenderedReply {
  const source: Partial<Pick<Template, 'body' | 'language'>> =
    typeof template === 'object' && template ? template : {};
  const lang = typeof source.language === 'string' ? source.language : 'en';
  const body = typeof source.body === 'string' ? source.body.replace(/\r\n?/g, '\n') : '';
  const missing: string[] = [];
  let out = '';
  for (const part of scanPlaceholders(body).parts) {
    if (typeof part === 'string') {
      out += literal(part);
      continue;
    }
    const value = valueOf(part, context ?? {}, lang);
    if (value) out += value;
    else if (part.fallback !== undefined) out += cleanValue(part.fallback) || EMPTY;
    else {
      if (!missing.includes(part.path)) missing.push(part.path);
      out += missingLabel(part.path, lang);
    }
  }
  const text = tidyEmptyPlaceholders(out)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return { text, html: textToHtml(text), missing };
}
