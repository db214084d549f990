/**
 * Choosing and inserting a reply: one that needs values the page did not give goes to the placeholder form
 * first; a complete one goes straight into the site's editor (lib/insert, caret restored there), its use is
 * recorded for the ranking, and the panel then offers a follow-up reminder for it.
 */
import { useCallback, useState } from 'react';
import type { Suggestion } from '@/lib/templates/types';
import type { ChosenReply, PanelServices } from './types';

export interface InsertStatus {
  ok: boolean;
  text: string;
}

export interface Insertion {
  /** A reply waiting for the agent to fill in missing values. */
  chosen: ChosenReply | null;
  isBusy: boolean;
  status?: InsertStatus;
  /** The reply last inserted (its scenario and template go with the reminder). */
  inserted?: Suggestion;
  choose(suggestion: Suggestion, replaceBeforeCaret?: string): void;
  /** Inserts the chosen reply once its values are filled in (`suggestion` is the re-rendered one). */
  insertChosen(suggestion: Suggestion): void;
  cancel(): void;
}

export function useInsertion(services: PanelServices, initial: ChosenReply | null = null): Insertion {
  const [chosen, setChosen] = useState<ChosenReply | null>(initial);
  const [isBusy, setBusy] = useState(false);
  const [status, setStatus] = useState<InsertStatus>();
  const [inserted, setInserted] = useState<Suggestion>();

  const insert = useCallback(
    async (suggestion: Suggestion, replaceBeforeCaret?: string) => {
      setBusy(true);
      setStatus(undefined);
      try {
        const outcome = await services.insert({
          text: suggestion.text,
          html: suggestion.html,
          ...(replaceBeforeCaret && { replaceBeforeCaret }),
        });
        if (!outcome.ok) {
          setStatus({ ok: false, text: outcome.error ?? 'The reply editor did not accept the reply.' });
          return;
        }
        setChosen(null);
        setInserted(suggestion);
        setStatus({
          ok: true,
          text: `Inserted “${suggestion.title}”. Review it, then send it from the site.`,
        });
        await services.recordTemplateUse(suggestion.templateId).catch(() => undefined);
      } catch (cause) {
        setStatus({
          ok: false,
          text: `Could not insert: ${cause instanceof Error ? cause.message : String(cause)}`,
        });
      } finally {
        setBusy(false);
      }
    },
    [services],
  );

  const choose = useCallback(
    (suggestion: Suggestion, replaceBeforeCaret?: string) => {
      if (suggestion.missing.length > 0) {
        setStatus(undefined);
        setChosen({ suggestion, ...(replaceBeforeCaret && { replaceBeforeCaret }) });
        return;
      }
      void insert(suggestion, replaceBeforeCaret);
    },
    [insert],
  );

  const insertChosen = useCallback(
    (suggestion: Suggestion) => void insert(suggestion, chosen?.replaceBeforeCaret),
    [insert, chosen],
  );

  return { chosen, isBusy, status, inserted, choose, insertChosen, cancel: () => setChosen(null) };
}
