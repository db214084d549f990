import { describe, expect, it } from 'vitest';
import { readConversation, rememberSelection } from '@/lib/sites';
import { loadFixture } from './load-fixture';

const changed = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('rememberSelection', () => {
  it('keeps the customer message the agent selected after they click into the reply editor', async () => {
    const { document, expect: expected, close } = await loadFixture('generic/obfuscated-chat.html');
    const memory = rememberSelection(document);
    const selection = document.getSelection();
    const firstMessage = document.querySelector('._9fa2 span');
    const editor = document.querySelector('[data-slate-editor]');
    if (!selection || !firstMessage || !editor) throw new Error('fixture changed');

    const range = document.createRange();
    range.selectNodeContents(firstMessage);
    selection.removeAllRanges();
    selection.addRange(range);
    await changed();
    selection.collapse(editor, 0); // the click into the editor
    await changed();

    expect(memory.current()).toBe('Oi, boa tarde');
    const snapshot = readConversation(document, expected.url, { selectionText: memory.current() });
    expect(snapshot).toMatchObject({ customerMessageSource: 'selection', lastCustomerText: 'Oi, boa tarde' });

    selection.collapse(firstMessage, 0); // a click elsewhere on the page deselects
    await changed();
    expect(memory.current()).toBeUndefined();
    memory.stop();
    await close();
  });

  it('ignores selections inside the editor and stops listening when stopped', async () => {
    const { document, close } = await loadFixture('generic/obfuscated-chat.html');
    const memory = rememberSelection(document);
    const selection = document.getSelection();
    const [, , lastMessage] = Array.from(document.querySelectorAll('._9fa2 span'));
    const editor = document.querySelector('[data-slate-editor]');
    if (!selection || !lastMessage || !editor) throw new Error('fixture changed');
    const select = async (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      selection.removeAllRanges();
      selection.addRange(range);
      await changed();
    };
    await select(lastMessage);
    expect(memory.current()).toContain('meu pedido 10293');
    editor.textContent = 'Olá Beatriz, sinto muito';
    await select(editor); // the agent selecting their own draft
    expect(memory.current()).toContain('meu pedido 10293');
    memory.stop();
    expect(memory.current()).toBeUndefined();
    await select(lastMessage);
    expect(memory.current()).toBeUndefined();
    await close();
  });
});
