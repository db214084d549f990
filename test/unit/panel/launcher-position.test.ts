import { describe, expect, it } from 'vitest';
import { LAUNCHER_SIZE, positionBeside } from '@/entrypoints/content/launcher-position';

const viewport = { width: 1200, height: 800 };

describe('positionBeside', () => {
  it("sits just outside the editor's right edge, level with its bottom", () => {
    const position = positionBeside({ top: 500, left: 100, width: 600, height: 120 }, viewport);
    expect(position).toEqual({ top: 620 - LAUNCHER_SIZE, left: 706 });
  });

  it('moves inside the bottom-right corner when the page has no room on the right', () => {
    const position = positionBeside({ top: 500, left: 200, width: 990, height: 120 }, viewport);
    expect(position?.left).toBeLessThan(1190 - LAUNCHER_SIZE + 1);
    expect(position?.left).toBeGreaterThan(200);
    expect(position?.top).toBeLessThan(620 - LAUNCHER_SIZE);
  });

  it('stays on screen when the editor runs past the bottom of the window', () => {
    const position = positionBeside({ top: 700, left: 100, width: 600, height: 400 }, viewport);
    expect(position?.top).toBe(800 - LAUNCHER_SIZE - 4);
  });

  it.each([
    ['hidden', { top: 0, left: 0, width: 0, height: 0 }],
    ['scrolled above', { top: -300, left: 100, width: 600, height: 120 }],
    ['scrolled below', { top: 900, left: 100, width: 600, height: 120 }],
    ['off to the left', { top: 100, left: -700, width: 600, height: 120 }],
  ])('gives no position for an editor that is %s', (_, box) => {
    expect(positionBeside(box, viewport)).toBeNull();
  });
});
