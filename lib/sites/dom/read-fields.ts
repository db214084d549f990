/** Adapter helper: the customer's name and email from ordered selector lists (header, sidebar widgets). */
import type { Customer, SelectorTrace } from '../types';
import { findEmails } from '../extract/ids';
import { queryFirst } from './query';
import { readLine } from './text';

function emailOf(element: Element | null): string | undefined {
  if (!element) return undefined;
  const sources = [element.getAttribute('href'), element.getAttribute('title'), element.textContent];
  return findEmails(sources.filter(Boolean).join(' '))[0];
}

export function readNameAndEmail(
  root: ParentNode,
  nameSelectors: readonly string[],
  emailSelectors: readonly string[],
  trace: SelectorTrace,
): Customer {
  const name = readLine(queryFirst(root, nameSelectors, trace, 'customer')) || undefined;
  const email = emailOf(
    queryFirst(root, emailSelectors, trace, 'email', (element) => emailOf(element) !== undefined),
  );
  return { ...(name && { name }), ...(email && { email }) };
}
