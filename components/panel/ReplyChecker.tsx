import { useEffect, useState } from 'react';
import type { CheckFinding, CheckRule } from '@/lib/templates/checker';
import type { ToneResult } from '@/lib/tone/types';
import type { PanelServices } from './types';

interface ReplyCheckerProps {
  /** The text of the site's reply editor, as the agent types it. */
  draft: string;
  tone?: ToneResult;
  /** The reply's language; the customer's when nothing better is known. */
  lang?: string;
  customerName?: string;
  services: PanelServices;
}

const RULE_LABELS: Readonly<Record<CheckRule, string>> = {
  'greeting-name': 'Greeting',
  apology: 'Apology',
  ownership: 'Ownership',
  'next-step': 'Next step',
  blame: 'Blame',
  closing: 'Closing',
};
const TYPING_PAUSE_MS = 400;
/** Shorter drafts are still being started; judging them would only nag. */
const MIN_DRAFT_CHARS = 12;

/** The agent's own draft, reviewed against the recovery structure while they type (lib/templates checkReply). */
export function ReplyChecker({ draft, tone, lang, customerName, services }: ReplyCheckerProps) {
  const [findings, setFindings] = useState<{ draft: string; list: CheckFinding[] }>();
  const [error, setError] = useState<string>();
  const text = draft.trim().length >= MIN_DRAFT_CHARS ? draft : '';

  useEffect(() => {
    if (!text) return undefined;
    let isCurrent = true;
    const timer = setTimeout(() => {
      services
        .checkReply({
          draft: text,
          ...(tone && { tone }),
          ...((lang ?? tone?.lang) && { lang: lang ?? tone?.lang }),
          ...(customerName && { customer: { name: customerName } }),
        })
        .then(
          (list) => {
            if (!isCurrent) return;
            setFindings({ draft: text, list });
            setError(undefined);
          },
          (cause: unknown) => {
            if (isCurrent) setError(`The reply checker failed: ${String(cause)}`);
          },
        );
    }, TYPING_PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [text, tone, lang, customerName, services]);

  if (!text) {
    return (
      <p className="tactful-muted" data-tactful="checker-idle">
        Start your reply in the editor and Tactful reviews it here.
      </p>
    );
  }
  if (error) return <p role="alert">{error}</p>;
  if (!findings) return <p className="tactful-muted">Reading your draft…</p>;
  if (findings.list.length === 0) {
    return (
      <p className="tactful-checker__ok" data-tactful="checker-ok">
        Your draft greets, owns the problem, gives a next step and closes warmly.
      </p>
    );
  }
  return (
    <ul className="tactful-checker" data-tactful="checker" aria-live="polite">
      {findings.list.map((finding, index) => {
        const quoted = finding.end > finding.start ? findings.draft.slice(finding.start, finding.end) : '';
        return (
          <li key={`${finding.rule}:${index}`} data-tactful="finding" data-rule={finding.rule}>
            <strong>{RULE_LABELS[finding.rule] ?? finding.rule}</strong> {finding.message}
            {quoted && <q className="tactful-checker__quote">{quoted}</q>}
            {finding.fix && (
              <span className="tactful-checker__fix">
                Try: <em>{finding.fix}</em>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
