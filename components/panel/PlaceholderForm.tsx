import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PlaceholderPath } from '@/lib/templates/format/vocabulary';
import type { RenderContext, Suggestion } from '@/lib/templates/types';
import { keepEditorSelection } from './keep-editor-selection';
import { PLACEHOLDER_LABELS, withFilledValues, type FilledValues } from './render-context';
import type { PanelServices } from './types';

interface PlaceholderFormProps {
  suggestion: Suggestion;
  context: RenderContext;
  services: PanelServices;
  onInsert(suggestion: Suggestion): void;
  onCancel(): void;
  isBusy?: boolean;
}

const RENDER_PAUSE_MS = 150;
const isAgentPath = (path: string) => path === 'agent.firstName' || path === 'agent.name';

/**
 * The values a reply needs that the page did not give (an order number, the agent's name …). The preview is
 * rendered again with them as the agent types; Insert stays off until nothing is missing, so a bracketed gap
 * such as "[order number]" never reaches the customer.
 */
export function PlaceholderForm({
  suggestion,
  context,
  services,
  onInsert,
  onCancel,
  isBusy,
}: PlaceholderFormProps) {
  // The fields stay those the reply first needed, so one does not vanish while the agent is typing in it.
  const [paths] = useState(() => suggestion.missing as PlaceholderPath[]);
  const [values, setValues] = useState<FilledValues>({});
  // The reply as last rendered, and for which values: while they differ from the form's, a render is pending.
  const [rendered, setRendered] = useState<{ values: FilledValues; suggestion: Suggestion }>({
    values,
    suggestion,
  });
  const [error, setError] = useState<string>();
  const [rememberName, setRememberName] = useState(true);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    firstField.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (Object.keys(values).length === 0) return undefined;
    let isCurrent = true;
    const timer = setTimeout(() => {
      services.renderTemplate(suggestion.templateId, withFilledValues(context, values)).then(
        (next) => {
          if (!isCurrent) return;
          if (next) setRendered({ values, suggestion: next });
          else setError('This template is no longer in the library.');
        },
        (cause: unknown) => {
          if (isCurrent) setError(`Could not fill in the reply: ${String(cause)}`);
        },
      );
    }, RENDER_PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [values, suggestion.templateId, context, services]);

  const preview = rendered.suggestion;
  const isComplete = rendered.values === values && preview.missing.length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isComplete || isBusy) return;
    const agentName = values['agent.name'] ?? values['agent.firstName'];
    if (rememberName && agentName?.trim())
      void services.saveAgentName(agentName.trim()).catch(() => undefined);
    onInsert(preview);
  }

  return (
    <form className="tactful-placeholders" data-tactful="placeholders" onSubmit={submit}>
      <strong>Fill in before inserting “{suggestion.title}”</strong>
      {paths.map((path, index) => (
        <label key={path} className="tactful-field">
          <span>{PLACEHOLDER_LABELS[path] ?? path}</span>
          <input
            ref={index === 0 ? firstField : undefined}
            type={path === 'followUp.date' ? 'date' : 'text'}
            data-tactful="placeholder"
            data-path={path}
            required
            value={values[path] ?? ''}
            onChange={(event) => setValues((previous) => ({ ...previous, [path]: event.target.value }))}
          />
        </label>
      ))}
      {paths.some(isAgentPath) && (
        <label className="tactful-check">
          <input
            type="checkbox"
            checked={rememberName}
            onChange={(event) => setRememberName(event.target.checked)}
          />
          Remember my name for next time
        </label>
      )}
      <p className="tactful-suggestion__preview" data-tactful="placeholder-preview" lang={preview.language}>
        {preview.text}
      </p>
      {error && <p role="alert">{error}</p>}
      <div className="tactful-buttons">
        <button
          type="submit"
          className="tactful-primary"
          data-tactful="placeholders-insert"
          disabled={!isComplete || isBusy}
          onMouseDown={keepEditorSelection}
        >
          Insert
        </button>
        <button type="button" onMouseDown={keepEditorSelection} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
