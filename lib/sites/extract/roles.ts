/**
 * Telling who wrote a message when the site gives no explicit role: first the words in its classes and
 * data-attributes ("message-in", "bubble--outgoing", data-author-type="admin"), then its alignment (incoming
 * bubbles sit at the start side, the agent's own at the end side; mirrored on right-to-left pages).
 */
import type { MessageRole } from '../types';
import { composedChildren } from '../dom/composed';
import { boxOf, hasLayout } from '../dom/visibility';

const classWords: Record<Exclude<MessageRole, 'unknown'>, readonly string[]> = {
  customer: ['in', 'incoming', 'inbound', 'received', 'customer', 'client', 'visitor', 'contact', 'enduser',
    'requester', 'guest', 'them', 'theirs', 'other', 'others', 'remote', 'lead', 'left', 'buyer'],
  agent: ['out', 'outgoing', 'outbound', 'sent', 'agent', 'operator', 'staff', 'admin', 'me', 'self', 'own',
    'mine', 'teammate', 'right', 'rep', 'responder'],
  note: ['note', 'notes', 'internal', 'private', 'whisper'],
  system: ['system', 'event', 'events', 'activity', 'audit', 'divider', 'separator', 'notice', 'notification',
    'status', 'meta', 'info'],
  bot: ['bot', 'chatbot', 'automated', 'automation', 'autoreply', 'assistant', 'ai'],
}; // prettier-ignore

/** Values of author/sender/direction attributes. "user" means the end user here, unlike in class names. */
const attributeValueWords: Record<Exclude<MessageRole, 'unknown'>, readonly string[]> = {
  customer: ['user', 'enduser', 'end-user', 'customer', 'contact', 'visitor', 'lead', 'client', 'requester',
    'in', 'incoming', 'inbound', 'received', 'them', 'other'],
  agent: ['admin', 'agent', 'operator', 'teammate', 'staff', 'out', 'outgoing', 'outbound', 'sent', 'me', 'self',
    'own'],
  note: ['note', 'internal', 'private'],
  system: ['system', 'event'],
  bot: ['bot', 'automated', 'ai', 'fin'],
}; // prettier-ignore

const roleAttribute = /(?:author|sender|from|direction|role|type|origin|party|side)/i;

const roleOrder: readonly Exclude<MessageRole, 'unknown'>[] = ['note', 'system', 'bot', 'customer', 'agent'];

/**
 * Words only trusted on the message block itself: inside a bubble, "status" is the delivery tick and
 * "right"/"left" are utility classes on timestamps, not the author's side.
 */
const blockOnlyWords = new Set(['system', 'event', 'events', 'activity', 'audit', 'divider', 'separator', 'notice',
  'notification', 'status', 'meta', 'info', 'left', 'right']); // prettier-ignore

/**
 * Utility classes (Tailwind and the like) that push a bubble to one side: logical ones follow `dir`. In a row,
 * `items-end` only sits the avatar at the bubble's foot (Messenger style); in a column it pushes to the end side.
 */
const logicalEndClasses =
  /(?:^|\s)(?:justify-end|ms-auto|self-end|flex-row-reverse|float-end|flex-col(?:-reverse)?\s(?:.*\s)?items-end|items-end\s(?:.*\s)?flex-col(?:-reverse)?)(?:\s|$)/;
const logicalStartClasses = /(?:^|\s)(?:justify-start|me-auto|self-start|float-start)(?:\s|$)/;
const physicalRightClasses = /(?:^|\s)(?:ml-auto|float-right|pull-right)(?:\s|$)/;
const physicalLeftClasses = /(?:^|\s)(?:mr-auto|float-left|pull-left)(?:\s|$)/;

