/**
 * Which language a message is in. The n-gram detector is the library chosen in docs/tone.md (comparison on
 * short messages); the script of the letters settles the easy cases first (Cyrillic, Arabic), which are
 * also the ones short messages most often get wrong.
 */
import { detectAll } from 'tinyld/light';
import { normalizeWord } from './text';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from './types';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when there is too little text to tell. */
  lang: string;
  confidence: number;
  /** The language whose lexicons and cues are used; undefined means the language-agnostic path only. */
  supported: SupportedLanguage | undefined;
}

const SUPPORTED = new Set<string>(SUPPORTED_LANGUAGES);

/**
 * The commonest function words of the six Latin-script languages. The n-gram detector is weakest on short
 * messages and between close languages (fr and de tweets: 65 % and 76 % with tinyld/light alone, see
 * docs/tone.md); a vote of these words, each counting 1/(number of languages sharing it), settles most of
 * those cases at no size cost.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and is to you my of it for this that was have with not are your me be but what can they at please thanks i it this just so get all from will would has been about out if there know were',
  es: 'el la los las de que y en un una es por con para mi no lo se del muy pero su al me esta está gracias porque también cuando como más hay qué ya le nos todo bien hace son fue tiene',
  pt: 'o a os as de que e em um uma é não nao do da para com meu minha você voce mas está no na seu obrigado obrigada muito também tambem quando como mais já tem foi isso ele eu tudo bem são até pra vc ao',
  fr: 'le la les de des et est un une je pas que en pour ne vous il mon ma avec sur ce qui au du merci mais très bien tout plus comme être sont était moi nous cette aussi fait',
  de: 'der die das und ist ich nicht ein eine zu mit sie es den auf mein meine für von auch wir ihr dem bitte danke vielen sehr auch noch nur schon wie aber oder wenn sich bei hat haben war sind kann mir mich im zum zur heute',
  hu: 'a az és hogy nem egy is van meg de ez már még csak ki volt mint vagy én nagyon nincs ezt köszönöm kérem lesz azt ami aki mert itt ott mit miért kell lehet',
};
/**
 * More common words, checked on the train/ rows of the eval sources: German tweets were read as English or
 * French 14 % of the time ("Kein Problem dass du erst jetzt antwortest!"), and short support messages are
 * the same kind of text.
 */
const MORE_FUNCTION_WORDS: Record<string, string> = {
  en: "i'm it's don't can't didn't won't doesn't isn't we they he she his her them our been had did got an yet still already since until again twice yesterday today tomorrow instead am",
  es: 'yo tú él ella nosotros ustedes pero estoy estás están tengo hacer tampoco siempre nunca nada algo aquí ahí eso esto ese porque cuándo dónde hola desde hasta hacia sin mismo misma ayer hoy mañana todavía aún dos veces',
  pt: 'não você vocês ele ela nós estou estão tenho fazer faz sempre nunca nada algo aqui ali então né tá olá oi cadê dos pelo pela pelos pelas mesmo mesma duas vezes meus minhas dele dela nosso nossa onde hoje ontem amanhã ainda agora depois desde sem',
  fr: "dans par avec sans chez donc car tu elle nous ils suis été avoir faire toujours jamais rien tous ces mes ses leur quoi quand bonjour hier aujourd'hui demain encore déjà depuis pendant avant après vers fois deux",
  de: 'dass du er uns aus nach über vom des wer ihre muss einfach kein keine keinen nichts etwas mehr jetzt hier dann doch mal ja nein nie immer wieder gibt wird werden wurde hätte habe hab bin bist ich hallo an am ab bis seit ohne um durch gegen statt kam gestern morgen zweimal',
  hu: 'vagyok vannak igen el be fel le ha és ez egy itt most mindig soha semmi senki valami köszi szia kérlek nekem neked nekünk helyett után előtt alatt között miatt szerint óta nélkül mellett velem tőlem nálam tegnap ma holnap kétszer',
};
const VOTES = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of `${words} ${MORE_FUNCTION_WORDS[lang] ?? ''}`.trim().split(' ')) {
    const votes = VOTES.get(word) ?? new Map<string, number>();
    votes.set(lang, 1);
    VOTES.set(word, votes);
  }
}
for (const votes of VOTES.values()) for (const lang of votes.keys()) votes.set(lang, 1 / votes.size);
const VOTE_WEIGHT = 1;
const SUPPORTED_PRIOR = 0.15;
const WORDS = /\p{L}+/gu;

