/**
 * Finding the conversation on a page no adapter knows (SITES.md §4.4): walk up from the reply box, and at the
 * nearest level that has one, take the list of similar sibling blocks before it (chat bubbles, mails in a
 * thread, table rows, web components), else a dated thread after it (newest-first timelines under their
 * composer). Paragraphs of a single message are that one message. Works through shadow roots, out of an iframe
 * composer, and into a same-origin iframe that shows the thread.
 */
import { isElement } from '../dom/composed';
import { isTactfulUi } from '../dom/editable';
import { readText } from '../dom/text';
import { isHidden } from '../dom/visibility';
import { splitWords } from '../extract/roles';
import { renderedChildren, renderedParent } from './rendered-children';
import { bestList, hasText, isProse, looksLikeThread, type MessageList } from './list-scoring';

export type { MessageList } from './list-scoring';

const nonMessageTags = new Set(['script', 'style', 'template', 'noscript', 'button', 'input', 'select', 'textarea',
  'nav', 'form', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'svg', 'img', 'link', 'meta', 'hr', 'br', 'option',
  'menu', 'dialog']); // prettier-ignore
/** Never a message, but may hold the thread: old helpdesks wrap the ticket's thread in its actions form. */
const threadHolders = new Set(['form', 'dialog']);
const canHoldThread = (element: Element) =>
  threadHolders.has(element.localName) || !nonMessageTags.has(element.localName);
// Live status lines ("Priya is typing…", "Chat assigned to you") sit among the bubbles but are nobody's message.
const nonMessageRoles = new Set(['navigation', 'toolbar', 'menu', 'menubar', 'tablist', 'banner', 'search',
  'tab', 'button', 'listbox', 'combobox', 'tooltip', 'contentinfo', 'status', 'alert', 'progressbar',
  'timer']); // prettier-ignore
/** State words that differ between otherwise identical messages. */
const stateWords = new Set(['active', 'selected', 'first', 'last', 'even', 'odd', 'unread', 'read', 'new',
  'highlighted', 'expanded', 'collapsed', 'open', 'closed', 'hover', 'focus', 'visible']); // prettier-ignore
/** Words that tell sides and authors apart; ignored when comparing blocks, used later to classify them. */
const sideWords = new Set(['in', 'out', 'incoming', 'outgoing', 'inbound', 'outbound', 'received', 'sent',
  'customer', 'agent', 'client', 'visitor', 'operator', 'me', 'them', 'self', 'other', 'own', 'left', 'right',
  'start', 'end', 'note', 'internal', 'system', 'bot', 'user', 'admin', 'contact', 'staff', 'mine', 'theirs',
  'yours', 'ours']); // prettier-ignore
// Read-only fields are not: back offices show a submitted message in a textarea[readonly] (see readOnlyTextIn).
const editableInside =
  'textarea:not([readonly]):not([disabled]), [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

const searchDepth = 14;
const nodeBudget = 4000;

/** Class names that identify a kind of block, without state and side modifiers. */
function kindTokens(element: Element): Set<string> {
  const tokens = new Set<string>();
  for (const name of Array.from(element.classList)) {
    if (
      /(?:^|-)(?:justify|self|items|ml|mr|ms|me|float|pull|text)-(?:start|end|left|right|auto)$/.test(name)
    ) {
      continue;
    }
    // "bubble--visitor" and "bubble--operator" are both a "bubble".
    const kind = splitWords(name)
      .filter((word) => !stateWords.has(word) && !sideWords.has(word))
      .join('-');
    if (kind) tokens.add(kind);
  }
  return tokens;
}

function areSimilar(a: Element, b: Element): boolean {
  if (a.localName !== b.localName) return false;
  const left = kindTokens(a);
  const right = kindTokens(b);
  if (left.size === 0 && right.size === 0) return true;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  if (shared / (left.size + right.size - shared) >= 0.5) return true;
  // The base class comes first and modifiers follow: "thread-entry message" and "thread-entry response".
  const [firstLeft] = left;
  return firstLeft !== undefined && firstLeft === [...right][0];
}

function linkTextShare(element: Element): number {
  const total = (element.textContent ?? '').trim().length;
  if (total === 0) return 0;
  const linked = Array.from(element.querySelectorAll('a')).reduce(
    (sum, a) => sum + (a.textContent ?? '').trim().length,
    0,
  );
  return linked / total;
}

/** Could this element be one message? */
export function isMessageLike(element: Element): boolean {
  if (nonMessageTags.has(element.localName)) return false;
  if (nonMessageRoles.has(element.getAttribute('role') ?? '')) return false;
  if (isTactfulUi(element) || element.matches(editableInside) || element.querySelector(editableInside))
    return false;
  if (!hasText(element) || isHidden(element)) return false;
  return linkTextShare(element) < 0.8;
}

/** The largest group of similar message-like elements among `children` (ties: the one nearest the end). */
function similarGroup(children: readonly Element[]): Element[] {
  const groups: Element[][] = [];
  for (const child of children) {
    if (!isMessageLike(child)) continue;
    const group = groups.find((members) => areSimilar(members[members.length - 1] ?? child, child));
    if (group) group.push(child);
    else groups.push([child]);
  }
  let best: Element[] = [];
  for (const group of groups) if (group.length >= 2 && group.length >= best.length) best = group;
  return best;
}

