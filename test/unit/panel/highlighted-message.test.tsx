import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { HighlightedMessage, segmentsOf } from '@/components/panel/HighlightedMessage';
import { detectTone, type Evidence } from '@/lib/tone';

afterEach(cleanup);

const span = (start: number, end: number, kind: Evidence['kind'] = 'lexicon'): Evidence => ({
  start,
  end,
  kind,
  label: kind,
});

describe('segmentsOf', () => {
  it('cuts the text at the evidence spans and keeps every character once', () => {
    const text = 'This is the THIRD time!!!';
    const segments = segmentsOf(text, [span(22, 25, 'punctuation'), span(12, 22, 'repeat')]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.evidence).map((segment) => segment.text)).toEqual([
      'THIRD time',
      '!!!',
    ]);
  });

  it('keeps the first of overlapping spans and drops spans outside the text', () => {
    const segments = segmentsOf('abcdef', [span(1, 4), span(2, 5), span(4, 99), span(-1, 2), span(3, 3)]);
    expect(segments.map((segment) => [segment.text, Boolean(segment.evidence)])).toEqual([
      ['a', false],
      ['bcd', true],
      ['ef', false],
    ]);
  });
});

describe('HighlightedMessage', () => {
  it('marks the words the tone engine found, as text only', () => {
    const text = 'This is the THIRD time I ask <b>and</b> nobody answers!!! I will cancel.';
    const { container } = render(<HighlightedMessage text={text} evidence={detectTone(text).evidence} />);
    const marks = [...container.querySelectorAll('mark[data-tactful="evidence"]')];
    expect(marks.length).toBeGreaterThan(1);
    expect(container.textContent).toBe(text);
    expect(container.querySelector('b')).toBeNull();
    expect(marks.map((mark) => mark.getAttribute('data-kind'))).toContain('churn');
  });
});
