import { keepEditorSelection } from './keep-editor-selection';

/** Where the launcher sits: beside the reply editor (viewport pixels), or null for the page's corner. */
export interface LauncherPosition {
  top: number;
  left: number;
}

interface LauncherProps {
  onOpen(): void;
  position: LauncherPosition | null;
}

/**
 * The small round button that opens the panel, beside the reply editor the agent is in (else at the bottom
 * right of the page). Pressing it never takes focus or the caret from that editor.
 */
export function Launcher({ onOpen, position }: LauncherProps) {
  return (
    <button
      type="button"
      className={position ? 'tactful-launcher tactful-launcher--beside' : 'tactful-launcher'}
      style={position ? { top: `${position.top}px`, left: `${position.left}px` } : undefined}
      data-tactful="launcher"
      data-anchored={position ? 'editor' : 'corner'}
      aria-label="Open Tactful"
      title="Tactful (Alt+Shift+Y)"
      onMouseDown={keepEditorSelection}
      onClick={onOpen}
    >
      T
    </button>
  );
}
