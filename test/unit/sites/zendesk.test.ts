import { describe, expect, it } from 'vitest';
import { readConversation } from '@/lib/sites';
import { zendesk } from '@/lib/sites/zendesk';
import { describeSiteFixture } from './fixture-suite';
import { blankDocument, loadFixture } from './load-fixture';

describe('zendesk adapter', () => {
  describeSiteFixture('zendesk/ticket.html', {
    extra(read, fixture) {
      it('reads only the active ticket, not the one mounted in a hidden tab', () => {
        const snapshot = read();
        expect(snapshot.conversation?.getAttribute('data-ticket-id')).toBe('48213');
        expect(snapshot.messages.map((message) => message.author)).not.toContain('Oliver Smith');
        expect(snapshot.customer.email).not.toBe('oliver.smith@example.com');
      });

      it('labels customer messages, agent replies and internal notes', () => {
        expect(read().messages.map((message) => message.role)).toEqual([
          'customer',
          'agent',
          'customer',
          'note',
          'agent',
        ]);
      });

      it('leaves out the hidden duplicate body and the quoted reply', () => {
        const [first] = read().messages;
        expect(first?.text.match(/A-99812/g)).toHaveLength(1);
        expect(read().lastCustomerText).not.toContain('Lukas Weber escribió');
      });

      it('records which selectors matched', () => {
        expect(read().selectors).toMatchObject({
          conversation: '[data-ticket-id="48213"]',
          messages: 'article[data-test-id="omni-log-comment-item"]',
          replyBox: '[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]',
        });
      });

      it('reads the other ticket when its tab becomes active', () => {
        const doc = fixture().document;
        const [hidden, active] = Array.from(doc.querySelectorAll('.ticket-panes-grid-layout'));
        hidden?.setAttribute('data-is-active', 'true');
        active?.setAttribute('data-is-active', 'false');
        const other = readConversation(doc, 'https://acme.zendesk.com/agent/tickets/48190');
        expect(other.customer).toEqual({ name: 'Oliver Smith', email: 'oliver.smith@example.com' });
        expect(other.orderIds).toEqual(['55120']);
        hidden?.setAttribute('data-is-active', 'false');
        active?.setAttribute('data-is-active', 'true');
      });
    },
  });

  it('marks messaging tickets as plain text only', () => {
    const { document } = blankDocument(
      `<div class="ticket-panes-grid-layout" data-is-active="true" data-ticket-id="9">
        <article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user">Oi, cadê meu pedido 12345?</div></article>
        <div data-test-id="omnicomposer-plain-text-ckeditor" contenteditable="true" class="ck-editor__editable"></div>
      </div>`,
      'https://acme.zendesk.com/agent/tickets/9',
    );
    const snapshot = readConversation(document, 'https://acme.zendesk.com/agent/tickets/9');
    expect(snapshot.plainTextOnly).toBe(true);
    expect(snapshot.orderIds).toEqual(['12345']);
  });

  it('claims only agent pages of zendesk.com hosts', () => {
    expect(zendesk.isSupportedUrl?.(new URL('https://acme.zendesk.com/agent/tickets/1'))).toBe(true);
    expect(zendesk.isSupportedUrl?.(new URL('https://acme.zendesk.com/hc/en-us'))).toBe(false);
  });
});

describe('readConversation logging', () => {
  it('names the selector that matched each part, or says none did', async () => {
    const { document, expect: expected, close } = await loadFixture('zendesk/ticket.html');
    const lines: string[] = [];
    readConversation(document, expected.url, {}, { log: (line) => lines.push(line) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('zendesk · conversation: [data-ticket-id="48213"]');
    expect(lines[0]).toContain(
      'replyBox: [contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]',
    );
    expect(lines[0]).toContain('customer: #editor-view [data-garden-id="tags.avatar"]');
    for (const editable of Array.from(document.querySelectorAll('.ck-editor__editable'))) editable.remove();
    readConversation(document, expected.url, {}, { log: (line) => lines.push(line) });
    expect(lines[1]).toContain('replyBox: no selector matched');
    await close();
  });
});
