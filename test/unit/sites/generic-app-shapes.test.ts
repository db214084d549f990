/**
 * How app-built pages mark who wrote what, read by the generic fallback: component feeds whose side marker is
 * inside each item's shadow tree, utility-class chats whose rows use flex alignment for other things, and a
 * composer app in its own frame that names the customer only on its "To:" line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readConversation } from '@/lib/sites';
import { classifyMessageBlock } from '@/lib/sites/extract/roles';
import { loadFixture } from './load-fixture';
import { mountStaticEditors } from './static-editors';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

function page(body: string): Document {
  const window = new Window({ url: 'https://app.unknown-product.example/cases/12' });
  windows.push(window);
  window.document.write(`<!doctype html><html><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

/** Gives every `<feed-item data-shadow="…">` an open shadow root with that markup, as a component renders it. */
function renderComponents(doc: Document): void {
  for (const host of Array.from(doc.querySelectorAll('[data-shadow]'))) {
    host.attachShadow({ mode: 'open' }).innerHTML = host.getAttribute('data-shadow') ?? '';
  }
}

describe('generic reading of component feeds', () => {
  it('takes the item marked inbound inside its shadow tree for the customer, even when an agent wrote last', () => {
    const doc = page(`
      <case-feed>
        <feed-item data-shadow="<article class='entry entry--inbound'><p>My invoice 4410 charges me twice for May.</p></article>"></feed-item>
        <feed-item data-shadow="<article class='entry entry--outbound'><p>Thanks, we are checking it with billing today.</p></article>"></feed-item>
      </case-feed>
      <div class="composer"><div contenteditable="true" id="reply"></div></div>`);
    renderComponents(doc);
    const snapshot = readConversation(doc, doc.URL, { focusedEditable: doc.getElementById('reply') });
    expect(snapshot.messages.map((message) => message.role)).toEqual(['customer', 'agent']);
    expect(snapshot.lastCustomerText).toBe('My invoice 4410 charges me twice for May.');
  });
});

describe('classifyMessageBlock on utility-class rows', () => {
  it.each([
    ['an avatar sat at the foot of a row', 'flex items-end gap-2', 'unknown'],
    ['a column of bubbles pushed to the end', 'flex flex-col items-end gap-1', 'agent'],
    ['a row pushed to the end', 'flex items-end justify-end gap-2', 'agent'],
  ])('%s (%s) is %s', (_label, classes, role) => {
    const doc = page(
      `<div id="log"><div class="${classes}" id="row"><span>Hello, any news on my parcel?</span></div></div>`,
    );
    const row = doc.getElementById('row');
    const log = doc.getElementById('log');
    expect(row && log && classifyMessageBlock(row, log)).toBe(role);
  });
});

describe('generic reading with the composer in its own frame', () => {
  it('answers the customer the composer addresses, though an agent wrote last and nothing marks sides', async () => {
    const fixture = await loadFixture('generic/framed-composer.html');
    try {
      const frame = fixture.document.querySelector('iframe');
      const composer = frame?.contentDocument;
      if (composer) mountStaticEditors(composer);
      const editor = composer?.querySelector('.ProseMirror') ?? null;
      const snapshot = readConversation(fixture.document, fixture.expect.url, { focusedEditable: editor });
      expect(snapshot.replyBox).toBe(editor);
      expect(snapshot.lastCustomerText).toContain(fixture.expect.lastCustomerMessage);
      expect(snapshot.messages.map((message) => [message.author, message.role])).toEqual([
        ['Fernanda Costa', 'customer'],
        ['Rafael Souza', 'agent'],
        ['Fernanda Costa', 'customer'],
        ['Rafael Souza', 'agent'],
      ]);
      expect(snapshot.customer).toEqual({ name: 'Fernanda Costa', email: 'fernanda.costa@example.com.br' });
      expect(snapshot.orderIds).toEqual(['51207']);
    } finally {
      await fixture.close();
    }
  });
});
