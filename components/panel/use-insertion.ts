/**
 * Inserting a reply: one click or Enter puts it into the site's editor (lib/insert, caret restored there), its
 * use is recorded for the ranking, and the panel then offers a follow-up reminder for it. A reply that needs
 * values the page did not give shows them before insertion ("Fill in" opens the form that renders it again
 * with them); inserted as it is, it carries visible gaps such as "[order number]" (never template syntax),
 * and the status says which ones to fill before sending. Insertion is never blocked: Tactful only writes into
 * the editor, the agent sends.
 */
import { useCallback, useState } from 'react';
import type { Suggestion } from '@/lib/templates/types';
import { describeMissing } from './render-context';
import type { PanelServices } from './types';

export interface InsertStatus {
  ok: boolean;
  text: string;
  /** Placeholders the inserted reply still has as visible gaps. */
  gaps: string[];
}

export interface Insertion {
  /** A reply whose missing values the agent is filling in. */
  filling: Suggestion | null;
  isBusy: boolean;
  status?: InsertStatus;
  /** The reply last inserted (its scenario and template go with the reminder). */
  inserted?: Suggestion;
  insert(suggestion: Suggestion): void;
  /** Opens the form for the values `suggestion` needs. */
  fill(suggestion: Suggestion): void;
  cancel(): void;
}

export function useInsertion(services: PanelServices): Insertion {
  const [filling, setFilling] = useState<Suggestion | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [status, setStatus] = useState<InsertStatus>();
  const [inserted, setInserted] = useState<Suggestion>();

  const insert = useCallback(
    (suggestion: Suggestion) => {
      void (async () => {
        setBusy(true);
        setStatus(undefined);
        try {
          const outcome = await services.insert({ text: suggestion.text, html: suggestion.html });
          if (!outcome.ok) {
            const text = outcome.error ?? 'The reply editor did not accept the reply.';
            setStatus({ ok: false, text, gaps: [] });
            return;
          }
          setFilling(null);
          setInserted(suggestion);
          const gaps = suggestion.missing;
          setStatus({
            ok: true,
            gaps,
            text:
              gaps.length > 0
                ? `Inserted “${suggestion.title}”. Fill in the gaps before sending: ${describeMissing(gaps)}.`
                : `Inserted “${suggestion.title}”. Review it, then send it from the site.`,
          });
          await services.recordTemplateUse(suggestion.templateId).catch(() => undefined);
        } catch (cause) {
          const reason = cause instanceof Error ? cause.message : String(cause);
          setStatus({ ok: false, text: `Could not insert: ${reason}`, gaps: [] });
        } finally {
          setBusy(false);
        }
      })();
    },
    [services],
  );

  const fill = useCallback((suggestion: Suggestion) => {
    setStatus(undefined);
    setFilling(suggestion);
  }, []);

  return { filling, isBusy, status, inserted, insert, fill, cancel: () => setFilling(null) };
}
