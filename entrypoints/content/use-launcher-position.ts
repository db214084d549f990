/**
 * Keeps the launcher beside the reply editor while it is shown: one position per animation frame at most, on
 * scroll (any scrolling ancestor, captured), resize, the editor resizing as the agent types, and focus moving
 * to another editor. Nothing runs while the launcher is hidden.
 */
import { useEffect, useState } from 'react';
import type { LauncherPosition } from '@/components/panel/Launcher';
import { positionBeside, viewportBox } from './launcher-position';
import type { ReplyEditorWatch } from './reply-editor';

function samePosition(a: LauncherPosition | null, b: LauncherPosition | null): boolean {
  return a === b || (a !== null && b !== null && a.top === b.top && a.left === b.left);
}

export function useLauncherPosition(editors: ReplyEditorWatch, isShown: boolean): LauncherPosition | null {
  const [position, setPosition] = useState<LauncherPosition | null>(null);

  useEffect(() => {
    if (!isShown) return undefined;
    let editor = editors.current();
    let frame = 0;
    const resizes = new ResizeObserver(() => schedule());
    const observe = () => {
      resizes.disconnect();
      if (!editor) return;
      const frameElement = editor.ownerDocument.defaultView?.frameElement;
      resizes.observe(editor === editor.ownerDocument.body && frameElement ? frameElement : editor);
    };
    const update = () => {
      frame = 0;
      const next = editor?.isConnected
        ? positionBeside(viewportBox(editor), { width: innerWidth, height: innerHeight })
        : null;
      setPosition((previous) => (samePosition(previous, next) ? previous : next));
    };
    function schedule() {
      if (frame === 0) frame = requestAnimationFrame(update);
    }
    const unsubscribe = editors.subscribe((next) => {
      editor = next;
      observe();
      schedule();
    });
    const options = { capture: true, passive: true } as const;
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', schedule, options);
    observe();
    update();
    return () => {
      unsubscribe();
      resizes.disconnect();
      window.removeEventListener('scroll', schedule, options);
      window.removeEventListener('resize', schedule, options);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [editors, isShown]);

  return isShown ? position : null;
}
