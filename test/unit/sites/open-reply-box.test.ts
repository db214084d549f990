import { describe, expect, it } from 'vitest';
import { openReplyBox, readConversation } from '@/lib/sites';
import { blankDocument } from './load-fixture';

const freshdeskTicket = `
  <main class="ticket-details">
    <h2 class="ticket-subject-heading">Lieferung beschädigt</h2>
    <div data-test-id="conversation-item" class="conversation-item incoming"><p>Die Bestellung 12345 ist kaputt.</p></div>
    <div class="reply-area"><button type="button" data-test-id="ticket-reply-button">Antworten</button></div>
  </main>`;

function mountEditorOnClick(document: Document, delayMs: number): void {
  document.querySelector('[data-test-id="ticket-reply-button"]')?.addEventListener('click', () => {
    setTimeout(() => {
      const editor = document.createElement('div');
      editor.className = 'fr-element fr-view';
      editor.setAttribute('contenteditable', 'true');
      document.querySelector('.reply-area')?.append(editor);
    }, delayMs);
  });
}

describe('openReplyBox', () => {
  it('clicks Reply where the site mounts its editor on demand, and waits for the editor', async () => {
    const url = 'https://acme.freshdesk.com/a/tickets/12';
    const { document, close } = blankDocument(freshdeskTicket, url);
    mountEditorOnClick(document, 20);
    const snapshot = readConversation(document, url);
    expect(snapshot).toMatchObject({ site: 'freshdesk', replyBox: null, canOpenReplyBox: true });
    const editor = await openReplyBox(snapshot, 1000);
    expect(editor?.classList.contains('fr-element')).toBe(true);
    expect(readConversation(document, url).replyBox).toBe(editor);
    await close();
  });

  it('gives up after the timeout when no editor appears', async () => {
    const url = 'https://acme.freshdesk.com/a/tickets/12';
    const { document, close } = blankDocument(freshdeskTicket, url);
    const started = Date.now();
    expect(await openReplyBox(readConversation(document, url), 50)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    await close();
  });

  it('returns the open reply box as it is, and null where the site has no Reply button', async () => {
    const { document, close } = blankDocument(
      '<div contenteditable="true"></div>',
      'https://unknown.example/',
    );
    const snapshot = readConversation(document, document.URL);
    expect(await openReplyBox(snapshot)).toBe(snapshot.replyBox);
    expect(await openReplyBox({ ...snapshot, replyBox: null })).toBeNull();
    await close();
  });
});
