import { useEffect, useRef, useState } from 'react';
import { RemindMe } from './reminders/RemindMe';

interface PanelProps {
  onClose: () => void;
}

/** Reads the text the agent selected on the page, if any, as the customer's message. */
function readSelectedText(): string {
  return window.getSelection()?.toString().trim() ?? '';
}

/**
 * The Tactful panel. It holds the customer's message being answered; tone, suggestions and reminders
 * render inside it.
 */
export function Panel({ onClose }: PanelProps) {
  const [message, setMessage] = useState(readSelectedText);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    closeButton.current?.focus({ preventScroll: true });
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onClose]);

  return (
    <section className="tactful-panel" data-tactful="panel" role="dialog" aria-label="Tactful">
      <header className="tactful-panel__header">
        <strong>Tactful</strong>
        <button ref={closeButton} type="button" aria-label="Close Tactful" onClick={onClose}>
          ×
        </button>
      </header>
      <label className="tactful-field">
        <span>Customer message</span>
        <textarea
          data-tactful="message"
          value={message}
          placeholder="Select the customer's message on the page, or paste it here."
          onChange={(event) => setMessage(event.target.value)}
          rows={5}
        />
      </label>
      {/* Site adapters will pass their site id, the customer's name and the tone here. */}
      <RemindMe ticket={{ url: location.href, site: 'generic' }} />
    </section>
  );
}
