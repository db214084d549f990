/**
 * The first name to greet a customer (or sign as an agent) by, from whatever the page shows as their name.
 * Heuristics, documented in docs/templates.md:
 * - An email address gives the first word of its local part ("anna.nagy@…" → Anna), unless the mailbox is
 *   generic ("support@…"); "Anna Nagy <anna@…>" uses the display name.
 * - "Family, Given" (a comma between two names) is turned around.
 * - Titles are dropped; a title with only one name left ("Mr Smith", "Nagy úr", "Herr Müller") is a family
 *   name, so there is no first name to use and the template's fallback applies.
 * - Hungarian writes the family name first ("Nagy Anna" → Anna). The order is read from the name itself, in
 *   any template language (render/hungarian-names.ts): a known Hungarian given name last and not first, or a
 *   known Hungarian family name (or ő/ű) first, means family name first; otherwise the name is taken in its
 *   own order ("Lea Berg" → Lea, "Anna Nagy" → Anna). Only when both words are given names ("Simon Péter")
 *   does the template's language decide. "Kovács Istvánné" (wife of István) has no given name of her own.
 * - Russian: a patronymic marks the given name before it ("Иванов Иван Иванович" → Иван); a surname ending
 *   first ("Иванова Анна") puts the given name second.
 * - Arabic compounds stay whole ("عبد الله", "Abdul Rahman"); common Spanish and Portuguese double given names
 *   too ("María José García" → María José).
 * - Initials, numbers, placeholders ("Customer", "Cliente") and words over 40 characters are not names.
 * - ALL-CAPS or all-lower-case names are capitalised politely (JEAN-PIERRE → Jean-Pierre); mixed case is the
 *   customer's own spelling and is kept (McDonald, DeShawn).
 */
import { fold } from '../text/fold';
import { cleanValue } from './clean-value';
import {
  ARABIC_COMPOUND_PREFIXES,
  COMPOUND_GIVEN_FIRST,
  COMPOUND_GIVEN_SECOND,
  GENERIC_MAILBOXES,
  GIVEN_NAME_HONORIFICS,
  HONORIFICS,
  NOT_A_NAME,
  PATRONYMIC,
  RUSSIAN_SURNAME,
} from './name-data';
import { HUNGARIAN_GIVEN_NAMES, HUNGARIAN_SURNAMES } from './hungarian-names';

const MAX_NAME_WORD = 40;
const EMAIL = /[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

const key = (word: string) => fold(word).replace(/\.$/, '');
const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);
const isNameWord = (word: string) =>
  /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u.test(word) && word.length <= MAX_NAME_WORD;

/** JOHN → John, o'neil → O'Neil, jean-pierre → Jean-Pierre; mixed case is left as written. */
export function politeCase(name: string, lang = 'en'): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const isUpper = letters === letters.toLocaleUpperCase(lang) && letters !== letters.toLocaleLowerCase(lang);
  const isLower = letters === letters.toLocaleLowerCase(lang) && letters !== letters.toLocaleUpperCase(lang);
  if (!(isUpper && letters.length > 1) && !isLower) return name;
  return name
    .toLocaleLowerCase(lang)
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, separator: string, letter: string) => separator + letter.toLocaleUpperCase(lang),
    );
}

function fromMailbox(email: string, lang: string): string | undefined {
  const local = email.split('@')[0] ?? '';
  const parts = local.split(/[._+\-\d]+/).filter((part) => part.length >= 2);
  const first = parts[0];
  if (!first || GENERIC_MAILBOXES.has(key(first)) || first.length > 12 || !isNameWord(first))
    return undefined;
  return politeCase(first.toLocaleLowerCase(lang), lang);
}

const HUNGARIAN_LETTERS = /[őűŐŰ]/;
const isHungarianGiven = (word: string) => HUNGARIAN_GIVEN_NAMES.has(key(word));
/** "Kovácsné", "Istvánné": "wife of", after a family name or a husband's given name. */
const isWifeOf = (word: string, names: ReadonlySet<string>) =>
  /né$/i.test(word) && names.has(key(word.slice(0, -2)));
const isHungarianFamily = (word: string) =>
  HUNGARIAN_SURNAMES.has(key(word)) ||
  HUNGARIAN_LETTERS.test(word) ||
  isWifeOf(word, HUNGARIAN_SURNAMES) ||
  isWifeOf(word, HUNGARIAN_GIVEN_NAMES);

