/**
 * Ticket pages laid out like helpdesks we have no adapter for (FreeScout, Zammad, LiveAgent, chat inboxes):
 * a reply editor beside an internal-note editor, sides told only by a header verb or by where the avatar sits,
 * a customer mail that quotes the agent under an Outlook header and carries a signature, and a conversation
 * that arrives after the editor. Each page is read with the editor the agent clicked into.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readConversation } from '@/lib/sites';
import { withoutQuotedHistory } from '@/lib/sites/generic/quoted-history';
import { describeSiteFixture } from './fixture-suite';
import { loadFixture } from './load-fixture';

/** The editable the agent clicks into: the page's reply editor as its real editor renders it. */
const replyEditors: Record<string, (doc: Document) => Element | null | undefined> = {
  'reply-and-note.html': (doc) => doc.querySelector('[data-editor="quill2"] [contenteditable="true"]'),
  'avatar-sides.html': (doc) => doc.querySelector('.ck-editor__editable'),
  'quoted-reply-mail.html': (doc) => doc.querySelector('iframe')?.contentDocument?.body,
  'late-thread-rtl.html': (doc) => doc.querySelector('[data-lexical-editor]'),
};

describe('generic fallback on helpdesk-like ticket pages', () => {
  for (const [page, editorOf] of Object.entries(replyEditors)) {
    if (page === 'late-thread-rtl.html') continue; // its conversation is rendered by script, see below
    describeSiteFixture(`generic/${page}`, {
      hint: (fixture) => ({ focusedEditable: editorOf(fixture.document) ?? null }),
    });
  }
});

async function readPage(page: string, change: (doc: Document) => void = () => undefined) {
  const fixture = await loadFixture(`generic/${page}`);
  try {
    change(fixture.document);
    const editor = replyEditors[page]?.(fixture.document) ?? null;
    return readConversation(fixture.document, fixture.expect.url, { focusedEditable: editor });
  } finally {
    await fixture.close();
  }
}

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

