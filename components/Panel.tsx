import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { AgentNamePrompt } from './panel/AgentNamePrompt';
import { HostDismissal } from './panel/HostDismissal';
import { keepEditorSelection } from './panel/keep-editor-selection';
import { MessageSection } from './panel/MessageSection';
import { PlaceholderForm } from './panel/PlaceholderForm';
import { renderContextFor } from './panel/render-context';
import { ReplyChecker } from './panel/ReplyChecker';
import { SearchBox } from './panel/SearchBox';
import { SuggestionList } from './panel/SuggestionList';
import type { PanelPage, PanelServices } from './panel/types';
import { useAnalysis } from './panel/use-analysis';
import { useInsertion } from './panel/use-insertion';
import { useDebouncedValue } from './panel/use-debounced-value';
import { RemindMe } from './reminders/RemindMe';
import './panel/panel.css';

export interface PanelSettings {
  agentName: string;
  agentLanguage: string;
  /** IANA zone of the agent's working hours ('' = the browser's). */
  timeZone: string;
}

interface PanelProps {
  page: PanelPage;
  /** The text in the site's reply editor, for the reply checker. */
  draft: string;
  settings: PanelSettings;
  services: PanelServices;
  onClose(): void;
  /** Whether the agent hid the launcher on this site, and how to change that. */
  isDismissed: boolean;
  onDismiss(): void;
  onRestore(): void;
  /** Drops the agent's remembered selection, so the page's own latest message is read again. */
  onForgetSelection?(): void;
}

const TYPED_MESSAGE_PAUSE_MS = 350;

/**
 * The Tactful panel: the customer's tone with the words that set it, the three best replies (insert with one
 * click or Enter), search over the whole library, values to fill before inserting, the reply checker on the
 * agent's draft, and "Remind me". Focus lands on the first reply; Escape closes.
 */
export function Panel(props: PanelProps) {
  const { page, draft, settings, services, onClose } = props;
  const [typed, setTyped] = useState<{ key: string; text: string }>();
  // The agent's pasted or corrected text holds until the page shows another conversation or message.
  const typedText = typed?.key === page.key ? typed.text : undefined;
  const message = useDebouncedValue(
    typedText ?? page.message,
    typedText === undefined ? 0 : TYPED_MESSAGE_PAUSE_MS,
  );
  const inputs = useMemo(
    () => ({
      page,
      agentName: settings.agentName,
      agentLanguage: settings.agentLanguage,
      timeZone: settings.timeZone || undefined,
    }),
    [page, settings.agentName, settings.agentLanguage, settings.timeZone],
  );
  const analysis = useAnalysis(message, inputs, services);
  const insertion = useInsertion(services);
  const tone = analysis.message === message.trim() ? analysis.tone : undefined;
  const context = useMemo(() => analysis.context ?? renderContextFor(inputs), [analysis.context, inputs]);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    panel.current?.focus({ preventScroll: true });
  }, []);

  // Replies arrive after the panel opened: keyboard users start on the first one, unless they moved on.
  const firstSuggestion = analysis.suggestions[0]?.templateId;
  useEffect(() => {
    const root = panel.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (!firstSuggestion || root?.activeElement !== panel.current) return;
    panel.current?.querySelector<HTMLElement>('[data-tactful="suggestion"]')?.focus({ preventScroll: true });
  }, [firstSuggestion]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (insertion.filling) insertion.cancel();
    else onClose();
  }

  const source = typedText !== undefined ? 'typed' : page.messageSource;
  const ticket = {
    url: page.url,
    site: page.site,
    ...(page.customer.name && { customerName: page.customer.name }),
    ...(insertion.inserted && {
      scenario: insertion.inserted.scenario,
      templateId: insertion.inserted.templateId,
    }),
  };

  return (
    <section
      ref={panel}
      className="tactful-panel"
      data-tactful="panel"
      role="dialog"
      aria-label="Tactful"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="tactful-panel__header">
        <strong>Tactful</strong>
        <span className="tactful-muted">{page.siteName}</span>
        <button
          type="button"
          className="tactful-panel__close"
          aria-label="Close Tactful (Escape)"
          onMouseDown={keepEditorSelection}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <HostDismissal
        host={page.host}
        isDismissed={props.isDismissed}
        onDismiss={props.onDismiss}
        onRestore={props.onRestore}
      />
      {!settings.agentName.trim() && <AgentNamePrompt onSave={services.saveAgentName} />}
      <MessageSection
        message={typedText ?? page.message}
        tone={tone}
        source={source}
        siteName={page.siteName}
        onEdit={(text) => setTyped({ key: page.key, text })}
        onUsePageMessage={() => {
          setTyped(undefined);
          props.onForgetSelection?.();
        }}
      />
      <section className="tactful-section" aria-label="Suggested replies">
        <h2 className="tactful-heading">Suggested replies</h2>
        {analysis.isLoading && analysis.suggestions.length === 0 && (
          <p className="tactful-muted">Finding replies…</p>
        )}
        {analysis.error && <p role="alert">{analysis.error}</p>}
        {analysis.suggestions.length > 0 && (
          <SuggestionList
            suggestions={analysis.suggestions}
            onChoose={insertion.insert}
            onFill={insertion.fill}
            label="Suggested replies"
            isBusy={insertion.isBusy}
          />
        )}
        {insertion.filling && (
          <PlaceholderForm
            key={insertion.filling.templateId}
            suggestion={insertion.filling}
            context={context}
            services={services}
            onInsert={insertion.insert}
            onCancel={insertion.cancel}
            isBusy={insertion.isBusy}
          />
        )}
        {insertion.status && (
          <p
            className={insertion.status.ok ? 'tactful-status' : 'tactful-status tactful-status--error'}
            role={insertion.status.ok ? 'status' : 'alert'}
            data-tactful="insert-status"
            data-state={insertion.status.ok ? 'inserted' : 'failed'}
            data-gaps={insertion.status.gaps.length}
          >
            {insertion.status.text}
          </p>
        )}
        <RemindMe ticket={ticket} tone={tone} />
      </section>
      <SearchBox
        services={services}
        language={tone?.lang !== 'und' ? tone?.lang : undefined}
        context={context}
        onChoose={insertion.insert}
        onFill={insertion.fill}
        isBusy={insertion.isBusy}
      />
      <section className="tactful-section" aria-label="Your draft">
        <h2 className="tactful-heading">Your draft</h2>
        <ReplyChecker
          draft={draft}
          tone={tone}
          lang={insertion.inserted?.language}
          customerName={page.customer.name}
          services={services}
        />
      </section>
    </section>
  );
}
