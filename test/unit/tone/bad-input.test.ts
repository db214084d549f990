import { describe, expect, it } from 'vitest';
import { detectTone, MAX_TEXT_CHARS, TONES, type ToneResult } from '@/lib/tone';

function expectWellFormed(result: ToneResult, text: string): void {
  expect(TONES).toContain(result.tone);
  const total = Object.values(result.scores).reduce((sum, score) => sum + score, 0);
  expect(total).toBeCloseTo(1, 2);
  for (const value of [result.intensity, result.urgency, result.churnRisk, result.confidence]) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
  for (const e of result.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
  }
}

describe('detectTone on input with nothing to read', () => {
  it.each([
    ['empty', ''],
    ['only spaces and new lines', '   \n\t  '],
    ['only a URL', 'https://example.com/orders/123?ref=mail'],
    ['only an e-mail address', 'someone@example.com'],
    ['an HTML fragment with no text', '<div class="x"><br/><img src="a.png"></div>'],
  ])('%s: neutral with low confidence', (_name, text) => {
    const result = detectTone(text);
    expectWellFormed(result, text);
    expect(result.tone).toBe('neutral');
    expect(result.polarity).toBe('neutral');
    expect(result.confidence).toBeLessThan(0.3);
    expect(result.evidence).toEqual([]);
  });

  it('non-string input returns the neutral result instead of throwing', () => {
    for (const value of [undefined, null, 42, {}, ['text']]) {
      const result = detectTone(value);
      expect(result.tone).toBe('neutral');
      expect(result.confidence).toBe(0);
    }
  });

  it('binary junk never throws and stays low-confidence', () => {
    let junk = '';
    for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    const result = detectTone(junk);
    expectWellFormed(result, junk);
    expect(result.confidence).toBeLessThan(0.5);
  });
});

describe('detectTone on unusual but readable input', () => {
  it('only emoji: reads the emoji, without a language', () => {
    const text = '😡😡😡';
    const result = detectTone(text);
    expectWellFormed(result, text);
    expect(result.polarity).toBe('negative');
    expect(result.lang).toBe('und');
    expect(result.evidence.every((e) => e.kind === 'emoji')).toBe(true);
  });

  it('HTML fragments are read as text, tags ignored, offsets into the original', () => {
    const text = '<p>Thank you <b>so much</b>, it works now!</p>';
    const result = detectTone(text);
    expectWellFormed(result, text);
    expect(result.polarity).toBe('positive');
    expect(result.evidence.some((e) => text.slice(e.start, e.end).includes('<'))).toBe(false);
  });

  it('right-to-left and mixed-script text keeps offsets on the original string', () => {
    const text = 'Order #55123: الطلب لم يصل حتى الان!! please help';
    const result = detectTone(text);
    expectWellFormed(result, text);
    expect(result.evidence.map((e) => text.slice(e.start, e.end))).toContain('#55123');
  });

  it('1 MB of text finishes and stays well-formed', () => {
    const sentence = 'The parcel is late again and nobody answers my emails, this is unacceptable. ';
    const text = sentence.repeat(Math.ceil(1_048_576 / sentence.length)).slice(0, 1_048_576);
    const result = detectTone(text);
    expectWellFormed(result, text);
    expect(result.polarity).toBe('negative');
    expect(result.evidence.length).toBeLessThanOrEqual(200);
    // Only the first window is read (the customer's new words come first); offsets stay on the original.
    expect(Math.max(...result.evidence.map((e) => e.end))).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  });
});
