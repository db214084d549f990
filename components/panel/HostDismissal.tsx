import { keepEditorSelection } from './keep-editor-selection';

interface HostDismissalProps {
  host: string;
  isDismissed: boolean;
  onDismiss(): void;
  onRestore(): void;
}

/**
 * Hiding the launcher on one site, and the way back. The panel still opens there from the toolbar button and
 * the keyboard shortcut, which is where the agent finds "Show it again" (the options page lists them too).
 */
export function HostDismissal({ host, isDismissed, onDismiss, onRestore }: HostDismissalProps) {
  if (isDismissed) {
    return (
      <p className="tactful-notice" data-tactful="dismissed-notice">
        The launcher is hidden on {host}.{' '}
        <button
          type="button"
          className="tactful-link"
          data-tactful="undismiss"
          onMouseDown={keepEditorSelection}
          onClick={onRestore}
        >
          Show it again
        </button>
      </p>
    );
  }
  return (
    <p className="tactful-muted tactful-dismiss">
      <button
        type="button"
        className="tactful-link"
        data-tactful="dismiss"
        onMouseDown={keepEditorSelection}
        onClick={onDismiss}
      >
        Hide Tactful on {host || 'this site'}
      </button>
    </p>
  );
}
