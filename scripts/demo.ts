// `npm run demo`: serves the bundled demo helpdesk page and opens it in Chromium with the built Tactful
// loaded. With a display the browser stays open for you to try it; without one it runs headless, drives the
// panel on the demo ticket the way an agent would and writes screenshots to demo-output/: the launcher beside
// the reply box, the panel with the tone and the three replies, the agent's name asked once, the reply
// inserted into the page's editor, the reply checker on a careless draft, and the reminder form.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, overlay, serveFixtures } from '../test/e2e/harness';
import { shownSuggestions, shownTone, waitForAnalysis } from '../test/e2e/panel-driver';

const outputDir = path.resolve(import.meta.dirname, '..', 'demo-output');
const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');

async function shoot(page: Page, name: string): Promise<string> {
  const file = path.join(outputDir, name);
  await page.screenshot({ path: file });
  console.log(`  screenshot: ${path.relative(process.cwd(), file)}`);
  return file;
}

/** Scrolls the panel so that the part with `hook` is in view (the panel scrolls on its own). */
async function showInPanel(page: Page, hook: string): Promise<void> {
  await page
    .locator(overlay(hook))
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'center' }));
}

/** Drives the panel the way an agent would on the demo ticket. */
async function walkThrough(page: Page): Promise<void> {
  const launcher = page.locator(overlay('launcher'));
  await launcher.waitFor({ timeout: 15_000 });
  // The agent clicks into the reply box: the launcher sits beside it.
  await page.locator('.reply-editor').click();
  await page.waitForFunction(() =>
    document
      .querySelector('tactful-overlay')
      ?.shadowRoot?.querySelector('[data-tactful="launcher"][data-anchored="editor"]'),
  );
  await shoot(page, '01-ticket-with-launcher.png');

  await launcher.click();
  await waitForAnalysis(page);
  const suggestions = await shownSuggestions(page);
  console.log(`  tone: ${await shownTone(page)}; replies: ${suggestions.map((s) => s.scenario).join(', ')}`);
  await shoot(page, '02-panel-tone-and-replies.png');

  // Every reply is signed with the agent's name, which a fresh install does not know yet: the panel asks once.
  const namePrompt = page.locator(overlay('agent-name-prompt'));
  if (await namePrompt.isVisible().catch(() => false)) {
    await namePrompt.locator('[data-tactful="agent-name"]').fill('Sam');
    await shoot(page, '03-your-name.png');
    await namePrompt.locator('button[type="submit"]').click();
    await namePrompt.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () =>
        !document
          .querySelector('tactful-overlay')
          ?.shadowRoot?.querySelector('[data-tactful="needs-values"]'),
    );
  }
  await page.locator(overlay('insert')).first().click();
  await page.locator(overlay('insert-status')).waitFor();
  await page.waitForFunction(() => (document.querySelector('.reply-editor')?.textContent ?? '').length > 50);
  await shoot(page, '04-reply-inserted.png');

  // A careless line typed after it: the reply checker flags it while the agent types.
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nAs I already said, you should have read the delivery terms.');
  await page.locator(overlay('finding')).first().waitFor({ timeout: 10_000 });
  await showInPanel(page, 'checker');
  await shoot(page, '05-reply-checker.png');

  await showInPanel(page, 'remind');
  await page.locator(overlay('remind')).click();
  await page.locator(overlay('remind-reason')).waitFor();
  await showInPanel(page, 'remind-form');
  await shoot(page, '06-remind-me.png');
  await page.locator(overlay('remind-save')).click();
  await page.locator(overlay('remind-confirm')).waitFor();
  console.log(`  ${(await page.locator(overlay('remind-confirm')).textContent()) ?? ''}`);
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
    console.log(
      'The browser stays open: reload the ticket, click into the reply box, then the "T" beside it. Close the window to finish.',
    );
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