/** Breadth-first: the outermost lists of similar blocks inside `root` (a nested list wins only when richer). */
function listsWithin(root: Element): MessageList[] {
  const found: MessageList[] = [];
  let frontier: Element[] = [root];
  let visited = 0;
  for (let depth = 0; depth < searchDepth && frontier.length > 0 && visited < nodeBudget; depth += 1) {
    const next: Element[] = [];
    for (const element of frontier) {
      const children = renderedChildren(element);
      visited += children.length;
      const group = similarGroup(children);
      if (group.length >= 2) found.push({ container: element, blocks: group, isNewestFirst: false });
      // Keep looking inside a small list: two "cards" may hold the real thread.
      if (group.length < 3) next.push(...children.filter(canHoldThread));
    }
    frontier = next;
  }
  return found;
}

function siblingsAround(node: Element, parent: Element): { before: Element[]; after: Element[] } {
  const children = renderedChildren(parent);
  const index = children.indexOf(node);
  if (index < 0) return { before: [], after: [] };
  return { before: children.slice(0, index), after: children.slice(index + 1) };
}

/** The best list beside `node` on one side, at its parent's level (the siblings and what is inside them). */
function listBeside(node: Element, parent: Element, side: 'before' | 'after'): MessageList | null {
  const siblings = siblingsAround(node, parent)[side];
  const candidates: MessageList[] = [];
  const sameLevel = similarGroup(siblings);
  if (sameLevel.length >= 2) candidates.push({ container: parent, blocks: sameLevel, isNewestFirst: false });
  const ordered = side === 'before' ? [...siblings].reverse() : siblings;
  // Three or more similar siblings are the messages themselves: do not mistake their paragraphs for a list.
  const messages = new Set(sameLevel.length >= 3 ? sameLevel : []);
  for (const sibling of ordered) {
    if (messages.has(sibling)) continue;
    if (isElement(sibling) && canHoldThread(sibling) && !isTactfulUi(sibling)) {
      candidates.push(...listsWithin(sibling));
    }
  }
  // A sidebar the reply box is not in lists other tickets or past conversations: the last resort only.
  const isOtherSidebar = (list: MessageList) => {
    const sidebar = list.container.closest('aside, [role="complementary"]');
    return sidebar !== null && !sidebar.contains(node);
  };
  const best = bestList(candidates.filter((list) => !isOtherSidebar(list))) ?? bestList(candidates);
  if (!best) return null;
  if (!isProse(best)) return { ...best, isNewestFirst: side === 'after' };
  // One message of several paragraphs: the sibling that holds them is the message (its author line too).
  const message = ordered.find((sibling) => sibling !== best.container && sibling.contains(best.container));
  const whole = message ?? (best.container !== parent ? best.container : null);
  return whole ? { container: parent, blocks: [whole], isNewestFirst: false } : null;
}

/**
 * Walks up from the reply box; at each level the list above it wins, then a thread-like list below it (CRM
 * timelines put the composer above a newest-first history, and a farther list above — a contact sidebar's
 * fields — is not the conversation). Only when nothing is found at any level is any list below taken.
 */
function searchAround(anchor: Element, doc: Document): MessageList | null {
  let fallbackBelow: MessageList | null = null;
  for (let node: Element | null = anchor; node;) {
    const parent = renderedParent(node, doc);
    if (!parent) break;
    const above = listBeside(node, parent, 'before');
    if (above) return above;
    const below = listBeside(node, parent, 'after');
    if (below && looksLikeThread(below)) return below;
    fallbackBelow ??= below;
    node = parent;
  }
  return fallbackBelow;
}

/** The message list nearest the reply box (above it first at each level), or null. */
export function findMessageListNear(anchor: Element, doc: Document): MessageList | null {
  try {
    return searchAround(anchor, doc);
  } catch {
    return null;
  }
}

/**
 * A back office shows one submitted message as a read-only field among the request's details (name, email,
 * date): such a field exists to show free text, so it alone is the message. A <pre> is only when it holds most
 * of the block's text (elsewhere it is code quoted inside a message).
 */
function readOnlyTextIn(block: Element): Element | null {
  const fields = Array.from(block.querySelectorAll('textarea[readonly], textarea[disabled]')).filter(
    (field) => !isHidden(field) && (field as HTMLTextAreaElement).value.trim().length >= 15,
  );
  if (fields.length > 0) return fields.at(-1) ?? null;
  const total = readText(block).length;
  const pre = Array.from(block.querySelectorAll('pre')).findLast((element) => {
    const length = readText(element).length;
    return length >= 15 && length >= total / 2;
  });
  return pre ?? null;
}

/** When there is no list, the nearest single message-like block above the anchor with a sentence of text. */
export function findNearestBlockAbove(anchor: Element, doc: Document): Element | null {
  try {
    for (let node: Element | null = anchor; node;) {
      const parent = renderedParent(node, doc);
      if (!parent) break;
      const { before } = siblingsAround(node, parent);
      const block = [...before]
        .reverse()
        .find((sibling) => isMessageLike(sibling) && (sibling.textContent ?? '').trim().length >= 15);
      if (block) return readOnlyTextIn(block) ?? block;
      node = parent;
    }
  } catch {
    // Fall through: no block.
  }
  return null;
}

/** The best list of similar message blocks inside `scope` (a site adapter's conversation whose items missed). */
export function findMessageListWithin(scope: Element): MessageList | null {
  try {
    return bestList(listsWithin(scope));
  } catch {
    return null;
  }
}
