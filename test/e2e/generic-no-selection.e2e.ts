/**
 * The generic fallback when the agent points at nothing: on every page no adapter knows, the agent only clicks
 * into the site's reply editor and opens the launcher. The panel must then analyse the customer's latest
 * message found by structure (the nearest message-like block, or the newest customer item of a newest-first
 * timeline), name the customer, and insert the top reply into the editor's own model. Pages whose structure
 * tells nothing about who wrote what (expect.lastCustomerRole "unknown") still have to give the right text:
 * the last message nobody else claimed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactText } from '@/lib/insert';
import { firstNameOf } from '@/lib/templates';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import {
  analysedMessage,
  insertSuggestion,
  openPanelAndWait,
  sendToBackground,
  shownSuggestions,
} from './panel-driver';
import { ensureEditorBundles, siteFixturePages } from './site-pages';
import {
  clickIntoEditor,
  editorModelText,
  openSitePage,
  readFixtureExpect,
  replyEditorIndex,
} from './site-panel';

let server: FixtureServer;
let extension: ExtensionBrowser;

beforeAll(async () => {
  ensureEditorBundles();
  server = await serveFixtures();
  extension = await launchWithExtension();
  await sendToBackground(extension, 'saveSettings', { agentName: 'Sam Rivera' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

const genericPages = siteFixturePages().filter((page) => page.startsWith('generic/'));

describe('generic pages without a selection', () => {
  it.each(genericPages)(
    '%s: the customer message found by structure, replied to by name',
    async (fixture) => {
      const page = await extension.context.newPage();
      try {
        await openSitePage(page, server.url(`/sites/${fixture}`));
        const expected = await readFixtureExpect(page);
        const editor = await replyEditorIndex(page, expected.replyBox);
        await clickIntoEditor(page, editor);
        await openPanelAndWait(page);

        expect((await analysedMessage(page)).replace(/\s+/g, ' ')).toContain(expected.lastCustomerMessage);
        const suggestions = await shownSuggestions(page);
        expect(suggestions[0]?.language).toBe(expected.language);

        const inserted = await insertSuggestion(page);
        await expect
          .poll(async () => compactText(await editorModelText(page, editor)))
          .toContain(compactText(inserted));
        const customer = expected.customerName ?? expected.customerEmail;
        const firstName = customer ? firstNameOf(customer, expected.language) : undefined;
        if (firstName) expect(inserted).toContain(firstName);
      } finally {
        await page.close();
      }
    },
  );
});
