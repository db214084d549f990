import { useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '@/lib/templates/types';
import { describeMissing } from './render-context';
import { keepEditorSelection } from './keep-editor-selection';

interface SuggestionListProps {
  suggestions: readonly Suggestion[];
  /** Called with the suggestion to insert (by click, or Enter on it). */
  onChoose(suggestion: Suggestion): void;
  /** Opens the form for the values a suggestion still needs. */
  onFill?(suggestion: Suggestion): void;
  /** Hook for the list's items and buttons: 'suggestion' / 'insert', or the search results' own. */
  itemHook?: string;
  buttonHook?: string;
  label: string;
  isBusy?: boolean;
}

/**
 * Replies with a preview, usable by keyboard: one item is in the tab order (roving tabindex), arrow keys,
 * Home and End move between items, Enter inserts the focused one.
 */
export function SuggestionList({
  suggestions,
  onChoose,
  onFill,
  itemHook = 'suggestion',
  buttonHook = 'insert',
  label,
  isBusy = false,
}: SuggestionListProps) {
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, suggestions.length - 1));

  const move = (index: number) => {
    const next = (index + suggestions.length) % suggestions.length;
    setActive(next);
    items.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(suggestions.length - 1),
      Enter: () => {
        const suggestion = suggestions[index];
        if (suggestion && !isBusy) onChoose(suggestion);
      },
    };
    const action = keys[event.key];
    if (!action || event.target !== event.currentTarget) return;
    event.preventDefault();
    action();
  };

  return (
    <ul className="tactful-suggestions" aria-label={label}>
      {suggestions.map((suggestion, index) => (
        <li
          key={`${suggestion.templateId}:${index}`}
          ref={(element) => {
            items.current[index] = element;
          }}
          className="tactful-suggestion"
          data-tactful={itemHook}
          data-template-id={suggestion.templateId}
          data-language={suggestion.language}
          data-scenario={suggestion.scenario}
          tabIndex={index === current ? 0 : -1}
          aria-label={`${suggestion.title}. Press Enter to insert.`}
          onFocus={() => setActive(index)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          <div className="tactful-suggestion__head">
            <strong>{suggestion.title}</strong>
            <button
              type="button"
              data-tactful={buttonHook}
              tabIndex={-1}
              disabled={isBusy}
              onMouseDown={keepEditorSelection}
              onClick={() => onChoose(suggestion)}
            >
              Insert
            </button>
          </div>
          <p className="tactful-suggestion__reason">
            {suggestion.reason}
            {suggestion.isFallbackLanguage && (
              <span className="tactful-suggestion__fallback"> · not in the customer's language</span>
            )}
          </p>
          <p className="tactful-suggestion__preview" data-tactful="preview" lang={suggestion.language}>
            {suggestion.text}
          </p>
          {suggestion.missing.length > 0 && (
            <p className="tactful-suggestion__missing" data-tactful="needs-values">
              Missing here: {describeMissing(suggestion.missing)}.{' '}
              {onFill && (
                <button
                  type="button"
                  className="tactful-link"
                  data-tactful="fill"
                  onMouseDown={keepEditorSelection}
                  onClick={() => onFill(suggestion)}
                >
                  Fill in before inserting
                </button>
              )}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
