import { useState } from 'react';
import { formatDueAt, formatOverdue, formatTicketLabel } from '@/lib/reminders/format';
import type { QuickPickId, Reminder, ReminderDisplayState, ReminderOutcome } from '@/lib/reminders/types';
import './reminders.css';

export interface ReminderActions {
  onOpen(reminder: Reminder): void;
  onSnooze(reminder: Reminder, pick: QuickPickId): void;
  /** Marks it done, or records the outcome of one already done. */
  onComplete(reminder: Reminder, outcome: ReminderOutcome): void;
  onDismiss(reminder: Reminder): void;
}

interface ReminderRowProps extends ReminderActions {
  reminder: Reminder;
  state: ReminderDisplayState;
  now: number;
  timeZone: string;
  /** True while an action on this reminder is on its way to the background. */
  isBusy?: boolean;
}

const outcomeLabels: Record<ReminderOutcome, string> = {
  happy: 'Happy',
  unhappy: 'Not happy',
  'no-answer': 'No answer',
};

const snoozeChoices: { pick: QuickPickId; label: string }[] = [
  { pick: 'in-1-hour', label: '1 hour' },
  { pick: 'end-of-working-day', label: 'End of day' },
  { pick: 'next-working-day', label: 'Next working day' },
];

function OutcomeChoice({
  onChoose,
  disabled,
}: {
  onChoose(outcome: ReminderOutcome): void;
  disabled?: boolean;
}) {
  return (
    <div className="reminder__choices" role="group" aria-label="Is the customer happy now?">
      <span>Customer happy now?</span>
      {(Object.keys(outcomeLabels) as ReminderOutcome[]).map((outcome) => (
        <button
          key={outcome}
          type="button"
          data-tactful={`outcome-${outcome}`}
          disabled={disabled}
          onClick={() => onChoose(outcome)}
        >
          {outcomeLabels[outcome]}
        </button>
      ))}
    </div>
  );
}

/** One follow-up in the popup: who and when, opening its ticket, and done / snooze / dismiss. */
export function ReminderRow(props: ReminderRowProps) {
  const { reminder, state, now, timeZone, isBusy } = props;
  const [choosing, setChoosing] = useState<'none' | 'outcome' | 'snooze'>('none');
  const isOpen = reminder.state === 'pending' || reminder.state === 'snoozed';
  const overdue = state === 'overdue' ? formatOverdue(reminder.dueAt, now) : '';
  const toggle = (next: 'outcome' | 'snooze') => setChoosing((current) => (current === next ? 'none' : next));

  return (
    <li
      className={`reminder reminder--${state}`}
      data-tactful="reminder"
      data-state={state}
      data-reminder-id={reminder.id}
      aria-busy={isBusy || undefined}
    >
      <div className="reminder__head">
        <button
          type="button"
          className="reminder__title"
          data-tactful="reminder-open"
          title={`Open ${reminder.ticketUrl}`}
          onClick={() => props.onOpen(reminder)}
        >
          {reminder.customerName ?? formatTicketLabel(reminder.ticketUrl)}
        </button>
        <span className="reminder__due">
          {formatDueAt(reminder.dueAt, now, timeZone)}
          {state === 'snoozed' && ' · snoozed'}
          {overdue && <strong> · {overdue}</strong>}
        </span>
      </div>
      <div className="reminder__meta">
        {[reminder.site, reminder.scenario].filter(Boolean).join(' · ')}
        {reminder.outcome && ` · ${outcomeLabels[reminder.outcome]}`}
      </div>
      {reminder.note && <p className="reminder__note">{reminder.note}</p>}
      {isOpen && (
        <div className="reminder__actions">
          <button
            type="button"
            data-tactful="reminder-done"
            aria-expanded={choosing === 'outcome'}
            onClick={() => toggle('outcome')}
          >
            Done…
          </button>
          <button
            type="button"
            data-tactful="reminder-snooze"
            aria-expanded={choosing === 'snooze'}
            onClick={() => toggle('snooze')}
          >
            Snooze…
          </button>
          <button
            type="button"
            className="reminder__quiet"
            data-tactful="reminder-dismiss"
            disabled={isBusy}
            onClick={() => props.onDismiss(reminder)}
          >
            Dismiss
          </button>
        </div>
      )}
      {isOpen && choosing === 'outcome' && (
        <OutcomeChoice disabled={isBusy} onChoose={(outcome) => props.onComplete(reminder, outcome)} />
      )}
      {isOpen && choosing === 'snooze' && (
        <div className="reminder__choices" role="group" aria-label="Snooze until">
          {snoozeChoices.map(({ pick, label }) => (
            <button
              key={pick}
              type="button"
              data-tactful={`snooze-${pick}`}
              disabled={isBusy}
              onClick={() => props.onSnooze(reminder, pick)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      {reminder.state === 'done' && !reminder.outcome && (
        <OutcomeChoice disabled={isBusy} onChoose={(outcome) => props.onComplete(reminder, outcome)} />
      )}
    </li>
  );
}
