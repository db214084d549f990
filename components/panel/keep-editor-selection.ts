import type { MouseEvent } from 'react';

/**
 * For every button in the overlay: a mouse press must not move focus out of the site's reply editor, or its
 * caret (and a shortcut's selection) would be gone before the click inserts anything.
 */
export function keepEditorSelection(event: MouseEvent): void {
  event.preventDefault();
}
