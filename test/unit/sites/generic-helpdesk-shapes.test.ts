/**
 * Ticket pages laid out like helpdesks we have no adapter for (FreeScout, Zammad, LiveAgent, chat inboxes,
 * Jira Service Management): a reply editor beside an internal-note editor, sides told only by a header verb or
 * by where the avatar sits, a customer mail that quotes the agent under an Outlook header and carries a
 * signature, a conversation that arrives after the editor, and a request whose fields sit above the comment
 * box and whose notes are told by a badge. Each page is read with the editor the agent clicked into.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readConversation, type ConversationSnapshot } from '@/lib/sites';
import { findHashId } from '@/lib/sites/extract/ids';
import { parseNameAndEmail } from '@/lib/sites/extract/people';
import { withoutQuotedHistory } from '@/lib/sites/generic/quoted-history';
import { describeSiteFixture } from './fixture-suite';
import { loadFixture } from './load-fixture';

/** The editable the agent clicks into: the page's reply editor as its real editor renders it. */
const replyEditors: Record<string, (doc: Document) => Element | null | undefined> = {
  'reply-and-note.html': (doc) => doc.querySelector('[data-editor="quill2"] [contenteditable="true"]'),
  'avatar-sides.html': (doc) => doc.querySelector('.ck-editor__editable'),
  'quoted-reply-mail.html': (doc) => doc.querySelector('iframe')?.contentDocument?.body,
  'late-thread-rtl.html': (doc) => doc.querySelector('[data-lexical-editor]'),
  'service-request.html': (doc) => doc.querySelector('[data-slate-editor]'),
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

const rolesOf = (snapshot: ConversationSnapshot) => snapshot.messages.map((message) => message.role);

/** Reads `thread` on an unknown page, with the agent in the composer under it. */
function readThread(thread: string, dir = 'ltr') {
  const window = new Window({ url: 'https://desk.unknown-helpdesk.example/tickets/881' });
  windows.push(window);
  const composer = '<div class="composer"><div contenteditable="true" id="reply"></div></div>';
  window.document.write(`<!doctype html><html dir="${dir}"><body>${thread}${composer}</body></html>`);
  const doc = window.document as unknown as Document;
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
    const snapshot = readThread(`
      <div class="entries">
        ${entry('<b>Omar Haddad</b> opened this ticket · 2 days ago', 'My export to CSV stops at 1000 rows.')}
        ${entry('<b>Julia Brandt</b> replied · yesterday', 'Hi Omar, which browser do you use for it?')}
        ${entry('<b>Omar Haddad</b> replied · 3 hours ago', 'Chrome on Windows, and it still stops at 1000.')}
        ${entry('<b>Julia Brandt</b> replied · 1 hour ago', 'Thanks, I have passed it on to our developers.')}
      </div>`);
    expect(snapshot.lastCustomerText).toBe('Chrome on Windows, and it still stops at 1000.');
    expect(snapshot.customer.name).toBe('Omar Haddad');
  });

  it('reads an internal note by its verb in Spanish and leaves it out', () => {
    const snapshot = readThread(`
      <div class="entries">
        ${entry('<b>Lucía Ortega</b> inició la conversación · 09:02', 'No puedo entrar en mi cuenta desde ayer.')}
        ${entry('<b>Pablo Ruiz</b> añadió una nota interna · 09:10', 'Parece un bloqueo por intentos fallidos.')}
      </div>`);
    expect(rolesOf(snapshot)).toEqual(['customer', 'note']);
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
    const snapshot = readThread(
      `<div class="log">
        ${row(true, customer, 'The app logs me out every few minutes.')}
        ${row(false, agent, 'Sorry about that, which version do you have?')}
        ${row(true, customer, 'Version 4.2 on Android, updated this morning.')}
        ${row(false, agent, 'Thanks, checking now.')}
      </div>`,
      dir,
    );
    expect(snapshot.lastCustomerText).toBe('Version 4.2 on Android, updated this morning.');
    expect(snapshot.customer.name).toBe(customer);
  });

  it('says nothing where every row opens with its avatar (a feed, not sides)', () => {
    const snapshot = readThread(
      `<div class="log">
        ${row(true, 'Nina Weiss', 'The app logs me out every few minutes.')}
        ${row(true, 'Tom Hale', 'Sorry about that, which version do you have?')}
      </div>`,
    );
    expect(rolesOf(snapshot)).toEqual(['unknown', 'unknown']);
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

describe('a service-desk request: fields above the comment box, activity newest first below it', () => {
  it('answers the newest customer comment, not a field value nor the internal note badged above it', async () => {
    const snapshot = await readPage('service-request.html');
    expect(snapshot.lastCustomerText).toBe(
      'Já limpei o cache como vocês pediram e continua dando erro 502 ao emitir a nota. Tenho 40 clientes ' +
        'esperando, preciso disso resolvido hoje.',
    );
    expect(rolesOf(snapshot)).toEqual(['unknown', 'unknown', 'unknown', 'note']);
  });

  it('takes a thread below the composer over a definition list of fields above it', () => {
    const item = (at: string, text: string) =>
      `<div class="item"><time datetime="${at}">${at}</time><div class="text">${text}</div></div>`;
    const snapshot = readThread(`
      <dl><dt>Requester</dt><dd>Ann Lee (ann.lee@example.com)</dd><dt>Status</dt><dd>Waiting for support</dd></dl>
      <div class="composer"><div contenteditable="true" id="reply"></div></div>
      <div class="activity">
        ${item('2026-11-24T10:00', 'The invoice still shows the old company address.')}
        ${item('2026-11-23T09:00', 'Please change our billing address to Main Street 4.')}
      </div>`);
    expect(snapshot.lastCustomerText).toBe('The invoice still shows the old company address.');
  });

  it('reads an entry badged as a note as one, even where the feed puts every entry on the customer side', () => {
    const snapshot = readThread(`
      <div class="feed">
        <div class="entry entry--left"><div class="entry-text">My parcel 5521 was sent back to you, why?</div></div>
        <div class="entry entry--left"><span class="badge">Internal note</span>
          <div class="entry-text">Courier marked the address as incomplete, check with the depot.</div></div>
      </div>`);
    expect(rolesOf(snapshot)).toEqual(['customer', 'note']);
    expect(snapshot.lastCustomerText).toBe('My parcel 5521 was sent back to you, why?');
  });

  it('names the requester shown as "Name (address)" and keys the request by its bracketed project key', () => {
    expect(parseNameAndEmail('Beatriz Lima (beatriz.lima@example.com.br)')).toEqual({
      name: 'Beatriz Lima',
      email: 'beatriz.lima@example.com.br',
    });
    expect(findHashId('[SD-3307] Não consigo emitir a nota fiscal')).toBe('SD-3307');
    expect(findHashId('[URGENT] printer on fire')).toBeNull();
  });
});
