import { useEffect, useState } from 'react';
import type { RenderContext, Suggestion } from '@/lib/templates/types';
import { SuggestionList } from './SuggestionList';
import type { PanelServices } from './types';

interface SearchBoxProps {
  services: PanelServices;
  /** The customer's language: searched first, then every language when it has no match. */
  language?: string;
  context: RenderContext;
  onChoose(suggestion: Suggestion): void;
  onFill?(suggestion: Suggestion): void;
  isBusy?: boolean;
}

const RESULT_COUNT = 5;
const TYPING_PAUSE_MS = 120;

/**
 * Search over the whole library (title, shortcut, keywords, text), answered by the background's index. Each hit
 * is rendered with the ticket's values, so what the agent previews is what gets inserted.
 */
export function SearchBox({ services, language, context, onChoose, onFill, isBusy }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<{ query: string; results: Suggestion[]; status?: string }>();
  const text = query.trim();
  // Only the answer to what is in the box now is shown; an emptied box shows nothing.
  const { results = [], status = undefined } = answer?.query === text ? answer : {};

  useEffect(() => {
    if (!text) return undefined;
    let isCurrent = true;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          let hits = language
            ? await services.searchTemplates({ query: text, language, limit: RESULT_COUNT })
            : [];
          if (hits.length === 0) hits = await services.searchTemplates({ query: text, limit: RESULT_COUNT });
          const rendered = await Promise.all(
            hits.map((hit) => services.renderTemplate(hit.template.id, context)),
          );
          if (!isCurrent) return;
          const found = rendered.filter((entry): entry is Suggestion => entry !== null);
          setAnswer({
            query: text,
            results: found,
            ...(found.length === 0 && { status: `No template matches "${text}".` }),
          });
        } catch (cause) {
          if (!isCurrent) return;
          const reason = cause instanceof Error ? cause.message : String(cause);
          setAnswer({ query: text, results: [], status: `Search failed: ${reason}` });
        }
      })();
    }, TYPING_PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [text, language, context, services]);

  return (
    <div className="tactful-search" role="search">
      <label className="tactful-field">
        <span>Search all templates</span>
        <input
          type="search"
          data-tactful="search"
          value={query}
          placeholder="refund, late, ;shortcut…"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Down from the box goes to the first result, as in any combobox-like search.
            if (event.key !== 'ArrowDown') return;
            const first = event.currentTarget
              .closest('.tactful-search')
              ?.querySelector<HTMLElement>('[data-tactful="search-result"]');
            if (!first) return;
            event.preventDefault();
            first.focus();
          }}
        />
      </label>
      {status && (
        <p className="tactful-muted" role="status">
          {status}
        </p>
      )}
      {results.length > 0 && (
        <SuggestionList
          suggestions={results}
          onChoose={onChoose}
          onFill={onFill}
          itemHook="search-result"
          buttonHook="search-insert"
          label="Search results"
          isBusy={isBusy}
        />
      )}
    </div>
  );
}
