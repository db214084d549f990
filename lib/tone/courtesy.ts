/**
 * Thanks that are not praise. "Could you change the address on order 40213? Thanks" is a polite request, and
 * "thanks for nothing" is an insult; counting either as gratitude turned requests positive and sarcasm
 * happy. Both checks work on the cue hits, so they hold in every language with cue lists.
 */
import type { CueHit, CueKind } from './cues';
import type { Token } from './text';

/** A courtesy clause is at most this many words ("Thanks", "Many thanks", "Merci beaucoup !"). */
const MAX_FORMULA_WORDS = 3;
/** …sits at the start or the end of the message (a name may follow a closing "Thanks,")… */
const EDGE_WORDS = 3;
/** …of a message with this much else to say. A message that is mostly thanks is thanks. */
const MIN_OTHER_WORDS = 5;

/** Cue kinds that show a message asks for something or complains, where a closing thanks is a formula. */
const ASKING: ReadonlySet<CueKind> = new Set([
  'request',
  'confusion',
  'problem',
  'repeat',
  'urgency',
  'churn',
  'escalation',
  'frustration',
  'anger',
  'insult',
]);

/** The clause around token `at`: [first, last) token indices between clause breaks. */
function clauseAround(tokens: Token[], from: number, to: number): [number, number] {
  let first = from;
  while (first > 0 && !tokens[first]?.breakBefore) first--;
  let last = to;
  while (last < tokens.length && !tokens[last]?.breakBefore) last++;
  return [first, last];
}

/**
 * Gratitude hits that are courtesy formulas: thanks that are part of a request ("Merci de m'envoyer…",
 * "thanks in advance"), or a short clause of thanks at either end of a message that asks for something (a
 * question mark, "please", "could you", "I'd like") or complains.
 */
export function findCourtesyFormulas(hits: CueHit[], tokens: Token[], questions: number): Set<CueHit> {
  const formulas = new Set<CueHit>();
  const requests = hits.filter((hit) => hit.kind === 'request');
  for (const hit of hits)
    if (hit.kind === 'gratitude' && requests.some((r) => r.first <= hit.first && r.last > hit.first))
      formulas.add(hit);
  const asks = questions > 0 || hits.some((hit) => ASKING.has(hit.kind));
  if (!asks) return formulas;
  for (const hit of hits) {
    if (hit.kind !== 'gratitude' || formulas.has(hit)) continue;
    const [first, last] = clauseAround(tokens, hit.first, hit.last);
    const words = last - first;
    const atEdge = first < EDGE_WORDS || tokens.length - last < EDGE_WORDS;
    const intensified = hits.some(
      (other) => other.kind === 'intensifier' && other.first >= first && other.last <= last,
    );
    if (words <= MAX_FORMULA_WORDS && atEdge && !intensified && tokens.length - words >= MIN_OTHER_WORDS)
      formulas.add(hit);
  }
  return formulas;
}

/** Negative cue kinds whose phrases may contain a positive word: "thanks for nothing", "great job… not". */
const SARCASTIC: ReadonlySet<CueKind> = new Set(['anger', 'insult', 'frustration']);

/**
 * Token flags for words inside a negative phrase of two or more words ("thanks for nothing", "merci pour
 * rien", "köszi a semmit"): a positive word or thanks there is part of the complaint.
 */
export function insideNegativePhrases(hits: CueHit[], length: number): Uint8Array {
  const flags = new Uint8Array(length);
  for (const hit of hits)
    if (SARCASTIC.has(hit.kind) && hit.last - hit.first >= 2)
      for (let i = hit.first; i < hit.last; i++) flags[i] = 1;
  return flags;
}

/**
 * Praise in a message that reports a failure coming back is irony: "Toll, schon wieder ist mein Paket
 * verloren gegangen. Super gemacht." The failure and the repeat cue share a clause ("megint elvesztették",
 * "otra vez no llegó"); a resolved customer's "Third time lucky! The lost parcel arrived" keeps them apart.
 * A bare "again" is not enough: "it works again after the error" is thanks.
 */
export function isIronicPraise(hits: CueHit[], tokens: Token[]): boolean {
  const failures = hits.filter((hit) => hit.kind === 'problem');
  if (failures.length === 0) return false;
  const sameClause = (a: CueHit, b: CueHit): boolean => {
    for (let k = Math.min(a.first, b.first) + 1; k <= Math.max(a.last, b.last) - 1; k++)
      if (tokens[k]?.breakBefore) return false;
    return true;
  };
  return hits.some((hit) => hit.kind === 'repeat' && failures.some((f) => sameClause(hit, f)));
}
