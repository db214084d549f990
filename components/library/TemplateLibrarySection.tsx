import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { sendMessage } from '@/lib/messaging/browser';
import { getDb } from '@/lib/storage';
import { BUILTIN_LANGUAGES } from '@/lib/templates/format/scenarios';
import type { Template, TemplateHit } from '@/lib/templates/types';
import { groupTemplates } from './group-templates';
import { blankTemplate, TemplateEditor, type EditorStart } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import './library.css';

const UNDO_MS = 12_000;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function toInput(template: Template, titleSuffix = '') {
  const { title, body, language, scenario, shortcut, toneTargets, tags } = template;
  return {
    title: `${title}${titleSuffix}`,
    body,
    language,
    scenario,
    shortcut: shortcut ?? '',
    toneTargets,
    tags,
  };
}

/**
 * The options page's template library: every template (built-in, packs, the agent's own) grouped by
 * scenario with its language variants; fuzzy search through the background's index; create, edit with a
 * live preview, duplicate (e.g. into another language), and delete with undo. The list is read live from
 * Dexie; every change goes through the background, which keeps its search index and suggestions in step.
 */
export function TemplateLibrarySection() {
  const templates = useLiveQuery(() => getDb().templates.toArray(), []);
  const [query, setQuery] = useState('');
  const [language, setLanguage] = useState('');
  const [editing, setEditing] = useState<EditorStart>();
  const [deleted, setDeleted] = useState<Template>();
  const [agentName, setAgentName] = useState('');
  const [error, setError] = useState<string>();
  const searchInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    sendMessage('getSettings').then(
      (settings) => setAgentName(settings.agentName),
      () => undefined,
    );
  }, []);

  // Search runs in the background's index; an answer is kept with its query, so a late answer to an older
  // query is never shown for a newer one.
  const [found, setFound] = useState<{ query: string; language: string; hits: TemplateHit[] }>();
  useEffect(() => {
    if (!query.trim()) return;
    let isCurrent = true;
    sendMessage('searchTemplates', { query, ...(language && { language }), limit: 200 }).then(
      (hits) => isCurrent && setFound({ query, language, hits }),
      (cause: unknown) => isCurrent && setError(String(cause)),
    );
    return () => {
      isCurrent = false;
    };
  }, [query, language, templates]);
  const hits = query.trim() && found?.query === query && found.language === language ? found.hits : undefined;

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const groups = useMemo(
    () => groupTemplates(templates ?? [], { ...(language && { language }), ...(hits && { hits }) }),
    [templates, language, hits],
  );

  async function remove(template: Template) {
    setError(undefined);
    try {
      const removed = await sendMessage('deleteTemplate', { id: template.id });
      if (removed) setDeleted(removed);
    } catch (cause) {
      setError(String(cause));
    }
  }

  async function undo() {
    if (!deleted) return;
    const result = await sendMessage('restoreTemplate', deleted);
    if (result.ok) setDeleted(undefined);
    else setError(result.error);
  }

  const closeEditor = () => {
    setEditing(undefined);
    searchInput.current?.focus();
  };

  return (
    <section className="library" data-tactful="library" aria-labelledby="library-heading">
      <h2 id="library-heading">Templates</h2>
      <div className="library__toolbar">
        <label className="library__search">
          <span className="visually-hidden">Search templates</span>
          <input
            ref={searchInput}
            type="search"
            data-tactful="template-search"
            placeholder="Search: title, words in the reply, shortcut, tag…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label>
          <span className="visually-hidden">Language</span>
          <select
            name="library-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
          >
            <option value="">All languages</option>
            {BUILTIN_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageNames.of(code) ?? code}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-tactful="template-new"
          onClick={() => setEditing({ input: blankTemplate(language || 'en') })}
        >
          New template
        </button>
      </div>

      {deleted && (
        <div className="library__undo" role="status" data-tactful="undo-bar">
          Deleted “{deleted.title}” ({deleted.language}).{' '}
          <button type="button" data-tactful="undo" onClick={() => void undo()}>
            Undo
          </button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}

      {editing && (
        <TemplateEditor
          key={editing.id ?? 'new'}
          start={editing}
          agentName={agentName}
          onSaved={closeEditor}
          onCancel={closeEditor}
        />
      )}

      {templates === undefined ? (
        <p>Loading…</p>
      ) : (
        <>
          <p className="muted" data-tactful="template-count">
            {hits
              ? `${groups.reduce((sum, group) => sum + group.templates.length, 0)} matching`
              : `${templates.length} templates`}{' '}
            in {groups.length} scenarios
          </p>
          <TemplateList
            groups={groups}
            isExpanded={Boolean(hits)}
            onEdit={(template) => setEditing({ id: template.id, input: toInput(template) })}
            onDuplicate={(template) => setEditing({ input: toInput(template, ' (copy)') })}
            onDelete={(template) => void remove(template)}
          />
        </>
      )}
    </section>
  );
}
