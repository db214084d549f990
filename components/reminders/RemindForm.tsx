import { useEffect, useRef, useState, type FormEvent } from 'react';
import { sendMessage } from '@/lib/messaging/browser';
import { formatDueAt, fromDateTimeInputValue, toDateTimeInputValue } from '@/lib/reminders/format';
import { NOTE_MAX_LENGTH, type DeadlineRequest, type DeadlineSuggestion } from '@/lib/reminders/types';
import { runtimeTimeZone } from '@/lib/reminders/working-time';
import { useNow } from './use-now';

interface RemindFormProps {
  request: DeadlineRequest;
  customerName?: string;
  onSave(dueAt: number, note: string, timeZone: string): Promise<void>;
  onCancel(): void;
}

/** A due time the agent typed more than this long ago is a mistake, not a follow-up. */
const PAST_TOLERANCE = 60_000;

function problemWith(dueAt: number | undefined, now: number): string | undefined {
  if (dueAt === undefined) return 'Enter a date and time.';
  if (dueAt < now - PAST_TOLERANCE) return 'That time has already passed.';
  return undefined;
}

/** The reminder form: suggested deadline (editable, with quick picks), an optional note, save. */
export function RemindForm({ request, customerName, onSave, onCancel }: RemindFormProps) {
  const [suggestion, setSuggestion] = useState<DeadlineSuggestion>();
  const [loadError, setLoadError] = useState<string>();
  const [dueText, setDueText] = useState('');
  // Once the agent picks or types a time, a later suggestion (the tone arriving) must not overwrite it.
  const isDueEdited = useRef(false);
  const [note, setNote] = useState('');
  const [saveError, setSaveError] = useState<string>();
  const [isSaving, setSaving] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const now = useNow();
  const { tone, urgency } = request;

  useEffect(() => {
    let isCurrent = true;
    sendMessage('suggestDeadline', { tone, urgency }).then(
      (next) => {
        if (!isCurrent) return;
        setSuggestion(next);
        if (!isDueEdited.current) setDueText(toDateTimeInputValue(next.dueAt, next.timeZone));
      },
      (cause: unknown) => {
        if (isCurrent) setLoadError(`No suggested deadline (${String(cause)}); enter one yourself.`);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [tone, urgency]);

  // Keyboard path: "Remind me", then Enter saves with the suggested deadline.
  useEffect(() => {
    if (suggestion) saveButton.current?.focus({ preventScroll: true });
  }, [suggestion]);

  const timeZone = suggestion?.timeZone ?? runtimeTimeZone();
  const isReady = suggestion !== undefined || loadError !== undefined;
  const dueAt = fromDateTimeInputValue(dueText, timeZone);
  const problem = isReady ? problemWith(dueAt, now) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (dueAt === undefined || problem || isSaving) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      await onSave(dueAt, note, timeZone);
    } catch (cause) {
      setSaveError(cause instanceof Error ? cause.message : String(cause));
      setSaving(false);
    }
  }

  return (
    <form
      className="tactful-remind__form"
      data-tactful="remind-form"
      onSubmit={(event) => void submit(event)}
    >
      <strong>Follow up{customerName ? ` with ${customerName}` : ''}</strong>
      {suggestion && (
        <p className="tactful-remind__reason" data-tactful="remind-reason">
          {suggestion.reason}
        </p>
      )}
      {loadError && <p role="alert">{loadError}</p>}
      <label className="tactful-field">
        <span>
          Due <small>({timeZone})</small>
        </span>
        <input
          type="datetime-local"
          step={1}
          data-tactful="remind-due"
          value={dueText}
          disabled={!isReady}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            isDueEdited.current = true;
            setDueText(event.target.value);
          }}
        />
      </label>
      {suggestion && (
        <div className="tactful-remind__picks" role="group" aria-label="Quick picks">
          {suggestion.quickPicks.map((pick) => {
            // Compared as instants: browsers hand datetime-local values back without ":00" seconds.
            const isChosen =
              dueAt !== undefined && Math.floor(dueAt / 1000) === Math.floor(pick.dueAt / 1000);
            return (
              <button
                key={pick.id}
                type="button"
                data-tactful="remind-pick"
                data-pick={pick.id}
                aria-pressed={isChosen}
                title={formatDueAt(pick.dueAt, now, timeZone)}
                onClick={() => {
                  isDueEdited.current = true;
                  setDueText(toDateTimeInputValue(pick.dueAt, timeZone));
                }}
              >
                {pick.label}
              </button>
            );
          })}
        </div>
      )}
      <label className="tactful-field">
        <span>
          Note <small>(optional, {NOTE_MAX_LENGTH - note.length} left)</small>
        </span>
        <textarea
          data-tactful="remind-note"
          rows={2}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          placeholder="What did you promise?"
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      {problem && <p role="alert">{problem}</p>}
      {saveError && <p role="alert">{saveError}</p>}
      <div className="tactful-remind__buttons">
        <button
          ref={saveButton}
          type="submit"
          className="tactful-remind__save"
          data-tactful="remind-save"
          disabled={!isReady || problem !== undefined || isSaving}
        >
          {dueAt !== undefined && !problem
            ? `Save reminder · ${formatDueAt(dueAt, now, timeZone)}`
            : 'Save reminder'}
        </button>
        <button type="button" className="tactful-remind__cancel" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
