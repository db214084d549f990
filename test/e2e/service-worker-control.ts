/**
 * Extends the e2e harness with control over the extension's MV3 service worker, through the DevTools
 * ServiceWorker domain of an extension page: watch its running status, stop it as Chrome does when it idles
 * out, and see it start again when an event (an alarm) wakes it. Playwright's own Worker object does not
 * report a stop, so the status comes from CDP's workerVersionUpdated events.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

export interface ServiceWorkerControl {
  /** The latest running status Chrome reported for the extension's worker. */
  status(): RunningStatus | undefined;
  /** Every status change seen, oldest first (to prove a stopped worker was started again). */
  history(): RunningStatus[];
  /** Stops the worker and resolves once Chrome reports it stopped. */
  stop(): Promise<void>;
  waitFor(status: RunningStatus, timeout?: number): Promise<void>;
  detach(): Promise<void>;
}

export async function controlServiceWorker(browser: ExtensionBrowser): Promise<ServiceWorkerControl> {
  // A blank page: it sees the profile's workers but, unlike an extension page, never messages (wakes) ours.
  const page: Page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const script = `chrome-extension://${browser.extensionId}/background.js`;
  const seen: RunningStatus[] = [];
  let version: WorkerVersion | undefined;
  const waiters = new Set<() => void>();

  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const update of event.versions) {
      if (update.scriptURL !== script) continue;
      version = update;
      if (seen.at(-1) !== update.runningStatus) seen.push(update.runningStatus);
      for (const wake of waiters) wake();
    }
  });
  await cdp.send('ServiceWorker.enable');

  const waitFor = (status: RunningStatus, timeout = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (version?.runningStatus !== status) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`service worker never became ${status} (saw ${seen.join(' → ')})`));
      }, timeout);
      waiters.add(check);
      check();
    });

  await waitFor('running');
  return {
    status: () => version?.runningStatus,
    history: () => [...seen],
    async stop() {
      await cdp.send('ServiceWorker.stopWorker', { versionId: version?.versionId ?? '' });
      await waitFor('stopped');
    },
    waitFor,
    async detach() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}
