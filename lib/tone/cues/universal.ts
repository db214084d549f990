import type { LanguageCues } from './types';

/**
 * Cues that appear in support messages whatever the language (English loan words, chat shorthand). They are
 * the whole cue list for languages without their own, and are added to every supported language's list.
 */
export const universal: LanguageCues = {
  urgency: `
    asap, urgent, urgente, dringend, срочно, عاجل, sürgős, 911, sos
  `,
  escalation: `
    chargeback, paypal dispute
  `,
  churn: `
    refund, cancel
  `,
  swearing: `
    wtf, ffs, omfg, stfu, fck, fuck*, shit*
  `,
  gratitude: `
    thanks, thank you, thx, merci, gracias, danke, obrigado, obrigada, спасибо, شكرا, köszönöm, grazie
  `,
};
