/**
 * Whether a word of a customer's message is an inflected form of a keyword word, and how surely: the same
 * word (1), the keyword plus a listed ending (0.9: "delayed" ⊃ "delay", "csomagomat" ⊃ "csomag", "címre" ⊃
 * "cím"), the keyword with an ending the message lacks (0.85: "retraso" ~ "retrasos"), both with different
 * listed endings on a stem long enough for the language (0.8: "посылку" ~ "посылка"), or a compound the
 * keyword begins (0.8: "Gutscheincode" ⊃ "Gutschein"). Word boundaries are respected: a stem followed by
 * something that is not an ending ("Monteur" vs "Montag") or too short a shared stem ("fehlt" vs "Fehler")
 * does not match. Tables: text/inflection-tables.ts.
 */
import { DEFAULT_MORPHOLOGY, MORPHOLOGY, type Morphology } from './inflection-tables';

export function morphologyOf(language: string | undefined): Morphology {
  return (language && MORPHOLOGY[language]) || DEFAULT_MORPHOLOGY;
}

const COMPOUND_MIN_HEAD = 5;
const COMPOUND_MIN_TAIL = 3;
/** How far below the longest shared start a stem may end: "charg·e" / "charg·ing" share "charg". */
const MAX_BACK_OFF = 2;

function isSuffix(tail: string, morphology: Morphology): boolean {
  if (morphology.endings.has(tail)) return true;
  const { after, chain } = morphology;
  if (!after) return false;
  for (let split = 1; split < tail.length; split++) {
    const head = tail.slice(0, split);
    if ((chain ?? morphology.endings).has(head) && after.has(tail.slice(split))) return true;
  }
  return false;
}

/** An ending after `stem`, allowing a doubled final consonant where the language doubles it (cím·m·el). */
function isEnding(tail: string, stem: string, morphology: Morphology): boolean {
  if (tail === '') return true;
  if (isSuffix(tail, morphology)) return true;
  const last = stem[stem.length - 1] ?? '';
  return (
    morphology.doubling === true &&
    tail.length > 1 &&
    tail[0] === last &&
    /^[^aeiouy]$/.test(last) &&
    isSuffix(tail.slice(1), morphology)
  );
}

const isLetters = (word: string) => /^\p{L}+$/u.test(word);

export function inflectionQuality(messageWord: string, keywordWord: string, morphology: Morphology): number {
  if (messageWord === keywordWord) return 1;
  if (!isLetters(messageWord) || !isLetters(keywordWord)) return 0;
  const shorter = Math.min(messageWord.length, keywordWord.length);
  let common = 0;
  while (common < shorter && messageWord[common] === keywordWord[common]) common++;
  for (let cut = common; cut >= Math.max(morphology.minStem, common - MAX_BACK_OFF); cut--) {
    const stem = keywordWord.slice(0, cut);
    const messageTail = messageWord.slice(cut);
    const keywordTail = keywordWord.slice(cut);
    if (keywordTail === '') {
      if (isEnding(messageTail, stem, morphology)) return 0.9;
      const isCompound =
        morphology.compounds === true &&
        keywordWord.length >= COMPOUND_MIN_HEAD &&
        messageTail.length >= COMPOUND_MIN_TAIL;
      if (isCompound) return 0.8;
    } else if (messageTail === '') {
      // The message has the shorter form: it must still be a stem on its own ("diz" is not "dizia").
      if (cut >= morphology.minSharedStem && isEnding(keywordTail, stem, morphology)) return 0.85;
    } else if (
      cut >= morphology.minSharedStem &&
      isEnding(messageTail, stem, morphology) &&
      isEnding(keywordTail, stem, morphology)
    ) {
      return 0.8;
    }
  }
  return 0;
}
