import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { sendMessage } from '@/lib/messaging/browser';
import { scanPlaceholders } from '@/lib/templates/format/placeholders';
import { BUILTIN_LANGUAGES, BUILTIN_SCENARIOS } from '@/lib/templates/format/scenarios';
import { renderTemplate } from '@/lib/templates/render';
import type { Template, TemplateInput } from '@/lib/templates/types';
import { TONES, type Tone } from '@/lib/tone/types';
import { sampleContext } from './sample-context';

export interface EditorStart {
  /** The template being edited; absent for a new one or a duplicate. */
  id?: string;
  input: TemplateInput;
}

interface TemplateEditorProps {
  start: EditorStart;
  agentName: string;
  onSaved: (template: Template) => void;
  onCancel: () => void;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A new template's starting point: the recovery structure with its placeholders. */
export function blankTemplate(language = 'en'): TemplateInput {
  return {
    title: '',
    language,
    scenario: '',
    shortcut: '',
    toneTargets: [],
    tags: [],
    body: 'Hi {{customer.firstName|there}},\n\n\n\nI will update you on {{followUp.date|weekday}}.\n\n{{agent.firstName}}',
  };
}

/** Create or edit one template, with a live preview rendered from sample values. */
export function TemplateEditor({ start, agentName, onSaved, onCancel }: TemplateEditorProps) {
  const [draft, setDraft] = useState<TemplateInput>(start.input);
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const ids = useId();

  useEffect(() => titleInput.current?.focus(), []);

  const preview = useMemo(
    () => renderTemplate(draft, sampleContext(draft.language, agentName)),
    [draft, agentName],
  );
  const problems = useMemo(
    () => scanPlaceholders(draft.body).problems.map((problem) => problem.message),
    [draft.body],
  );
  const update = (patch: Partial<TemplateInput>) => setDraft((current) => ({ ...current, ...patch }));
  const toggleTone = (tone: Tone) => {
    const tones = draft.toneTargets ?? [];
    update({ toneTargets: tones.includes(tone) ? tones.filter((t) => t !== tone) : [...tones, tone] });
  };

  async function save(event?: FormEvent) {
    event?.preventDefault();
    setIsSaving(true);
    try {
      const result = await sendMessage('saveTemplate', { ...draft, ...(start.id && { id: start.id }) });
      if (result.ok) onSaved(result.template);
      else setError(result.error);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setIsSaving(false);
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
  };

  const languages = [...new Set<string>([...BUILTIN_LANGUAGES, draft.language])];
  return (
    <form
      className="library-editor"
      data-tactful="template-editor"
      aria-label={start.id ? 'Edit template' : 'New template'}
      onSubmit={(event) => void save(event)}
      onKeyDown={onKeyDown}
    >
      <div className="library-editor__fields">
        <label>
          Title
          <input
            ref={titleInput}
            name="title"
            value={draft.title}
            maxLength={120}
            onChange={(e) => update({ title: e.target.value })}
          />
        </label>
        <div className="library-editor__row">
          <label>
            Language
            <select
              name="language"
              value={draft.language}
              onChange={(e) => update({ language: e.target.value })}
            >
              {languages.map((code) => (
                <option key={code} value={code}>
                  {languageNames.of(code) ?? code}
                </option>
              ))}
            </select>
          </label>
          <label>
            Scenario
            <select
              name="scenario"
              value={draft.scenario ?? ''}
              onChange={(e) => update({ scenario: e.target.value })}
            >
              {!BUILTIN_SCENARIOS.some((scenario) => scenario.id === draft.scenario) && (
                <option value={draft.scenario ?? ''}>
                  {draft.scenario ? 'Its own scenario' : 'A new scenario of its own'}
                </option>
              )}
              {BUILTIN_SCENARIOS.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Shortcut
            <input
              name="shortcut"
              value={draft.shortcut ?? ''}
              placeholder="e.g. late-vip"
              onChange={(e) => update({ shortcut: e.target.value })}
            />
          </label>
        </div>
        <fieldset className="library-editor__tones">
          <legend>Written for customers who are</legend>
          {TONES.map((tone) => (
            <label key={tone} className="library-editor__tone">
              <input
                type="checkbox"
                name={`tone-${tone}`}
                checked={draft.toneTargets?.includes(tone) ?? false}
                onChange={() => toggleTone(tone)}
              />
              {tone}
            </label>
          ))}
        </fieldset>
        <label>
          Tags (comma-separated)
          <input
            name="tags"
            value={(draft.tags ?? []).join(', ')}
            onChange={(e) =>
              update({
                tags: e.target.value
                  .split(',')
                  .map((tag) => tag.trim())
                  .filter(Boolean),
              })
            }
          />
        </label>
        <label>
          Reply
          <textarea
            name="body"
            rows={14}
            value={draft.body}
            aria-describedby={`${ids}-help`}
            onChange={(e) => update({ body: e.target.value })}
          />
        </label>
        <p id={`${ids}-help`} className="muted">
          Placeholders: {'{{customer.firstName|there}}'}, {'{{agent.firstName}}'}, {'{{order.id}}'},{' '}
          {'{{ticket.id}}'}, {'{{followUp.date|weekday}}'}. A blank line starts a paragraph; lines starting
          “1. ” are steps.
        </p>
      </div>
      <section className="library-editor__preview" aria-label="Preview with sample values" aria-live="polite">
        <h3>Preview</h3>
        <div className="library-editor__rendered" data-tactful="template-preview" dir="auto">
          {preview.text}
        </div>
        {(preview.missing.length > 0 || problems.length > 0) && (
          <ul className="library-editor__problems" data-tactful="template-problems">
            {preview.missing.map((path) => (
              <li key={path}>
                No sample value for {`{{${path}}}`}: add a fallback, e.g. {`{{${path}|…}}`}
              </li>
            ))}
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
      </section>
      <div className="actions library-editor__actions">
        <button type="submit" data-tactful="template-save" disabled={isSaving}>
          Save
        </button>
        <button type="button" className="button--quiet" onClick={onCancel}>
          Cancel
        </button>
        {error && (
          <p role="alert" className="library-editor__error">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
