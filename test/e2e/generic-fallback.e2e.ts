/**
 * The generic fallback as agents use it on pages no adapter knows, with the built extension:
 * - every real editor under the same short conversation (test/fixtures/sites/generic/short-conversation.html
 *   ?editor=<kind>), with the customer's message selected and without any selection;
 * - helpdesk-like ticket pages (a note editor beside the reply editor, quotes, signatures, late threads), the
 *   message selected or not, with nothing of the note, quote or signature analysed;
 * - every generic page without a selection: the agent only clicks into the reply editor and opens the launcher,
 *   so the message must be found by structure (the nearest message-like block, or the newest customer item of
 *   a newest-first timeline). sites.e2e.ts runs the same pages with the message selected.
 * Each time the panel must analyse the right message and the top reply, greeting the customer by name, must
 * land in the editor's own model.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactText } from '@/lib/insert';
import { firstNameOf } from '@/lib/templates';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { analysedMessage, insertSuggestion, openPanelAndWait, sendToBackground } from './panel-driver';
import { ensureEditorBundles, siteFixturePages } from './site-pages';
import {
  clickIntoEditor,
  editorModelText,
  openSitePage,
  readFixtureExpect,
  replyEditorIndex,
  selectMessageContaining,
} from './site-panel';

const kinds = JSON.parse(
  fs.readFileSync(new URL('../fixtures/editors/kinds.json', import.meta.url), 'utf8'),
) as string[];
const genericPages = siteFixturePages().filter((page) => page.startsWith('generic/'));

let server: FixtureServer;
let extension: ExtensionBrowser;

beforeAll(async () => {
  ensureEditorBundles();
  server = await serveFixtures();
  extension = await launchWithExtension();
  // Signs the replies, so the only values left to fill are those a page may lack (order, ticket).
  await sendToBackground(extension, 'saveSettings', { agentName: 'Sam Rivera' });
});
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/**
 * Opens `path`, optionally selects the customer's message, clicks into the editor on `replyBox` (the page's
 * expectation by default), opens the panel, checks the analysed message, inserts the top reply and checks it is
 * in the editor's model. Returns the inserted text and the editor's index.
 */
async function replyOnPage(page: Page, path: string, options: { selects: boolean; replyBox?: string }) {
  await openSitePage(page, server.url(path));
  const expected = await readFixtureExpect(page);
  const editor = await replyEditorIndex(page, options.replyBox ?? expected.replyBox);
  expect(editor, 'the page mounted its reply editor').toBeGreaterThanOrEqual(0);
  if (options.selects) expect(await selectMessageContaining(page, expected.lastCustomerMessage)).toBe(true);
  await clickIntoEditor(page, editor);
  await openPanelAndWait(page);
  expect((await analysedMessage(page)).replace(/\s+/g, ' ')).toContain(expected.lastCustomerMessage);
  const inserted = await insertSuggestion(page);
  await expect
    .poll(async () => compactText(await editorModelText(page, editor)))
    .toContain(compactText(inserted));
  const customer = expected.customerName ?? expected.customerEmail;
  const firstName = customer ? firstNameOf(customer, expected.language) : undefined;
  if (firstName) expect(inserted).toContain(firstName);
  return { inserted, editor };
}

/** Types after the insert: the key must land right after the inserted reply, in the editor's own model. */
async function expectCaretAfter(page: Page, editor: number, inserted: string) {
  await page.keyboard.type('Z');
  await expect
    .poll(async () => compactText(await editorModelText(page, editor)))
    .toContain(`${compactText(inserted)}Z`);
}

describe.each([
  ['the customer message selected', true],
  ['nothing selected', false],
])('a short conversation on an unknown site, %s', (_label, selects) => {
  it.each(kinds)('%s: the reply with the name, caret after', async (kind) => {
    const page = await extension.context.newPage();
    try {
      const path = `/sites/generic/short-conversation.html?editor=${kind}`;
      const { inserted, editor } = await replyOnPage(page, path, {
        selects,
        replyBox: `[data-editor="${kind}"]`,
      });
      // Hungarian greets by the given name, which comes second in "Kovács Péter".
      expect(inserted).toContain('Péter');
      await expectCaretAfter(page, editor, inserted);
    } finally {
      await page.close();
    }
  });
});

describe('generic pages without a selection', () => {
  it.each(genericPages)('%s: the message found by structure, replied to by name', async (fixture) => {
    const page = await extension.context.newPage();
    try {
      await replyOnPage(page, `/sites/${fixture}`, { selects: false });
    } finally {
      await page.close();
    }
  });
});

/**
 * Ticket pages laid out like helpdesks we have no adapter for, and what must stay out of the analysed message:
 * the internal note (drafted, badged, and newest in the thread), the agent's reply the customer quotes, her
 * signature, an agent who wrote last, the avatar initials, the request's fields above the comment box.
 */
const helpdeskPages: [page: string, selects: boolean, leftOut: string[]][] = [
  ['reply-and-note.html', false, ['Stripe shows both charges', 'Checked the payment logs', 'replied ·']],
  ['avatar-sides.html', true, ['ich schaue mir das gleich an']],
  ['quoted-reply-mail.html', false, ['Ya hemos tramitado', 'Responsable de Compras']],
  ['service-request.html', false, ['Pelo log, o gateway', 'Aguardando suporte']],
  ['late-thread-rtl.html', false, ['سأتابع الأمر', 'س\n']],
  // The conversation arrives only after the agent clicked into the composer: the open panel must follow.
  ['late-thread-rtl.html?render=on-focus', false, ['سأتابع الأمر']],
];

describe('a helpdesk-like page', () => {
  it.each(helpdeskPages)(
    '%s (selected: %s): the customer answered by name, caret after',
    async (fixture, selects, leftOut) => {
      const page = await extension.context.newPage();
      try {
        const { inserted, editor } = await replyOnPage(page, `/sites/generic/${fixture}`, { selects });
        const analysed = await analysedMessage(page);
        for (const text of leftOut) expect(analysed).not.toContain(text);
        await expectCaretAfter(page, editor, inserted);
      } finally {
        await page.close();
      }
    },
  );
});