/** Whether a name of two or more words is written family name first, as Hungarian writes it. */
function isFamilyNameFirst(words: readonly string[], lang: string): boolean {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const isFirstGiven = isHungarianGiven(first);
  const isLastGiven = isHungarianGiven(last);
  if (isLastGiven && !isFirstGiven) return lang === 'hu' || isHungarianFamily(first);
  if (isFirstGiven && !isLastGiven) return false;
  // Both given names ("Simon Péter", "Anna Mária"): a family name that is also a given name, or the order
  // of the template's language.
  if (isFirstGiven && isLastGiven) {
    return lang === 'hu' || (HUNGARIAN_SURNAMES.has(key(first)) && !HUNGARIAN_SURNAMES.has(key(last)));
  }
  // Neither word is a Hungarian given name we know: a foreign name in its own order, unless it starts with
  // a Hungarian family name ("Bodnár Kincső").
  return isHungarianFamily(first) && !isHungarianFamily(last);
}

/** The given name of a family-name-first name: "Nagy Anna" → Anna, "Nagy Anna Mária" → Anna. */
function pickFamilyFirst(words: readonly string[]): string | undefined {
  const last = words[words.length - 1] ?? '';
  const second = words[1] ?? '';
  if (words.length >= 3 && isHungarianGiven(second) && !isHungarianFamily(second)) return second;
  return last;
}

function pickRussian(words: string[]): string | undefined {
  const folded = words.map(key);
  const patronymic = folded.findIndex((word, index) => index > 0 && PATRONYMIC.test(word));
  if (patronymic > 0) return words[patronymic - 1];
  if (words.length === 2 && RUSSIAN_SURNAME.test(folded[0] ?? '') && !RUSSIAN_SURNAME.test(folded[1] ?? '')) {
    return words[1];
  }
  return words[0];
}

function pickDefault(words: string[]): string | undefined {
  const [first, second] = words;
  if (!first) return undefined;
  if (second && ARABIC_COMPOUND_PREFIXES.has(key(first))) return `${first} ${second}`;
  if (
    second &&
    words.length >= 3 &&
    COMPOUND_GIVEN_FIRST.has(key(first)) &&
    COMPOUND_GIVEN_SECOND.has(key(second))
  ) {
    return `${first} ${second}`;
  }
  return first;
}

/** The given name in `rawName` for greeting in `lang`, or undefined when there is none to use politely. */
export function firstNameOf(rawName: unknown, lang = 'en'): string | undefined {
  let name = cleanValue(rawName, 200);
  if (!name) return undefined;

  const email = EMAIL.exec(name)?.[0];
  if (email) {
    const display = name
      .replace(email, '')
      .replace(/[<>()"[\]]/g, ' ')
      .trim();
    if (!/\p{L}{2}/u.test(display)) return fromMailbox(email, lang);
    name = display;
  }
  name = name.replace(/\([^)]*\)|\[[^\]]*\]|"/g, ' ').trim();

  // "Smith, John" → "John Smith"; "John Smith, Acme Ltd" keeps the part before the comma.
  const commaParts = name
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (commaParts.length === 2 && !/\s/.test(commaParts[0] ?? '') && /^\p{L}/u.test(commaParts[1] ?? '')) {
    name = `${commaParts[1]} ${commaParts[0]}`;
  } else {
    name = commaParts[0] ?? '';
  }

  let words = name.split(/\s+/).filter(Boolean);
  let hadTitle = false;
  let givenTitle = false;
  words = words.filter((word) => {
    const folded = key(word);
    if (GIVEN_NAME_HONORIFICS.has(folded)) return !(givenTitle = true);
    if (HONORIFICS.has(folded)) return !(hadTitle = true);
    return true;
  });
  // "J. Smith" leaves only a family name; "J. Robert Smith" goes by Robert.
  const startsWithInitial = lang !== 'hu' && isInitial(words[0] ?? '');
  words = words.filter((word) => !isInitial(word) && isNameWord(word));
  if (words.length === 0 || words.some((word) => NOT_A_NAME.has(key(word)))) return undefined;
  if ((hadTitle || startsWithInitial) && !givenTitle && words.length === 1) return undefined;

  // "Kovács Istvánné": the wife of István, with no given name of her own in it.
  if (words.length > 1 && isWifeOf(words[words.length - 1] ?? '', HUNGARIAN_GIVEN_NAMES)) return undefined;
  const picked = CYRILLIC.test(words.join(''))
    ? pickRussian(words)
    : words.length > 1 && isFamilyNameFirst(words, lang)
      ? pickFamilyFirst(words)
      : pickDefault(words);
  return picked ? politeCase(picked, lang) : undefined;
}
