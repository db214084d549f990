import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';

/** 🙏 asks ("please") when alone, and thanks beside thanks: chat customers close with it in every language. */
describe('folded hands', () => {
  it.each([
    ['ar', 'شكرا جزيلا 🙏'],
    ['hu', 'Köszönöm 🙏🙏'],
    ['en', 'thx!! 🙏🙏 you guys rock'],
  ])('beside thanks, thank (%s: %s)', (_lang, text) => {
    const result = detectTone(text);
    expect(result.tone).toBe('positive');
    expect(result.polarity).toBe('positive');
    const hands = result.evidence.filter((e) => e.kind === 'emoji');
    expect(hands.every((e) => (e.weight ?? 0) > 0)).toBe(true);
  });

  it('alone, still ask', () => {
    const result = detectTone('please tell me it arrives in time 🙏');
    expect(result.tone).toBe('anxious');
    expect(result.evidence.find((e) => e.kind === 'emoji')?.weight).toBeLessThan(0);
  });
});
