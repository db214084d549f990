/**
 * What the reply checker looks for in one language. Phrases use the syntax of checker/phrase-pattern.ts and
 * describe how agents really write, with inflections (`apologi*`) and filler words (`~`), not fixed
 * sentences. Fixes are written in the language of the reply: they are text the agent can paste.
 */
export const BLAME_KINDS = [
  'should-have', // "you should have read…"
  'as-i-said', // "as I already said"
  'policy', // "our policy clearly states"
  'not-our-fault', // shifting it to the courier, the system, another team
  'your-fault', // "you failed to…", "user error"
  'condescending', // "calm down", "obviously", "as you can see"
  'dismissive', // "there is nothing we can do", "not my department"
  'non-apology', // "sorry you feel that way"
] as const;
export type BlameKind = (typeof BLAME_KINDS)[number];

export interface LanguageCues {
  /** Greeting words at the start of a reply. */
  greetings: readonly string[];
  apologies: readonly string[];
  /** First-person commitment and responsibility: "I'll", "let me", "our mistake". */
  ownership: readonly string[];
  /** A concrete next step or time: "by Friday", "within 24 hours", "I've sent", "tomorrow". */
  nextSteps: readonly string[];
  /**
   * Promises to look, with nothing the customer will see or when: "we'll look into it", "vamos verificar",
   * "megnézem". Ownership, but no next step: a next-step phrase inside one of these does not count.
   */
  vagueSteps?: readonly string[];

  /** Warm closings near the end: "take care", "kind regards", "thanks for your patience". */
  closings: readonly string[];
  blame: Readonly<Record<BlameKind, readonly string[]>>;
  /**
   * Negation words. A negated "should have" is empathy, not blame ("Sie hätten nicht so lange warten müssen",
   * "no debería haber tenido que esperar"), so should-have phrases containing one are not reported.
   */
  negations?: readonly string[];
  /**
   * Sympathy that shares words with blame: "it's not your fault", "you shouldn't have had to wait", "nem
   * kellett volna ennyit várnia". A blame phrase inside one of these is not reported.
   */
  sympathy?: readonly string[];
  /** Prefixes written together with the next word (Arabic و "and", ف "so"), allowed before any phrase. */
  proclitics?: string;
  fixes: {
    /** A greeting line with the name, e.g. `Hi ${name},`. */
    greeting: (name: string | undefined) => string;
    apology: string;
    ownership: string;
    /** A concrete promise with "by" a day in the language's form (`weekday-by`: "by Friday", «до пятницы»). */
    nextStep: (byDay: string) => string;
    closing: string;
    blame: Readonly<Record<BlameKind, string>>;
  };
}
