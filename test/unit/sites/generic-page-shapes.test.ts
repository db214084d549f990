/**
 * Page shapes the generic fallback meets on products no adapter knows, each reduced to the structure that
 * matters: a composer above a newest-first timeline with a field list farther above, a thread inside a
 * same-origin iframe, a submitted message in a read-only field, senders named only on "From:" lines or by
 * their avatar, the customer named only on the composer's "To:" line or in a labelled field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readConversation } from '@/lib/sites';
import { findHashId } from '@/lib/sites/extract/ids';
import { findLabelledName, isTeamName, parseRecipientLine } from '@/lib/sites/extract/people';
import { readBlockAuthor, readMessageBlock } from '@/lib/sites/generic/read-block';

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

/** A page at an unknown URL, with same-origin srcdoc frames loaded. */
async function page(body: string): Promise<Document> {
  const window = new Window({ url: 'https://app.unknown-product.example/records/7' });
  windows.push(window);
  window.document.write(`<!doctype html><html><body>${body}</body></html>`);
  await window.happyDOM.waitUntilComplete();
  return window.document as unknown as Document;
}

function read(doc: Document, replyBox: Element | null) {
  return readConversation(doc, doc.URL, { focusedEditable: replyBox });
}

describe('generic reading of unseen page shapes', () => {
  it('takes the dated timeline under the composer over a field list farther above it', async () => {
    const doc = await page(`
      <aside><div class="field"><span>Company</span> Costa and Sons Trading Ltd</div>
        <div class="field"><span>Stage</span> Active customer since March 2024</div></aside>
      <main><div class="composer"><textarea id="reply"></textarea></div>
        <ol class="timeline">
          <li><span class="icon-note"></span><div><time datetime="2026-11-24T14:05:00Z">14:05</time>
            <p>Called back, left a voicemail about the exchange.</p></div></li>
          <li><span class="icon-mail-received"></span><div><time datetime="2026-11-24T09:12:00Z">09:12</time>
            <p>The screen arrived cracked, I want a replacement.</p></div></li>
          <li><span class="icon-mail-sent"></span><div><time datetime="2026-11-20T16:30:00Z">Nov 20</time>
            <p>Your order has shipped today.</p></div></li>
        </ol></main>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.lastCustomerText).toBe('The screen arrived cracked, I want a replacement.');
    // Oldest first, whatever the page's order.
    expect(snapshot.messages.map((message) => message.role)).toEqual(['agent', 'customer', 'note']);
  });

  it('still prefers the thread above the reply box to a list of links under it', async () => {
    const doc = await page(`
      <div class="thread"><div class="msg"><b>Ana</b><p>My parcel never arrived, can you check?</p></div>
        <div class="msg"><b>Support</b><p>Checking with the courier now.</p></div></div>
      <div class="reply"><textarea id="reply"></textarea>
        <ul><li><a href="/a">How to track a parcel with our courier partners</a> and more</li>
          <li><a href="/b">Refund policy for parcels lost in transit</a> and more</li></ul></div>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    const texts = snapshot.messages.map((message) => message.text).join('\n');
    expect(texts).toContain('My parcel never arrived, can you check?');
    expect(texts).not.toContain('courier partners');
  });

  it('takes a sender named like a team for the agent side', async () => {
    const doc = await page(`
      <div><div>Maya Johnson</div><div>It is still not here and nobody answers my emails.</div></div>
      <div><div>Pinecone Support</div><div>We have asked the courier and will write again today.</div></div>
      <div class="box"><textarea id="reply"></textarea></div>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.messages.map((message) => message.role)).toEqual(['unknown', 'agent']);
    expect(snapshot.customer.name).toBe('Maya Johnson');
    expect(snapshot.lastCustomerText).toBe('It is still not here and nobody answers my emails.');
  });

  it('names the author of the message the agent selected, even when an agent wrote last', async () => {
    const doc = await page(`
      <div><div>Maya Johnson</div><div>It is still not here and nobody answers my emails.</div></div>
      <div><div>Daniel Ortiz</div><div>We have asked the courier and will write again today.</div></div>
      <div class="box"><textarea id="reply"></textarea></div>`);
    const reply = doc.getElementById('reply');
    const selected = readConversation(doc, doc.URL, {
      focusedEditable: reply,
      selectionText: 'It is still not here and nobody answers',
    });
    expect(selected.customer.name).toBe('Maya Johnson');
    expect(selected.lastCustomerText).toBe('It is still not here and nobody answers');
  });

  it('reads one message of several paragraphs as one message, not its last paragraph', async () => {
    const doc = await page(`
      <div class="sidebar"><ul>
        <li><a href="/t/1">Refund for order 3310 not received yet</a> <span>closed</span></li>
        <li><a href="/t/2">Cannot log in to my account since Monday</a> <span>open</span></li></ul></div>
      <main><div class="message"><div class="meta">Olga Petrova &lt;olga@example.ru&gt;</div>
        <div class="body"><p>Hello,</p><p>I was charged twice this month.</p><p>Please refund it.</p><p>Thanks, Olga</p></div></div>
        <div class="composer"><textarea id="reply"></textarea></div></main>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.lastCustomerText).toBe(
      'Hello,\n\nI was charged twice this month.\n\nPlease refund it.\n\nThanks, Olga',
    );
    expect(snapshot.customer).toEqual({ name: 'Olga Petrova', email: 'olga@example.ru' });
  });

  it('reads a mail body written as <div> lines as one message', async () => {
    const doc = await page(`
      <article><div>Hi,</div><div><br></div><div>My parcel 4410 arrived empty.</div><div>Please send it again.</div></article>
      <form><div contenteditable="true" id="reply"></div></form>`);
    expect(read(doc, doc.getElementById('reply')).lastCustomerText.replace(/\s+/g, ' ')).toBe(
      'Hi, My parcel 4410 arrived empty. Please send it again.',
    );
  });

  it('reads a thread rendered in a same-origin iframe above an editor in the top document', async () => {
    const doc = await page(`
      <iframe srcdoc="<div class='article'><div class='head'>From: Priya Raman &amp;lt;priya@example.org&amp;gt;</div><p>Hello, my tablet flickers.</p></div><div class='article'><div class='head'>From: Support</div><p>Please reset it.</p></div><div class='article'><div class='head'>From: Priya Raman &amp;lt;priya@example.org&amp;gt;</div><p>I did, it still flickers.</p></div>"></iframe>
      <div class="reply"><div contenteditable="true" id="reply"></div></div>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.lastCustomerText).toBe('I did, it still flickers.');
    expect(snapshot.customer).toEqual({ name: 'Priya Raman', email: 'priya@example.org' });
  });

  it('leaves out an editor’s own iframe: a draft is not the conversation', async () => {
    const doc = await page(`
      <div class="note"><p>Customer wrote: where is my refund for the order?</p></div>
      <iframe srcdoc="<body contenteditable='true'><p>Internal draft one</p><p>Internal draft two</p></body>"></iframe>
      <textarea id="reply"></textarea>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.lastCustomerText).not.toContain('Internal draft');
  });

  it('reads a submitted message from a read-only field, and the name from the request’s details', async () => {
    const doc = await page(`
      <div class="panel"><h2>Request 4512</h2>
        <dl><dt>Nom</dt><dd>Camille Dubois</dd><dt>E-mail</dt><dd>camille@example.fr</dd></dl>
        <label>Message</label>
        <textarea readonly>La lampe est arrivée cassée, je veux un remboursement.</textarea></div>
      <form><textarea id="reply"></textarea></form>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.lastCustomerText).toBe('La lampe est arrivée cassée, je veux un remboursement.');
    expect(snapshot.customer).toEqual({ name: 'Camille Dubois', email: 'camille@example.fr' });
  });

  it('names the customer from the composer’s "To:" line when the messages name nobody', async () => {
    const doc = await page(`
      <div class="composer"><div>Para: Beatriz Costa &lt;beatriz@example.com.br&gt;</div>
        <textarea id="reply"></textarea></div>
      <ol><li><time datetime="2026-11-24T09:12:00Z">09:12</time><p>O pedido chegou com a tela trincada.</p></li>
        <li><time datetime="2026-11-20T09:12:00Z">20/11</time><p>Quando será enviado o meu pedido?</p></li></ol>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.customer).toEqual({ name: 'Beatriz Costa', email: 'beatriz@example.com.br' });
  });
});

describe('message authors without author markup', () => {
  it('reads the sender from a "From:" line in any of the languages', async () => {
    const doc = await page(`
      <div id="en"><div>From: Oliver Grant &lt;oliver@example.com&gt; · 11/22/2026</div><p>Hi</p></div>
      <div id="de"><div>Von: Sabine Krüger · gestern</div><p>Hallo</p></div>
      <div id="ru"><div>От: Дмитрий Иванов</div><p>Добрый день</p></div>`);
    const author = (id: string) => readBlockAuthor(doc.getElementById(id) as Element);
    expect(author('en')).toEqual({ author: 'Oliver Grant', authorEmail: 'oliver@example.com' });
    expect(author('de')).toEqual({ author: 'Sabine Krüger' });
    expect(author('ru')).toEqual({ author: 'Дмитрий Иванов' });
  });

  it('reads the sender from the avatar beside a chat row, never from a picture in the message', async () => {
    const doc = await page(`
      <li id="row"><img src="a.png" alt="أحمد السيد"><div>لم يصل الطلب</div></li>
      <li id="photo"><div><p>Here is the damage:</p><img src="b.png" alt="Broken Lamp"></div></li>
      <li id="named"><span class="user-avatar"><img src="c.png" alt="Lea Berg"></span><div>Hallo</div></li>`);
    expect(readBlockAuthor(doc.getElementById('row') as Element)).toEqual({ author: 'أحمد السيد' });
    expect(readBlockAuthor(doc.getElementById('photo') as Element)).toEqual({});
    expect(readBlockAuthor(doc.getElementById('named') as Element)).toEqual({ author: 'Lea Berg' });
  });
});

describe('a short name line heading a message block', () => {
  it('is the author when it reads like a name, in scripts with and without case', async () => {
    const doc = await page(`
      <div id="en"><div>Maya Johnson</div><div>It is still not here and nobody answers.</div></div>
      <div id="pt"><span>Maria da Silva</span><div>O pedido chegou quebrado, quero a troca.</div></div>
      <div id="ar"><div>أحمد السيد</div><div>لم يصل الطلب حتى الآن، أريد استرجاع المبلغ.</div></div>`);
    const author = (id: string) => readBlockAuthor(doc.getElementById(id) as Element).author;
    expect(author('en')).toBe('Maya Johnson');
    expect(author('pt')).toBe('Maria da Silva');
    expect(author('ar')).toBe('أحمد السيد');
  });

  it('is not the author when it is the message’s own first line, a label or a sentence', async () => {
    const doc = await page(`
      <div id="paragraph"><p>Hi Maya</p><p>We have refunded the order today.</p></div>
      <div id="sentence"><div>Still waiting here</div><div>Nobody answered my last three emails.</div></div>
      <div id="punctuated"><div>Thanks, Anna!</div><div>That fixed it, you can close the ticket.</div></div>
      <div id="number"><div>Order 61920</div><div>The hose set arrived with a broken nozzle.</div></div>
      <div id="alone"><div>Maya Johnson</div></div>`);
    for (const id of ['paragraph', 'sentence', 'punctuated', 'number', 'alone'])
      expect(readBlockAuthor(doc.getElementById(id) as Element).author, id).toBeUndefined();
  });
});

describe('a name line heading each message of a thread', () => {
  it('names the sender (with the address of a mail header) and is left out of the message text', async () => {
    const doc = await page(`
      <div class="conv"><div class="day">Yesterday</div>
        <div class="mail"><span>Jonas Weber</span><span>Hello, the app crashes when I…</span></div>
        <div class="mail"><span>Acme Support</span><span>Hi Jonas, could you send the log?</span></div>
        <div class="day">Today</div>
        <div class="mail"><div>Jonas Weber &lt;jonas@example.de&gt;</div>
          <div><p>It still crashes on every start, I attached the log.</p></div></div></div>
      <div class="composer"><textarea id="reply"></textarea></div>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.lastCustomerText).toBe('It still crashes on every start, I attached the log.');
    expect(snapshot.customer).toEqual({ name: 'Jonas Weber', email: 'jonas@example.de' });
  });

  it('is not trusted when no sibling message is headed by a name (a Title Case subject)', async () => {
    const doc = await page(`
      <div class="mail" id="subject"><div>Wrong Item Received</div><div>I ordered the blue kettle and got a red one.</div></div>
      <div class="mail"><div>We are sorry, a replacement is on its way to you.</div><div>Sent from our helpdesk</div></div>`);
    expect(readBlockAuthor(doc.getElementById('subject') as Element).author).toBeUndefined();
  });
});

describe('item classes, avatars and headers that are not what they seem', () => {
  it('does not take a class every item shares ("event-item") for system events, but keeps it on some', async () => {
    const doc = await page(`
      <div class="events">
        <div class="event-item"><span class="initials">MJ</span><div><b>Maya Johnson</b><div>I got size XL instead of M.</div></div></div>
        <div class="event-item event-item--system"><div>Ticket assigned to Sam Rivera</div></div>
        <div class="event-item"><span class="initials">MJ</span><div><div><b>Maya Johnson</b> Today 08:03</div><div>Still no replacement, I need it on Saturday!</div></div></div>
      </div>
      <div class="reply"><div contenteditable="true" id="reply"></div></div>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.messages.map((message) => message.role)).toEqual(['unknown', 'system', 'unknown']);
    // The avatar's initials and the "name, time" header are not part of the message.
    expect(snapshot.lastCustomerText).toBe('Still no replacement, I need it on Saturday!');
    // Initials in an avatar are no name to greet.
    expect(snapshot.customer.name).toBeUndefined();
  });

  it('keeps a first line with a time that the customer wrote', async () => {
    const doc = await page(
      `<div id="m"><div>Call me at 10:30</div><div>My number is in my profile.</div></div>`,
    );
    const block = doc.getElementById('m') as Element;
    expect(readMessageBlock(block, doc.body)?.text).toBe('Call me at 10:30\n\nMy number is in my profile.');
  });

  it('reads the innermost author element of a feed or forum card', async () => {
    const doc = await page(`
      <article id="feed"><header><span class="actor">Claire Martin</span> a écrit · 20 nov.</header><p>Bonjour</p></article>
      <div id="forum"><div class="poster-card"><a class="poster-name">Lucía Fernández</a><span>Miembro desde 2023</span></div><p>Hola</p></div>`);
    expect(readBlockAuthor(doc.getElementById('feed') as Element).author).toBe('Claire Martin');
    expect(readBlockAuthor(doc.getElementById('forum') as Element).author).toBe('Lucía Fernández');
  });

  it('leaves a "From:" line and a bare date out of the message text', async () => {
    const doc = await page(`
      <div id="content">
        <table class="msg"><tr><td>Von: Jonas Weber &lt;jonas@example.de&gt;</td><td>12.11.2026</td></tr><tr><td colspan="2">Hallo, es fehlt das Ladegerät.</td></tr></table>
        <table class="msg"><tr><td>Von: Jonas Weber &lt;jonas@example.de&gt;</td><td>24.11.2026</td></tr><tr><td colspan="2">Das Ladegerät ist immer noch nicht da.</td></tr></table>
      </div>
      <div class="antwort"><textarea id="reply"></textarea></div>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.lastCustomerText).toBe('Das Ladegerät ist immer noch nicht da.');
    expect(snapshot.customer).toEqual({ name: 'Jonas Weber', email: 'jonas@example.de' });
  });
});

describe('old helpdesk layouts', () => {
  it('finds a thread wrapped in the ticket’s actions form, entries told apart only by a modifier class', async () => {
    const doc = await page(`
      <form id="ticket-actions"><div class="thread">
        <div class="thread-entry message"><div class="header">Posted by Olga Petrova</div><div class="body">My VPN disconnects every hour since Monday.</div></div>
        <div class="thread-entry response"><div class="header">Posted by Agent Smith</div><div class="body">Please try the new client 2.4.</div></div>
        <div class="thread-entry message"><div class="header">Posted by Olga Petrova</div><div class="body">Installed 2.4 and it still disconnects.</div></div>
      </div><select name="status"><option>Open</option></select><button>Update</button></form>
      <form id="reply-form"><textarea id="reply" name="response"></textarea><button>Post reply</button></form>`);
    const snapshot = read(doc, doc.getElementById('reply'));
    expect(snapshot.messages.map((message) => message.author)).toEqual([
      'Olga Petrova',
      'Agent Smith',
      'Olga Petrova',
    ]);
    expect(snapshot.lastCustomerText).toBe('Installed 2.4 and it still disconnects.');
    expect(snapshot.customer.name).toBe('Olga Petrova');
  });

  it('reads bylines above or under the text, in several languages', async () => {
    const doc = await page(`
      <li id="under"><div class="text">Sorry about that! Try again now please.</div><div>09:05</div><div>Sent by Lisa Grant</div></li>
      <div id="es"><div>Escrito por Lucía Fernández</div><p>Sigo sin respuesta.</p></div>
      <div id="fr"><div>Envoyé par Camille Dubois · hier</div><p>Toujours rien.</p></div>`);
    const author = (id: string) => readBlockAuthor(doc.getElementById(id) as Element).author;
    expect(author('under')).toBe('Lisa Grant');
    expect(author('es')).toBe('Lucía Fernández');
    expect(author('fr')).toBe('Camille Dubois');
  });
});

describe('labelled customer fields and recipients', () => {
  it('finds a name field in detail lists, tables and label rows, not other fields', async () => {
    const doc = await page(`
      <table id="table"><tr><th>Customer ID</th><td>NW-C-10442</td></tr><tr><th>Name</th><td>Priya Raman</td></tr></table>
      <div id="row"><span class="label">Név:</span> Tóth Eszter</div>
      <dl id="none"><dt>Empresa</dt><dd>Costa &amp; Filhos</dd></dl>`);
    expect(findLabelledName(doc.getElementById('table') as Element)).toBe('Priya Raman');
    expect(findLabelledName(doc.getElementById('row') as Element)).toBe('Tóth Eszter');
    expect(findLabelledName(doc.getElementById('none') as Element)).toBeUndefined();
  });

  it('parses the first recipient of a "To:" line in the 8 languages, and nothing else', () => {
    expect(parseRecipientLine('To: Anna Smith <anna@example.com>, Bob <bob@example.com>')).toEqual({
      name: 'Anna Smith',
      email: 'anna@example.com',
    });
    expect(parseRecipientLine('An: Sabine Krüger')).toEqual({ name: 'Sabine Krüger' });
    expect(parseRecipientLine('Кому: ivanov@example.ru')).toEqual({ email: 'ivanov@example.ru' });
    expect(parseRecipientLine('Total: 3 items')).toEqual({});
  });

  it('tells a support desk’s name from a person’s or a customer company’s', () => {
    for (const desk of [
      'Acme Support',
      'Kertészbolt ügyfélszolgálat',
      'Служба поддержки Ozon',
      'Soporte Nubeta',
    ])
      expect(isTeamName(desk), desk).toBe(true);
    for (const other of ['Berg Cleaning Service', 'Maya Johnson', 'Supportive Parents Club', undefined])
      expect(isTeamName(other), String(other)).toBe(false);
  });

  it('reads the numero sign as an id mark in headings, like "#"', () => {
    expect(findHashId('Demande de contact n° 4512')).toBe('4512');
    expect(findHashId('Заявка № 5521')).toBe('5521');
    expect(findHashId('Pedido nº 7781 – Loja')).toBe('7781');
    expect(findHashId('Ticket #20931')).toBe('20931');
    expect(findHashId('Chapter 1, n° 12')).toBeNull();
  });
});
