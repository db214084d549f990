/**
 * The generic fallback's behaviour beyond the fixture expectations: the user's selection, the focus tracker's
 * hint (through shadow roots and iframes), pages with no editor, newest-first threads, right-to-left layouts,
 * and site adapters handing parts over to it when their selectors miss.
 */
import { describe, expect, it } from 'vitest';
import { readConversation } from '@/lib/sites';
import { deepQuery } from './fixture-suite';
import { blankDocument, loadFixture } from './load-fixture';

function select(doc: Document, node: Node): void {
  const range = doc.createRange();
  range.selectNodeContents(node);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

describe('readConversation on pages no adapter knows', () => {
  it('takes the user’s selection outside the reply box as the customer message', async () => {
    const { document, expect: expected, close } = await loadFixture('generic/chat-bubbles.html');
    const firstVisitorLine = document.querySelector('.bubble--visitor p');
    if (!firstVisitorLine) throw new Error('fixture changed');
    select(document, firstVisitorLine);
    const snapshot = readConversation(document, expected.url);
    expect(snapshot.customerMessageSource).toBe('selection');
    expect(snapshot.lastCustomerText).toBe('Hi, I returned the boots two weeks ago.');
    await close();
  });

  it('ignores a selection inside the reply box (the agent editing their draft)', async () => {
    const { document, expect: expected, close } = await loadFixture('generic/chat-bubbles.html');
    const editor = document.querySelector('.ql-editor');
    if (!editor) throw new Error('fixture changed');
    editor.textContent = 'Dear Tom, sorry about the wait';
    select(document, editor);
    const snapshot = readConversation(document, expected.url);
    expect(snapshot.customerMessageSource).toBe('nearby-block');
    expect(snapshot.lastCustomerText).toContain(expected.lastCustomerMessage);
    await close();
  });

  it('uses the selection the focus tracker saw in a shadow root or frame', async () => {
    const { document, expect: expected, close } = await loadFixture('generic/web-components.html');
    const snapshot = readConversation(document, expected.url, {
      selectionText: '  Hola, ¿cuándo envían\n el pedido 30551? ',
    });
    expect(snapshot.lastCustomerText).toBe('Hola, ¿cuándo envían\nel pedido 30551?');
    expect(snapshot.orderIds).toEqual(['30551']);
    await close();
  });

  it('uses the editable the agent focused last, even when another one is larger or lower', () => {
    const { document, close } = blankDocument(
      `<div class="thread"><div class="m in">Where is my parcel 12345?</div><div class="m out">Checking!</div></div>
       <textarea id="reply"></textarea>
       <footer><textarea id="feedback" rows="20">Rate this page</textarea></footer>`,
      'https://unknown.example/inbox/1',
    );
    const reply = document.getElementById('reply');
    expect(readConversation(document, document.URL).replyBox?.id).toBe('feedback');
    const focused = readConversation(document, document.URL, { focusedEditable: reply });
    expect(focused.replyBox).toBe(reply);
    expect(focused.lastCustomerText).toBe('Where is my parcel 12345?');
    expect(focused.selectors.replyBox).toBe('hint: last focused editable');
    void close();
  });

  it('follows a focused editor inside nested shadow roots', async () => {
    const { document, expect: expected, close } = await loadFixture('generic/web-components.html');
    const editor = deepQuery(document, '[contenteditable="true"]');
    const snapshot = readConversation(document, expected.url, { focusedEditable: editor });
    expect(snapshot.replyBox).toBe(editor);
    expect(snapshot.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    await close();
  });

  it('walks out of an iframe composer to the thread above it', async () => {
    const { document, expect: expected, close } = await loadFixture('generic/iframe-composer.html');
    const body = document.querySelector('iframe')?.contentDocument?.body ?? null;
    const snapshot = readConversation(document, expected.url, { focusedEditable: body });
    expect(snapshot.replyBox).toBe(body);
    expect(snapshot.lastCustomerText).toContain(expected.lastCustomerMessage);
    expect(snapshot.messages).toHaveLength(3);
    await close();
  });

  it('finds nothing (the agent pastes the message) on a page without any editor', () => {
    const { document, close } = blankDocument(
      '<main><p>Our opening hours</p><p>Mon–Fri 9–17</p></main>',
      'https://unknown.example/',
    );
    const snapshot = readConversation(document, document.URL);
    expect(snapshot).toMatchObject({
      site: 'generic',
      replyBox: null,
      lastCustomerText: '',
      customerMessageSource: 'none',
    });
    void close();
  });

  it('reads a newest-first thread below the composer from its top', () => {
    const { document, close } = blankDocument(
      `<div class="composer"><textarea></textarea></div>
       <ul class="thread">
         <li class="entry"><b class="author">Eva</b><p>Second message: still nothing arrived.</p></li>
         <li class="entry"><b class="author">Eva</b><p>First message: my order 4412 is late.</p></li>
       </ul>`,
      'https://unknown.example/t',
    );
    const snapshot = readConversation(document, document.URL);
    expect(snapshot.lastCustomerText).toBe('Second message: still nothing arrived.');
    expect(snapshot.customer.name).toBe('Eva');
    expect(snapshot.orderIds).toEqual(['4412']);
    void close();
  });

  it('orders by timestamps when the page has them', () => {
    const { document, close } = blankDocument(
      `<div class="log">
        <div class="item"><time datetime="2026-11-24T10:00:00Z">10:00</time><p>Newest: please answer!</p></div>
        <div class="item"><time datetime="2026-11-20T10:00:00Z">Nov 20</time><p>Oldest: hello</p></div>
      </div><textarea></textarea>`,
      'https://unknown.example/t',
    );
    expect(readConversation(document, document.URL).lastCustomerText).toBe('Newest: please answer!');
    void close();
  });

  it('mirrors sides on right-to-left pages: incoming bubbles sit on the right there', () => {
    const { document, close } = blankDocument(
      `<style>.b { max-width: 60%; margin-left: auto } .b.r { margin-left: 0; margin-right: auto }</style>
       <div dir="rtl"><div class="list">
         <div class="b">أين طلبي رقم 5512؟</div>
         <div class="b r">نتحقق الآن</div>
       </div><textarea></textarea></div>`,
      'https://unknown.example/chat',
    );
    const snapshot = readConversation(document, document.URL);
    expect(snapshot.messages.map((message) => message.role)).toEqual(['customer', 'agent']);
    expect(snapshot.lastCustomerText).toBe('أين طلبي رقم 5512؟');
    void close();
  });

  it('reads roles from author-type attributes and skips system lines', () => {
    const { document, close } = blankDocument(
      `<section><div class="row" data-author-type="user">The app crashes on login.</div>
       <div class="row" data-author-type="admin">Which version?</div>
       <div class="row" data-author-type="user">3.2, and I lost my data!</div>
       <div class="row system">Conversation assigned to Tier 2</div></section>
       <div contenteditable="true"></div>`,
      'https://unknown.example/c/1',
    );
    const snapshot = readConversation(document, document.URL);
    expect(snapshot.messages.map((message) => message.role)).toEqual([
      'customer',
      'agent',
      'customer',
      'system',
    ]);
    expect(snapshot.lastCustomerText).toBe('3.2, and I lost my data!');
    void close();
  });
});

describe('site adapters handing over to the generic reading', () => {
  it('use the focused editable inside the conversation when their editor selectors miss', async () => {
    const { document, expect: expected, close } = await loadFixture('zendesk/ticket.html');
    const pane = document.querySelector('[data-ticket-id="48213"]');
    for (const editable of Array.from(pane?.querySelectorAll('.ck-editor__editable') ?? [])) {
      editable.className = 'rte-next';
      editable.removeAttribute('data-test-id');
    }
    const redesigned = pane?.querySelector<HTMLElement>('.rte-next') ?? null;
    const snapshot = readConversation(document, expected.url, { focusedEditable: redesigned });
    expect(snapshot.site).toBe('zendesk');
    expect(snapshot.replyBox).toBe(redesigned);
    expect(snapshot.selectors.replyBox).toBe('hint: last focused editable');
    await close();
  });

  it('read the thread by structure when their message selectors miss', async () => {
    const { document, expect: expected, close } = await loadFixture('zendesk/ticket.html');
    for (const item of Array.from(document.querySelectorAll('[data-test-id="omni-log-comment-item"]'))) {
      item.setAttribute('data-test-id', 'log-entry-v2');
    }
    const snapshot = readConversation(document, expected.url);
    expect(snapshot.site).toBe('zendesk');
    expect(snapshot.selectors.messages).toMatch(/^structure: /);
    expect(snapshot.lastCustomerText).toContain(expected.lastCustomerMessage);
    expect(snapshot.customer.name).toBe('María García');
    await close();
  });
});

describe('readConversation on bare chat logs', () => {
  it('reads "Customer:" / "You:" labels when nothing else tells who wrote what', () => {
    const { document, close } = blankDocument(
      `<div id="log"><div><b>Customer:</b> Hi, order 7781 never arrived.</div><div><b>You:</b> Sorry, checking now.</div>
       <div><b>Customer:</b> It has been ten days!</div><div><b>You:</b> I have escalated it.</div></div>
       <form><textarea></textarea><button>Send</button></form>`,
      'https://unknown.example/chat',
    );
    const snapshot = readConversation(document, document.URL);
    expect(snapshot.messages.map((message) => message.role)).toEqual([
      'customer',
      'agent',
      'customer',
      'agent',
    ]);
    expect(snapshot.lastCustomerText).toBe('It has been ten days!');
    void close();
  });

  it('does not take the Reply / Note tabs above the editor for the conversation', () => {
    const { document, close } = blankDocument(
      `<ul class="thread"><li class="msg">My invoice 5521 is wrong, please fix it.</li><li class="msg">Any news?</li></ul>
       <div class="composer"><div class="tabs"><span class="tab">Reply</span><span class="tab">Internal note</span></div>
       <div contenteditable="true"></div></div>`,
      'https://unknown.example/t/1',
    );
    expect(readConversation(document, document.URL).lastCustomerText).toBe('Any news?');
    void close();
  });
});
