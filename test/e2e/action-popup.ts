/**
 * The toolbar popup as a user opens it: `chrome.action.openPopup()` over the page's window, so the popup's
 * "current window" is that page's (an extension page opened as a tab would find itself instead). Playwright
 * does not list the popup as a page, so it is driven over the DevTools protocol: `evaluate` runs an expression
 * in it and returns the value.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

export interface ActionPopup {
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until `selector` is in the popup. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  url: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openActionPopup(browser: ExtensionBrowser, page: Page): Promise<ActionPopup> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0] ?? browser.serviceWorker;
  await worker.evaluate(() => chrome.action.openPopup());
  const cdpBrowser = browser.context.browser();
  if (!cdpBrowser) throw new Error('no browser-level DevTools session');
  const cdp = await cdpBrowser.newBrowserCDPSession();
  let popup: TargetInfo | undefined;
  for (let attempt = 0; attempt < 50 && !popup; attempt += 1) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    popup = targetInfos.find(
      (target) => target.url === `chrome-extension://${browser.extensionId}/popup.html`,
    );
    if (!popup) await sleep(100);
  }
  if (!popup) throw new Error('the toolbar popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: popup.targetId,
    flatten: false,
  })) as { sessionId: string };

  interface Answer {
    id?: number;
    result?: { result?: { value?: unknown } };
  }
  let nextId = 0;
  const waiting = new Map<number, (message: Answer) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as Answer;
    if (message.id !== undefined) waiting.get(message.id)?.(message);
  });
  const evaluate = <T>(expression: string) =>
    new Promise<T>((resolve) => {
      nextId += 1;
      waiting.set(nextId, (message) => resolve(message.result?.result?.value as T));
      const params = { expression, awaitPromise: true, returnByValue: true };
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: nextId, method: 'Runtime.evaluate', params }),
      });
    });
  return {
    evaluate,
    async waitFor(selector, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!(await evaluate<boolean>(`!!document.querySelector(${JSON.stringify(selector)})`))) {
        if (Date.now() > until) throw new Error(`${selector} did not appear in the popup`);
        await sleep(100);
      }
    },
  };
}