/**
 * Letters that only some of the six Latin-script languages use: a word that has one votes for them (split
 * when several share it), as the function words do. "Hätte vielleicht doch was langes anziehen sollen" has
 * no listed function word, but "ä" is German.
 */
const LETTER_VOTES: [RegExp, string[]][] = [
  [/[äß]/u, ['de']],
  [/[öü]/u, ['de', 'hu']],
  [/[őű]/u, ['hu']],
  [/[ñ¿¡]/u, ['es']],
  [/[ãõ]/u, ['pt']],
  [/ç/u, ['fr', 'pt']],
  [/[èêëîïûùœ]/u, ['fr']],
];
const NON_ASCII_WORD = /[^ -~]/;
/**
 * Hungarian case endings no other of the six languages writes at a word's end ("rendelésemmel", "csomagról",
 * "számláját"): a word without a listed function word or telling letter still votes Hungarian. "-ban", "-nak"
 * and "-ssel" are left out (Spanish "estaban", German "Schlüssel").
 */
const HUNGARIAN_ENDING =
  /(?:[eé]mmel|[aá]mmal|ssal|[bdrt][óő]l|nál|nél|höz|ját|jét|ését|ását|emet|omat|ömet)$/u;

function addVote(totals: Map<string, number>, lang: string, vote: number): void {
  totals.set(lang, (totals.get(lang) ?? 0) + vote);
}

function functionWordVotes(text: string): Map<string, number> {
  const totals = new Map<string, number>();
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m !== null; m = WORDS.exec(text)) {
    const word = m[0].toLowerCase();
    const votes = VOTES.get(word);
    if (votes) for (const [lang, vote] of votes) addVote(totals, lang, vote);
    else if (HUNGARIAN_ENDING.test(word)) addVote(totals, 'hu', 1);
    else if (NON_ASCII_WORD.test(word))
      for (const [letters, langs] of LETTER_VOTES)
        if (letters.test(word)) for (const lang of langs) addVote(totals, lang, 1 / langs.length);
  }
  return totals;
}
/** Languages not written in Latin letters: tinyld/light sometimes answers "ru" or "hi" for accented French. */
const NON_LATIN = new Set(
  'ru uk bg be sr mk kk ar fa ur ps he yi hi mr ne bn ta te kn ml gu pa zh ja ko th el hy ka am'.split(' '),
);
/** Beyond this many characters the detector only sees a sample: it is the slowest step on long pastes. */
const SAMPLE_CHARS = 600;
const UNKNOWN: LanguageGuess = { lang: 'und', confidence: 0, supported: undefined };

const OTHER_LETTER = /\p{L}/u;

/** Letters by script in one pass over char codes (four regex passes were a tenth of the engine's time). */
function countScripts(text: string): { letters: number; latin: number; cyrillic: number; arabic: number } {
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      latin++;
    else if (c < 0x370) continue;
    else if (c >= 0x400 && c <= 0x52f) cyrillic++;
    else if ((c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0xfb50 && c <= 0xfeff))
      arabic++;
    else if (OTHER_LETTER.test(text.charAt(i))) other++;
  }
  return { letters: latin + cyrillic + arabic + other, latin, cyrillic, arabic };
}

function supportedOrUndefined(lang: string): SupportedLanguage | undefined {
  return SUPPORTED.has(lang) ? (lang as SupportedLanguage) : undefined;
}

/** Accepts "pt-BR", "en_US", "ES": the language part, lowercased. */
export function languageFromHint(hint: string): LanguageGuess | undefined {
  const lang = /^[a-z]{2,3}/i.exec(hint.trim())?.[0]?.toLowerCase();
  return lang ? { lang, confidence: 1, supported: supportedOrUndefined(lang) } : undefined;
}

/**
 * When the function words alone are clear (enough of them, one language well ahead), the n-gram detector
 * is skipped: it is most of the engine's time on short messages, and adds nothing in those cases.
 */
const DECISIVE_VOTES = 2;
const DECISIVE_MARGIN = 2;
/** The n-gram detector reads at most this much; its time grows with the sample. */
const NGRAM_CHARS = 160;

function decisiveVote(votes: Map<string, number>): LanguageGuess | undefined {
  let lang = '';
  let best = 0;
  let second = 0;
  let total = 0;
  for (const [candidate, vote] of votes) {
    total += vote;
    if (vote > best) [lang, best, second] = [candidate, vote, best];
    else if (vote > second) second = vote;
  }
  if (best < DECISIVE_VOTES || best < DECISIVE_MARGIN * second) return undefined;
  return { lang, confidence: Math.round((best / total) * 100) / 100, supported: supportedOrUndefined(lang) };
}

