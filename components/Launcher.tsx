interface LauncherProps {
  onOpen: () => void;
}

/** The small round button that opens the panel. Never takes focus from the page's reply editor. */
export function Launcher({ onOpen }: LauncherProps) {
  return (
    <button
      type="button"
      className="tactful-launcher"
      data-tactful="launcher"
      aria-label="Open Tactful"
      title="Tactful (Alt+Shift+Y)"
      onMouseDown={(event) => event.preventDefault()}
      onClick={onOpen}
    >
      T
    </button>
  );
}