function page(body: string, dir = 'ltr'): Document {
  const window = new Window({ url: 'https://desk.unknown-helpdesk.example/tickets/881' });
  windows.push(window);
  window.document.write(`<!doctype html><html dir="${dir}"><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

function readWithReplyBox(doc: Document) {
  return readConversation(doc, doc.URL, { focusedEditable: doc.getElementById('reply') });
}

describe('a reply editor beside an internal-note editor', () => {
  it('answers the customer, not the note draft nor the newest note in the thread, without header lines', async () => {
    const snapshot = await readPage('reply-and-note.html');
    expect(snapshot.lastCustomerText).toBe(
      'Two payments of £89 left my account on the 21st, not one. Please send one of them back, I need ' +
        'that money before the weekend.',
    );
    expect(snapshot.messages.map((message) => [message.author, message.role])).toEqual([
      ['Rachel Moore', 'customer'],
      ['Sam Rivera', 'agent'],
      ['Rachel Moore', 'customer'],
      ['Sam Rivera', 'note'],
    ]);
  });
});

describe('sides from the verb of a header line', () => {
  const entry = (line: string, text: string) =>
    `<div class="entry"><div class="entry-line">${line}</div><div class="entry-text">${text}</div></div>`;

  it('takes the writer who opened the ticket for the customer, though an agent replied last', () => {
    const doc = page(`
      <div class="entries">
        ${entry('<b>Omar Haddad</b> opened this ticket · 2 days ago', 'My export to CSV stops at 1000 rows.')}
        ${entry('<b>Julia Brandt</b> replied · yesterday', 'Hi Omar, which browser do you use for it?')}
        ${entry('<b>Omar Haddad</b> replied · 3 hours ago', 'Chrome on Windows, and it still stops at 1000.')}
        ${entry('<b>Julia Brandt</b> replied · 1 hour ago', 'Thanks, I have passed it on to our developers.')}
      </div>
      <div class="composer"><div contenteditable="true" id="reply"></div></div>`);
    const snapshot = readWithReplyBox(doc);
    expect(snapshot.lastCustomerText).toBe('Chrome on Windows, and it still stops at 1000.');
    expect(snapshot.customer.name).toBe('Omar Haddad');
  });

  it('reads an internal note by its verb in Spanish and leaves it out', () => {
    const doc = page(`
      <div class="entries">
        ${entry('<b>Lucía Ortega</b> inició la conversación · 09:02', 'No puedo entrar en mi cuenta desde ayer.')}
        ${entry('<b>Pablo Ruiz</b> añadió una nota interna · 09:10', 'Parece un bloqueo por intentos fallidos.')}
      </div>
      <div class="composer"><div contenteditable="true" id="reply"></div></div>`);
    const snapshot = readWithReplyBox(doc);
    expect(snapshot.messages.map((message) => message.role)).toEqual(['customer', 'note']);
    expect(snapshot.lastCustomerText).toBe('No puedo entrar en mi cuenta desde ayer.');
  });
});

describe('sides from where the avatar sits', () => {
  const row = (avatarFirst: boolean, name: string, text: string) => {
    const avatar = `<span class="avatar" title="${name}">${name.charAt(0)}</span>`;
    const bubble = `<div class="bubble">${text}</div>`;
    return `<div class="row">${avatarFirst ? avatar + bubble : bubble + avatar}</div>`;
  };

  it.each([
    ['ltr', 'Nina Weiss', 'Tom Hale'],
    ['rtl', 'ليلى حسن', 'كريم'],
  ])('in %s, the avatar before the bubble is the customer, after it the agent', (dir, customer, agent) => {
    const doc = page(
      `<div class="log">
        ${row(true, customer, 'The app logs me out every few minutes.')}
        ${row(false, agent, 'Sorry about that, which version do you have?')}
        ${row(true, customer, 'Version 4.2 on Android, updated this morning.')}
        ${row(false, agent, 'Thanks, checking now.')}
      </div>
      <div class="composer"><div contenteditable="true" id="reply"></div></div>`,
      dir,
    );
    const snapshot = readWithReplyBox(doc);
    expect(snapshot.lastCustomerText).toBe('Version 4.2 on Android, updated this morning.');
    expect(snapshot.customer.name).toBe(customer);
  });

  it('says nothing where every row opens with its avatar (a feed, not sides)', () => {
    const doc = page(
      `<div class="log">
        ${row(true, 'Nina Weiss', 'The app logs me out every few minutes.')}
        ${row(true, 'Tom Hale', 'Sorry about that, which version do you have?')}
      </div>
      <div class="composer"><div contenteditable="true" id="reply"></div></div>`,
    );
    expect(readWithReplyBox(doc).messages.map((message) => message.role)).toEqual(['unknown', 'unknown']);
  });
});

describe('a customer mail quoting the agent under an Outlook header, with a signature', () => {
  it('keeps only what the customer wrote this time', async () => {
    const snapshot = await readPage('quoted-reply-mail.html');
    expect(snapshot.lastCustomerText).toBe(
      'Hola Marta:\n\nHan pasado los 5 días y sigo sin ver el reembolso del pedido 88213. Necesito una ' +
        'solución ya.',
    );
  });

  it.each([
    [
      'an English Outlook header under a rule',
      'Still no refund.\n-----Original Message-----\nFrom: Acme Support\nSent: Monday 10:15\nTo: Ann\n\nRefund sent.',
      'Still no refund.',
    ],
    [
      'a signature after "-- "',
      'Where is my parcel?\n-- \nAnn Lee\nSales lead, Lee & Co',
      'Where is my parcel?',
    ],
    [
      'a German header',
      'Immer noch nichts.\nVon: Support <s@example.de>\nGesendet: Montag\nBetreff: AW: Paket',
      'Immer noch nichts.',
    ],
  ])('leaves out %s', (_label, text, expected) => {
    expect(withoutQuotedHistory(text)).toBe(expected);
  });

  it.each([
    ['a "From:" line without a sent date', 'Hi,\nFrom: Monday on I could not log in.\nPlease help.'],
    ['a message that is only a header', 'From: Ann\nSent: Monday\nHello'],
  ])('keeps %s', (_label, text) => {
    expect(withoutQuotedHistory(text)).toBe(text);
  });
});

describe('a conversation that arrives after the editor', () => {
  const renderConversation = (doc: Document) => {
    const template = doc.getElementById('conversation-61408') as HTMLTemplateElement | null;
    if (template) doc.querySelector('.messages')?.append(template.content.cloneNode(true));
  };

  it('finds no message while the pane is empty', async () => {
    expect((await readPage('late-thread-rtl.html')).customerMessageSource).toBe('none');
  });

  it('answers the customer once it is rendered, by the avatars of an RTL thread, without their initials', async () => {
    const snapshot = await readPage('late-thread-rtl.html', renderConversation);
    expect(snapshot.lastCustomerText).toBe(
      'مرّ أسبوع كامل! الطلب رقم 70355 لم يصل حتى الآن وأحتاجه بشكل عاجل.',
    );
    expect(snapshot.customer).toEqual({ name: 'سارة العتيبي', email: 'sara.alotaibi@example.sa' });
    expect(snapshot.orderIds).toEqual(['70355']);
  });
});
