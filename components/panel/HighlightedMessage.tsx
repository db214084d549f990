import type { Evidence } from '@/lib/tone/types';

interface Segment {
  text: string;
  evidence?: Evidence;
}

/**
 * Splits `text` at the evidence spans (offsets into exactly this text). Overlapping spans keep the first one;
 * spans outside the text are ignored, so a stale result never throws.
 */
export function segmentsOf(text: string, evidence: readonly Evidence[]): Segment[] {
  const spans = [...evidence]
    .filter((span) => span.start >= 0 && span.end > span.start && span.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), evidence: span });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** A pasted novel would cost the page a long layout for nothing: the agent reads the start, and can edit it all. */
const MAX_SHOWN_CHARS = 8000;

/**
 * The customer's message with the words that set the tone highlighted. Rendered as React text only: page text
 * never becomes markup.
 */
export function HighlightedMessage({ text, evidence }: { text: string; evidence: readonly Evidence[] }) {
  const shown = text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
  return (
    <blockquote className="tactful-message" data-tactful="highlighted-message">
      {segmentsOf(shown, evidence).map((segment, index) =>
        segment.evidence ? (
          <mark
            key={index}
            className={`tactful-evidence tactful-evidence--${segment.evidence.kind}`}
            data-tactful="evidence"
            data-kind={segment.evidence.kind}
            title={segment.evidence.label}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </blockquote>
  );
}
