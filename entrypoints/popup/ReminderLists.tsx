import { useState } from 'react';
import { ReminderSection } from '@/components/reminders/ReminderSection';
import type { ReminderActions } from '@/components/reminders/ReminderRow';
import { sendMessage } from '@/lib/messaging/browser';
import { REMINDER_BUCKETS, type Reminder } from '@/lib/reminders/types';
import { useReminderBuckets } from './use-reminder-buckets';

interface ReminderListsProps {
  /** Called after any change, so the popup's counts follow. */
  onChanged(): void;
}

/** Overdue, today, upcoming and recently done follow-ups, each row acting through the background. */
export function ReminderLists({ onChanged }: ReminderListsProps) {
  const { buckets, error: loadError, reload, showMore } = useReminderBuckets();
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string>();

  async function act(reminder: Reminder, action: () => Promise<unknown>) {
    setBusyIds((ids) => new Set(ids).add(reminder.id));
    setError(undefined);
    try {
      await action();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      await reload();
      setBusyIds((ids) => {
        const next = new Set(ids);
        next.delete(reminder.id);
        return next;
      });
      onChanged();
    }
  }

  const actions: ReminderActions = {
    // The browser closes the popup itself when the new tab takes focus.
    onOpen: (reminder) =>
      void sendMessage('openReminderTicket', { id: reminder.id }).catch((cause: unknown) =>
        setError(String(cause)),
      ),
    onSnooze: (reminder, pick) =>
      void act(reminder, () => sendMessage('snoozeReminder', { id: reminder.id, pick })),
    onComplete: (reminder, outcome) =>
      void act(reminder, () => sendMessage('completeReminder', { id: reminder.id, outcome })),
    onDismiss: (reminder) => void act(reminder, () => sendMessage('dismissReminder', { id: reminder.id })),
  };

  if (!buckets) return loadError ? <p role="alert">{loadError}</p> : <p>Loading follow-ups…</p>;
  return (
    <div className="reminder-lists" data-tactful="reminders">
      {(error ?? loadError) && <p role="alert">{error ?? loadError}</p>}
      {REMINDER_BUCKETS.every((bucket) => buckets[bucket].total === 0) && (
        <p className="muted" data-tactful="no-reminders">
          No follow-ups yet. On a ticket, open the Tactful panel and choose “Remind me to follow up”.
        </p>
      )}
      {REMINDER_BUCKETS.map((bucket) => (
        <ReminderSection
          key={bucket}
          bucket={bucket}
          page={buckets[bucket]}
          now={buckets.now}
          timeZone={buckets.timeZone}
          busyIds={busyIds}
          onShowMore={showMore}
          {...actions}
        />
      ))}
    </div>
  );
}
