import type { CueKind } from './types';

/**
 * Emoji whose meaning in a support message is unambiguous. The Emoji Sentiment Ranking (data/emoji.json)
 * was measured on 2013 tweets: it lacks newer emoji (🤬, 🥺) and rates some faces oddly for our purpose
 * (😢 +0.03, 😱 +0.76 on -4..4), so these cues add the emotion and set a floor on the score.
 */
export const EMOJI_CUES: Record<string, { kind: CueKind; score: number }> = Object.fromEntries(
  (
    [
      ['anger', -3, '😡 😠 🤬 👿 💢 🖕'],
      ['frustration', -2, '😤 😒 🙄 😑 😩 😫 😖 😣 😞 😔 😢 😭 💔 👎 😓 🤦'],
      ['anxiety', -1.5, '😰 😨 😱 😟 😧 🥺 😬 😥'],
      // Folded hands: in a support message mostly "please" ("please tell me it arrives in time 🙏"); beside
      // thanks it is thanks (analyse.ts, `FOLDED_HANDS`).
      ['anxiety', -0.5, '🙏'],
      ['confusion', -0.5, '😕 🤔 ❓ 😵'],
      ['gratitude', 2.5, '👍 ❤ 💙 💚 💜 🧡 💛 😊 🙂 😍 🥰 🤩 👏 💯 ✅ 🎉 😀 😃 😄 😁 ☺ 🤗'],
    ] as const
  ).flatMap(([kind, score, symbols]) => symbols.split(' ').map((symbol) => [symbol, { kind, score }])),
);

/** Folded hands, and what it scores when the message thanks: as much as the other thanking emoji. */
export const FOLDED_HANDS = '🙏';
export const FOLDED_HANDS_THANKING = 2.5;
