/**
 * How app-built pages mark who wrote what, read by the generic fallback: component feeds whose side marker is
 * inside each item's shadow tree, utility-class chats whose rows use flex alignment for other things, a
 * composer app in its own frame that names the customer only on its "To:" line, a bottom-up chat log that
 * keeps receiving messages, and a newest-first mail thread.
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

/**
 * Reads a generic fixture page as the agent sees it after clicking into its editor (`editorOf`), once `change`
 * (what the app does after load) has run.
 */
async function readAsAgent(
  page: string,
  editorOf: (doc: Document) => Element | null | undefined,
  change: (doc: Document) => void = () => undefined,
) {
  const fixture = await loadFixture(`generic/${page}`);
  try {
    change(fixture.document);
    const editor = editorOf(fixture.document) ?? null;
    return {
      editor,
      expected: fixture.expect,
      snapshot: readConversation(fixture.document, fixture.expect.url, { focusedEditable: editor }),
    };
  } finally {
    await fixture.close();
  }
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

describe('generic reading of bylines', () => {
  it('takes a writer with the support team in brackets for the agent, even when they wrote last', () => {
    const doc = page(`
      <div class="events">
        <div class="event"><div class="event-head"><strong>Daniel Okafor</strong> · Nov 24, 2026, 8:47 AM</div>
          <div class="event-body">You charged my card again after I cancelled. Refund it now.</div></div>
        <div class="event"><div class="event-head"><strong>Nora (Deskly Support)</strong> · Nov 24, 2026, 9:05 AM</div>
          <div class="event-body">Hi Daniel, I am looking into the charge right now.</div></div>
      </div>
      <div class="composer"><div contenteditable="true" id="reply"></div></div>`);
    const snapshot = readConversation(doc, doc.URL, { focusedEditable: doc.getElementById('reply') });
    expect(snapshot.lastCustomerText).toBe('You charged my card again after I cancelled. Refund it now.');
    expect(snapshot.customer.name).toBe('Daniel Okafor');
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
    const composerOf = (doc: Document) => doc.querySelector('iframe')?.contentDocument;
    const { editor, expected, snapshot } = await readAsAgent(
      'framed-composer.html',
      (doc) => composerOf(doc)?.querySelector('.ProseMirror'),
      (doc) => {
        const composer = composerOf(doc);
        if (composer) mountStaticEditors(composer);
      },
    );
    expect(snapshot.replyBox).toBe(editor);
    expect(snapshot.lastCustomerText).toContain(expected.lastCustomerMessage);
    expect(snapshot.messages.map((message) => [message.author, message.role])).toEqual([
      ['Fernanda Costa', 'customer'],
      ['Rafael Souza', 'agent'],
      ['Fernanda Costa', 'customer'],
      ['Rafael Souza', 'agent'],
    ]);
    expect(snapshot.customer).toEqual({ name: 'Fernanda Costa', email: 'fernanda.costa@example.com.br' });
    expect(snapshot.orderIds).toEqual(['51207']);
  });
});

describe('generic reading of a bottom-up chat log (column-reverse)', () => {
  it('follows a customer message the app prepends after load: it ends the customer turn', async () => {
    const { snapshot } = await readAsAgent(
      'reverse-chat.html',
      (doc) => doc.querySelector('.public-DraftEditor-content'),
      (doc) => {
        const message = doc.createElement('div');
        message.className = 'msg msg--theirs';
        message.textContent = 'Вы вообще собираетесь отвечать?';
        doc.querySelector('.log')?.prepend(message);
      },
    );
    expect(snapshot.lastCustomerText).toBe(
      'Уже неделя прошла, а деньги за возврат так и не пришли. Сколько можно ждать?\n\n' +
        'Вы вообще собираетесь отвечать?',
    );
  });
});

describe('generic reading of a newest-first mail thread with printed dates and plain-text quotes', () => {
  it('answers the newest mail at the top, without the agent words it quotes', async () => {
    const { snapshot } = await readAsAgent(
      'newest-first-mail.html',
      (doc) => doc.querySelector('iframe')?.contentDocument?.body,
    );
    expect(snapshot.lastCustomerText).toBe(
      "Bonjour,\n\nC'est une blague ? La deuxième lampe est arrivée cassée elle aussi, le pied est fendu.\n" +
        "Je veux être remboursée pour la commande 20445, je ne veux pas d'un troisième envoi.",
    );
  });
});
