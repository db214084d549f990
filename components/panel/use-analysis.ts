/**
 * Tone, then the promised follow-up, then the three best replies for one customer message. The tone is shown
 * as soon as it arrives (the panel must show it within 100 ms of a new message); suggestions follow. A newer
 * message or context cancels the older requests' effect, so a slow answer never overwrites a newer one.
 */
import { useEffect, useState } from 'react';
import type { RenderContext, Suggestion } from '@/lib/templates/types';
import type { ToneResult } from '@/lib/tone/types';
import { renderContextFor, type ContextInputs } from './render-context';
import type { PanelServices } from './types';

export interface Analysis {
  /** The message this analysis is for ('' when there is none). */
  message: string;
  tone?: ToneResult;
  suggestions: Suggestion[];
  /** The context the suggestions were rendered with (the placeholder form and search start from it). */
  context?: RenderContext;
  isLoading: boolean;
  error?: string;
}

const SUGGESTION_COUNT = 3;

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** What came back for one message; the hook derives what to show from it and the current message. */
interface Result {
  message: string;
  tone?: ToneResult;
  suggestions: Suggestion[];
  context?: RenderContext;
  isDone: boolean;
  error?: string;
}

export function useAnalysis(
  message: string,
  inputs: ContextInputs & { agentLanguage?: string },
  services: PanelServices,
): Analysis {
  const [result, setResult] = useState<Result>({ message: '', suggestions: [], isDone: true });
  const { page, agentName, timeZone, agentLanguage } = inputs;
  const text = message.trim();

  useEffect(() => {
    if (!text) return undefined;
    let isCurrent = true;
    const update = (patch: Partial<Result>) => {
      if (!isCurrent) return;
      setResult((previous) =>
        previous.message === text
          ? { ...previous, ...patch }
          : { message: text, suggestions: [], isDone: false, ...patch },
      );
    };
    void (async () => {
      let tone: ToneResult;
      try {
        tone = await services.analyzeTone(text);
      } catch (cause) {
        update({ isDone: true, error: `Could not read the tone: ${describe(cause)}` });
        return;
      }
      update({ tone, isDone: false });
      const followUpDate = await services.suggestFollowUp(tone);
      const context = renderContextFor({ page, agentName, timeZone, followUpDate });
      try {
        const suggestions = await services.suggestReplies({
          message: text,
          tone,
          context,
          agentLanguage,
          limit: SUGGESTION_COUNT,
        });
        update({ suggestions, context, isDone: true, error: undefined });
      } catch (cause) {
        update({ context, isDone: true, error: `No suggestions: ${describe(cause)}` });
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [text, page, agentName, timeZone, agentLanguage, services]);

  if (!text) return { message: '', suggestions: [], isLoading: false };
  const isSame = result.message === text;
  return {
    message: text,
    tone: isSame ? result.tone : undefined,
    suggestions: isSame ? result.suggestions : [],
    context: isSame ? result.context : undefined,
    isLoading: !isSame || !result.isDone,
    error: isSame ? result.error : undefined,
  };
}