/** "bubble--outgoing msgIn" → ["bubble", "outgoing", "msg", "in"]. */
export function splitWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function roleOfWords(
  words: readonly string[],
  table: typeof classWords,
  isDescendant = false,
  ignored: ReadonlySet<string> = new Set(),
): MessageRole {
  const set = new Set(
    words.filter((word) => !ignored.has(word) && !(isDescendant && blockOnlyWords.has(word))),
  );
  for (const role of roleOrder) if (table[role].some((word) => set.has(word))) return role;
  return 'unknown';
}

/**
 * Role from one element's own classes and role-like data attributes. `isDescendant` is for elements inside the
 * message block, where layout words mean something else.
 */
export function roleFromMarkers(
  element: Element,
  isDescendant = false,
  ignoredClassWords: ReadonlySet<string> = new Set(),
): MessageRole {
  for (const attribute of Array.from(element.attributes)) {
    // data-author-type="admin", or a web component's own from="customer"; ARIA and role="row" say nothing.
    if (
      attribute.name === 'role' ||
      attribute.name.startsWith('aria-') ||
      !roleAttribute.test(attribute.name)
    )
      continue;
    const words = [attribute.value.toLowerCase(), ...splitWords(attribute.value)];
    const role = roleOfWords(words, attributeValueWords, isDescendant);
    if (role !== 'unknown') return role;
  }
  return roleOfWords(
    splitWords(element.getAttribute('class') ?? ''),
    classWords,
    isDescendant,
    ignoredClassWords,
  );
}

/**
 * System words in the class of every item of the list ("event-item", "activity", "feed-item"): they name the
 * kind of item, since a conversation is not made of system events only. Those on some items still mark them.
 */
function sharedSystemWords(block: Element, container: Element): Set<string> {
  const siblings = Array.from(container.children)
    .filter((child) => child.localName === block.localName)
    .slice(0, 30);
  if (siblings.length < 2 || !siblings.includes(block)) return new Set();
  const [first, ...rest] = siblings.map(
    (sibling) => new Set(splitWords(sibling.getAttribute('class') ?? '')),
  );
  return new Set(
    [...(first ?? [])].filter(
      (word) => classWords.system.includes(word) && rest.every((words) => words.has(word)),
    ),
  );
}

function isRightToLeft(element: Element): boolean {
  const direction = element.closest('[dir]')?.getAttribute('dir');
  if (direction) return direction.toLowerCase() === 'rtl';
  return element.ownerDocument.defaultView?.getComputedStyle(element).direction === 'rtl';
}

/** 'end' when the element is pushed to the end side by its own or its parent's styles, 'start' when pinned. */
function sideFromStyles(element: Element): 'start' | 'end' | null {
  const classes = element.getAttribute('class') ?? '';
  const rtl = isRightToLeft(element);
  if (logicalEndClasses.test(classes)) return 'end';
  if (logicalStartClasses.test(classes)) return 'start';
  if (physicalRightClasses.test(classes)) return rtl ? 'start' : 'end';
  if (physicalLeftClasses.test(classes)) return rtl ? 'end' : 'start';
  const view = element.ownerDocument.defaultView;
  if (!view) return null;
  const style = view.getComputedStyle(element);
  const physicalEnd = rtl ? 'left' : 'right';
  if (style.float === physicalEnd) return 'end';
  if (/flex-end|^end$|self-end/.test(style.alignSelf) || /flex-end|^end$/.test(style.justifySelf))
    return 'end';
  if (style.display.includes('flex')) {
    if (/flex-end|^end$/.test(style.justifyContent)) return 'end';
    // Explicitly pinned to the start (browsers report "normal" when nothing is set).
    if (/flex-start|^start$/.test(style.justifyContent)) return 'start';
  }
  if (style.flexDirection === 'row-reverse') return 'end';
  const auto = (value: string) => value === 'auto';
  const startMargin = rtl ? style.marginRight : style.marginLeft;
  const endMargin = rtl ? style.marginLeft : style.marginRight;
  if (auto(startMargin) && !auto(endMargin)) return 'end';
  if (auto(endMargin) && !auto(startMargin)) return 'start';
  return null;
}

