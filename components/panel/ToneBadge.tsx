import type { ToneResult } from '@/lib/tone/types';

const TONE_LABELS: Readonly<Record<ToneResult['tone'], string>> = {
  angry: 'Angry',
  frustrated: 'Frustrated',
  anxious: 'Anxious',
  confused: 'Confused',
  neutral: 'Neutral',
  positive: 'Positive',
};

/** 0..1 as a word: agents act on "high", not on 0.73. */
function level(value: number): 'low' | 'medium' | 'high' {
  if (value >= 0.6) return 'high';
  if (value >= 0.3) return 'medium';
  return 'low';
}

function Meter({ label, value, hook }: { label: string; value: number; hook: string }) {
  const word = level(value);
  return (
    <div className="tactful-meter" data-tactful={hook} data-level={word}>
      <span>{label}</span>
      <meter min={0} max={1} low={0.3} high={0.6} optimum={0} value={value} aria-label={label} />
      <span className="tactful-meter__word">{word}</span>
    </div>
  );
}

/** The customer's tone, with how urgent, how likely to leave, and whether the complaint says what is wrong. */
export function ToneBadge({ tone }: { tone: ToneResult }) {
  return (
    <div className="tactful-tone">
      <div className="tactful-tone__head">
        <span
          className={`tactful-tone__chip tactful-tone__chip--${tone.tone}`}
          data-tactful="tone"
          data-tone={tone.tone}
          title={`Confidence ${Math.round(tone.confidence * 100)}%`}
        >
          {TONE_LABELS[tone.tone]}
        </span>
        {tone.lang !== 'und' && (
          <span className="tactful-tone__lang" data-tactful="language" title="Customer's language">
            {tone.lang}
          </span>
        )}
        <span
          className="tactful-tone__constructive"
          data-tactful="constructive"
          data-constructive={tone.constructive ? 'yes' : 'no'}
        >
          {tone.constructive ? 'Says what is wrong' : 'Venting, no specifics'}
        </span>
      </div>
      <Meter label="Urgency" value={tone.urgency} hook="urgency" />
      <Meter label="Churn risk" value={tone.churnRisk} hook="churn" />
    </div>
  );
}
