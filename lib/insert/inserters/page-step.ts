import type { InsertContext, PageAction, PageActionName, PageActionResult, PreparedReply } from '../types';

/**
 * Runs a step in the page's own JavaScript world through the bridge. DOM-only steps (paste, beforeinput) may
 * run here instead when there is no bridge: Chromium delivers them from the content script's world too; Firefox
 * wants them from the page's world (SITES.md §1), which is why the bridge is tried first.
 */
export async function runPageStep(
  action: PageActionName,
  element: HTMLElement,
  reply: PreparedReply,
  context: InsertContext,
  runHere?: PageAction,
): Promise<PageActionResult> {
  const answer = context.runInPage ? await context.runInPage(action, element, reply) : null;
  // Only when nothing ran in the page (a timeout may still run late, and running here too could insert twice).
  if (answer && !answer.unreachable) return answer;
  if (runHere) return runHere(element, reply);
  return { ok: false, reason: "needs the page's world, which is not reachable here" };
}
