import { useEffect, useRef, useState } from 'react';
import { sendMessage } from '@/lib/messaging/browser';
import { formatDueAt } from '@/lib/reminders/format';
import type { ToneResult } from '@/lib/tone/types';
import { RemindForm } from './RemindForm';
import { useNow } from './use-now';
import './reminders.css';

/** The ticket a reminder is about. Never the customer's message: reminders do not store it. */
export interface ReminderTicket {
  url: string;
  /** Site adapter id, or 'generic'. */
  site: string;
  customerName?: string;
  scenario?: string;
  templateId?: string;
}

interface RemindMeProps {
  ticket: ReminderTicket;
  /** The latest tone of the customer's message; sets the suggested deadline. */
  tone?: ToneResult | null;
}

interface Confirmation {
  dueAt: number;
  timeZone: string;
}

/**
 * "Remind me" for the panel: a button that opens a small form prefilled with the deadline suggested from the
 * tone and the agent's working hours, and saves the follow-up through the background.
 */
export function RemindMe({ ticket, tone }: RemindMeProps) {
  const [isOpen, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<Confirmation>();
  const now = useNow();
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Keyboard users land back on "Remind me" when the form closes (saved or cancelled), not on the page body.
  useEffect(() => {
    if (wasOpen.current && !isOpen) openButton.current?.focus({ preventScroll: true });
    wasOpen.current = isOpen;
  }, [isOpen]);
  // A different ticket (the agent moved on in the helpdesk) starts afresh.
  const [ticketUrl, setTicketUrl] = useState(ticket.url);
  if (ticketUrl !== ticket.url) {
    setTicketUrl(ticket.url);
    setOpen(false);
    setConfirmation(undefined);
  }

  async function save(dueAt: number, note: string, timeZone: string) {
    await sendMessage('createReminder', {
      ticketUrl: ticket.url,
      site: ticket.site,
      customerName: ticket.customerName,
      scenario: ticket.scenario,
      templateId: ticket.templateId,
      note,
      dueAt,
    });
    setConfirmation({ dueAt, timeZone });
    setOpen(false);
  }

  return (
    <div className="tactful-remind">
      {!isOpen && (
        <button
          ref={openButton}
          type="button"
          className="tactful-remind__open"
          data-tactful="remind"
          aria-expanded={false}
          onClick={() => {
            setConfirmation(undefined);
            setOpen(true);
          }}
        >
          Remind me to follow up
        </button>
      )}
      {isOpen && (
        <RemindForm
          request={{ tone: tone?.tone, urgency: tone?.urgency }}
          customerName={ticket.customerName}
          onSave={save}
          onCancel={() => setOpen(false)}
        />
      )}
      {confirmation && (
        <p className="tactful-remind__confirm" role="status" data-tactful="remind-confirm">
          Reminder set for {formatDueAt(confirmation.dueAt, now, confirmation.timeZone)}.
        </p>
      )}
    </div>
  );
}
