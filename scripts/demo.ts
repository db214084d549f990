// `npm run demo`: serves the bundled demo helpdesk page and opens it in Chromium with the built Tactful
// loaded. With a display the browser stays open for you to try it; without one it runs headless, drives the
// panel on the demo ticket and writes screenshots to demo-output/.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, serveFixtures } from '../test/e2e/harness';

const outputDir = path.resolve(import.meta.dirname, '..', 'demo-output');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');

async function shoot(page: Page, name: string): Promise<string> {
  const file = path.join(outputDir, name);
  await page.screenshot({ path: file });
  console.log(`  screenshot: ${path.relative(process.cwd(), file)}`);
  return file;
}

/** Drives the panel the way an agent would on the demo ticket. */
async function walkThrough(page: Page): Promise<void> {
  await page.locator(overlay('launcher')).waitFor({ timeout: 15_000 });
  await shoot(page, '01-ticket-with-launcher.png');

  // The agent selects the customer's latest message and opens the panel.
  await page.evaluate(() => {
    const latest = [...document.querySelectorAll('.message--customer .body')].pop();
    if (latest) window.getSelection()?.selectAllChildren(latest);
  });
  await page.locator(overlay('launcher')).click();
  await page.locator(overlay('panel')).waitFor();
  await shoot(page, '02-panel-open.png');
}

async function main(): Promise<void> {
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.mkdirSync(outputDir, { recursive: true });
  const server = await serveFixtures();
  const browser = await launchWithExtension({ headed });
  const page = await browser.context.newPage();
  await page.goto(server.url('/demo/'));
  console.log(`Demo helpdesk: ${server.url('/demo/')} (Tactful ${browser.extensionId})`);

  await walkThrough(page);
  console.log(`Screenshots are in ${outputDir}`);

  if (headed) {
    console.log('The browser stays open: try the launcher at the bottom right. Close the window to finish.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  } else {
    await browser.close();
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