/** Class words of a sender's picture beside a message (an <img>, or initials in a circle). */
export const avatarWords: ReadonlySet<string> = new Set([
  'avatar',
  'photo',
  'picture',
  'pic',
  'userpic',
  'profile',
  'face',
]);

function isAvatar(element: Element | undefined): boolean {
  if (!element) return false;
  return (
    element.localName === 'img' ||
    splitWords(element.getAttribute('class') ?? '').some((word) => avatarWords.has(word))
  );
}

/** Where a message row shows its sender's picture: before its text, after it, or nowhere. */
function avatarPlace(block: Element): 'first' | 'last' | null {
  const children = composedChildren(block);
  if (children.length < 2) return null;
  if (isAvatar(children[0])) return 'first';
  return isAvatar(children.at(-1)) ? 'last' : null;
}

/**
 * Ticket views without side markers (Zammad, chat inboxes) put the customer's avatar before the bubble and the
 * agents' after it. Only a list that has both tells: where every row opens with its avatar (Slack-like feeds),
 * the place says nothing about the side.
 */
function sideFromAvatarOrder(block: Element, container: Element): 'start' | 'end' | null {
  const own = avatarPlace(block);
  if (!own) return null;
  const places = new Set(composedChildren(container).slice(0, 40).map(avatarPlace));
  if (!places.has('first') || !places.has('last')) return null;
  return own === 'first' ? 'start' : 'end';
}

/**
 * Side by geometry (browsers only): the text hugs one edge of the container, with a clearly wider gap on the
 * other. A long message fills up to four fifths of the log, so only that gap tells: its centre is near the middle.
 */
function geometrySide(element: Element, container: Element): 'start' | 'end' | null {
  if (!hasLayout(element.ownerDocument)) return null;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const text = range.getBoundingClientRect();
  const outer = boxOf(container);
  if (text.width === 0 || outer.width === 0 || text.width > outer.width * 0.85) return null;
  const leftGap = text.left - outer.left;
  const rightGap = outer.left + outer.width - (text.left + text.width);
  if (Math.abs(leftGap - rightGap) < outer.width * 0.1) return null;
  const isRight = rightGap < leftGap;
  return isRight !== isRightToLeft(container) ? 'end' : 'start';
}

/**
 * Geometry tells sides only in a list that shows both: in a feed aligned to one edge (service-desk activity,
 * comments), short messages hug that edge whoever wrote them, and long ones fill the width.
 */
function sideFromGeometry(block: Element, container: Element): 'start' | 'end' | null {
  const own = geometrySide(block, container);
  if (!own) return null;
  const others = composedChildren(container)
    .filter((other) => other !== block)
    .slice(0, 24);
  return others.some((other) => (geometrySide(other, container) ?? own) !== own) ? own : null;
}

/**
 * Role of a message block inside `container` (its list): markers on the block and two levels below it, then
 * alignment by style, then the avatar's place in the row, then by geometry. Incoming (start side) is the customer; the end side is the agent.
 */
export function classifyMessageBlock(block: Element, container: Element): MessageRole {
  // A web component's marker is inside its shadow tree ("feed-item--inbound" on the <article> it renders).
  const levels: Element[][] = [[block], composedChildren(block)];
  levels.push(levels[1]?.flatMap(composedChildren) ?? []);
  const itemKind = sharedSystemWords(block, container);
  for (const [depth, level] of levels.entries()) {
    for (const element of level.slice(0, 12)) {
      const role = roleFromMarkers(element, depth > 0, depth === 0 ? itemKind : undefined);
      if (role !== 'unknown') return role;
    }
  }
  for (const element of [block, ...composedChildren(block).slice(0, 4)]) {
    const side = sideFromStyles(element);
    if (side) return side === 'end' ? 'agent' : 'customer';
  }
  const side = sideFromAvatarOrder(block, container) ?? sideFromGeometry(block, container);
  if (side) return side === 'end' ? 'agent' : 'customer';
  return 'unknown';
}
