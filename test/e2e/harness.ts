/**
 * Reusable end-to-end harness: launch real Chromium with the built extension, find its id, open its pages,
 * and serve local fixture pages. Every e2e file (and scripts/demo.ts) builds on these few functions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from '../../scripts/chromium.mjs';
import { unwrapReply, type MessageName, type RequestOf, type ResponseOf } from '../../lib/messaging';

export { serveFixtures, type FixtureServer } from './fixture-server';

const root = path.resolve(import.meta.dirname, '../..');

/** The unpacked Chrome build under test: $EXT_PATH, else <$TACTFUL_OUT_DIR or .output>/chrome-mv3. */
export function extensionPath(): string {
  const built = process.env.EXT_PATH ?? path.join(process.env.TACTFUL_OUT_DIR ?? '.output', 'chrome-mv3');
  const absolute = path.resolve(root, built);
  if (!fs.existsSync(path.join(absolute, 'manifest.json'))) {
    throw new Error(`No built extension at ${absolute}: run \`npm run build\` first.`);
  }
  return absolute;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Opens an extension page such as 'popup.html' or 'options.html' in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  /** Closes the browser and starts it again on the same profile, like a user quitting and reopening. */
  restart(): Promise<ExtensionBrowser>;
  /** Closes the browser; deletes the profile unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to test persistence); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** Show the window (needs a display); headless by default. */
  headed?: boolean;
  viewport?: { width: number; height: number };
}

/** Launches Chromium with Tactful loaded (RECIPE.md §0: persistent context, --load-extension). */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extension = extensionPath();
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: false,
    viewport: options.viewport ?? { width: 1280, height: 860 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  const browser: ExtensionBrowser = {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async restart() {
      await context.close();
      return launchWithExtension({ ...options, userDataDir });
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return browser;
}

/** CSS that Playwright resolves through the overlay's open shadow root, e.g. overlay('panel'). */
export const overlay = (hook: string) => `tactful-overlay [data-tactful="${hook}"]`;

/**
 * Sends a typed message to the content script in `page`'s tab (top frame) the way the background does for the
 * toolbar button and keyboard command (chrome.tabs.sendMessage), and returns the handler's answer. The page is
 * brought to the front first: without the "tabs" permission a tab is found by being the active one.
 */
export async function sendToContentScript<N extends MessageName>(
  browser: ExtensionBrowser,
  page: Page,
  name: N,
  data: RequestOf<N>,
): Promise<ResponseOf<N>> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0] ?? browser.serviceWorker;
  const reply = await worker.evaluate(
    async (envelope) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return { ok: false, error: 'no active tab' };
      return (await chrome.tabs.sendMessage(tab.id, envelope, { frameId: 0 })) as unknown;
    },
    { tactful: 1, name, data },
  );
  return unwrapReply(name, reply);
}
