import { useState } from 'react';
import type { CustomerMessageSource } from '@/lib/sites/types';
import type { ToneResult } from '@/lib/tone/types';
import { HighlightedMessage } from './HighlightedMessage';
import { keepEditorSelection } from './keep-editor-selection';
import { ToneBadge } from './ToneBadge';

interface MessageSectionProps {
  /** The text being analysed: the page's message, or what the agent typed or pasted. */
  message: string;
  /** The tone of `message`, once it arrived (undefined while it is on its way, or for another text). */
  tone?: ToneResult;
  source: CustomerMessageSource | 'typed';
  siteName: string;
  onEdit(text: string): void;
  /** Drops the agent's selection (or edits) and goes back to the message the page shows. */
  onUsePageMessage?(): void;
}

const SOURCE_LABELS: Readonly<Record<MessageSectionProps['source'], string>> = {
  adapter: 'Latest customer message',
  selection: 'The text you selected',
  'nearby-block': 'The message above the reply box',
  none: '',
  typed: 'The message you pasted',
};

/** The customer's message with its tone, the words that set it, and a box to paste or correct it. */
export function MessageSection({
  message,
  tone,
  source,
  siteName,
  onEdit,
  onUsePageMessage,
}: MessageSectionProps) {
  const hasMessage = message.trim() !== '';
  // Open while there is nothing to read; stays as the agent leaves it once they start typing into it.
  const [isEditing, setEditing] = useState(!hasMessage);
  if (!hasMessage && !isEditing) setEditing(true);
  return (
    <section className="tactful-section" aria-label="Customer message">
      {tone && hasMessage && <ToneBadge tone={tone} />}
      {hasMessage ? (
        <>
          <p className="tactful-muted">
            {SOURCE_LABELS[source]}
            {source === 'adapter' && ` on ${siteName}`}
            {onUsePageMessage && (source === 'selection' || source === 'typed') && (
              <>
                {' · '}
                <button
                  type="button"
                  className="tactful-link"
                  data-tactful="use-page-message"
                  onMouseDown={keepEditorSelection}
                  onClick={onUsePageMessage}
                >
                  use the page's message
                </button>
              </>
            )}
          </p>
          <HighlightedMessage text={message.trim()} evidence={tone?.evidence ?? []} />
        </>
      ) : (
        <p className="tactful-muted" data-tactful="no-message">
          No customer message found here. Select it on the page, or paste it below.
        </p>
      )}
      <details
        className="tactful-edit"
        open={isEditing}
        onToggle={(event) => setEditing(event.currentTarget.open)}
      >
        <summary>{hasMessage ? 'Edit the message' : 'Paste the customer message'}</summary>
        <label className="tactful-field">
          <span className="tactful-visually-hidden">Customer message</span>
          <textarea
            data-tactful="message"
            value={message}
            placeholder="Select the customer's message on the page, or paste it here."
            onChange={(event) => onEdit(event.target.value)}
            rows={4}
          />
        </label>
      </details>
    </section>
  );
}