export function detectLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { letters, latin, cyrillic, arabic } = countScripts(sample);
  if (letters < 2) return UNKNOWN;
  if (cyrillic / letters > 0.5) return { lang: 'ru', confidence: 0.9, supported: 'ru' };
  if (arabic / letters > 0.5) return { lang: 'ar', confidence: 0.9, supported: 'ar' };
  const latinText = latin / letters > 0.5;
  const votes = functionWordVotes(sample);
  const voteTotal = [...votes.values()].reduce((sum, vote) => sum + vote, 0);
  const decided = latinText ? decisiveVote(votes) : undefined;
  if (decided) return decided;
  const guesses = detectAll(sample.slice(0, NGRAM_CHARS)).filter(
    (guess) => !latinText || !NON_LATIN.has(guess.lang),
  );
  const total = guesses.reduce((sum, guess) => sum + guess.accuracy, 0);
  const scores = new Map(guesses.map((guess) => [guess.lang, total > 0 ? guess.accuracy / total : 0]));
  for (const [lang, vote] of votes) {
    scores.set(lang, (scores.get(lang) ?? 0) + (VOTE_WEIGHT * vote) / Math.max(1, voteTotal));
  }
  // Tactful's customers write mostly in the eight supported languages: on a near tie, prefer one of them
  // (tinyld/light calls "Toller Service, vielen Dank!" Norwegian).
  for (const [candidate, score] of scores)
    if (SUPPORTED.has(candidate)) scores.set(candidate, score + SUPPORTED_PRIOR);
  let lang = 'und';
  let best = 0;
  let sum = 0;
  for (const [candidate, score] of scores) {
    sum += score;
    if (score > best) [lang, best] = [candidate, score];
  }
  if (lang === 'und') return UNKNOWN;
  return { lang, confidence: Math.round((best / sum) * 100) / 100, supported: supportedOrUndefined(lang) };
}

/**
 * The function words above are never sentiment, whatever a machine-translated lexicon says (AFINN-es scores
 * "con", English for a swindle, -2, which hit every Spanish "with"), nor through a stem ("para" is not
 * "parar"). English keeps VADER's curated choices. The few on the list that do carry sentiment stay.
 */
const SENTIMENT_FUNCTION_WORDS = new Set([
  'gracias',
  'bien',
  'obrigado',
  'obrigada',
  'merci',
  'danke',
  'koszonom',
]);

/**
 * Politeness formulas and greetings make a request polite, not positive: "Please send me the invoice" and
 * "Привет, …" are neutral.
 * (VADER rates "please" +1.3, and "plaît", "favor", "فضلك" come through translations.)
 */
const POLITENESS: Record<string, string> = {
  en: 'please pls plz kindly hi hello hey dear',
  es: 'favor hola',
  pt: 'favor ola oi',
  fr: 'plait bonjour bonsoir salut coucou',
  de: 'bitte hallo servus moin',
  hu: 'kerem szia sziasztok hello',
  ru: 'пожалуйста пожалуста плиз привет здравствуйте',
  ar: 'فضلك سمحت مرحبا اهلا',
};

/**
 * Function words the language-id vote leaves out because other languages share them, yet a translated
 * lexicon scores: Hungarian "ha" (if) is AFINN's laughing "ha" (+1.5). Also counting and time words a machine
 * translation mis-scored: Spanish "dos" (two, +2) and "hice" (I did, −2), French "fois" (times, −1), German
 * "laut" (according to, −0.5), Arabic "طول" (throughout, as in "طول اليوم", all day: +2.5).
 */
const SHARED_FUNCTION_WORDS: Record<string, string> = {
  hu: 'ha hogyha',
  es: 'dos hice',
  fr: 'fois',
  de: 'laut',
  ar: 'طول',
};

export function nonSentimentWords(lang: string): Set<string> {
  const politeness = [POLITENESS[lang], SHARED_FUNCTION_WORDS[lang]].join(' ').split(' ').map(normalizeWord);
  const functionWords = lang === 'en' ? [] : (FUNCTION_WORDS[lang] ?? '').split(' ').map(normalizeWord);
  return new Set(
    [...functionWords.filter((word) => !SENTIMENT_FUNCTION_WORDS.has(word)), ...politeness].filter(Boolean),
  );
}
