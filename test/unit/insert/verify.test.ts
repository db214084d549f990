import { describe, expect, it } from 'vitest';
import { compactText, judgeInsertion, watchInsertion } from '@/lib/insert';

describe('judgeInsertion', () => {
  const reply = compactText('Hi Maria,\n\nThanks for waiting.');
  it.each([
    ['Hello world', 'Hello world', 'unchanged'],
    ['Hello world', 'Hello Hi Maria, Thanks for waiting. world', 'inserted'],
    // The reply was already there once: only a second copy counts.
    ['HiMaria,Thanksforwaiting.', 'HiMaria,Thanksforwaiting.', 'unchanged'],
    ['HiMaria,Thanksforwaiting.', 'HiMaria,Thanksforwaiting.HiMaria,Thanksforwaiting.', 'inserted'],
    ['Hello world', 'Hello Hi world', 'changed'],
    ['Hello world', 'Hello', 'changed'],
  ])('before %j, after %j: %s', (before, after, verdict) => {
    expect(judgeInsertion(compactText(before), compactText(after), reply)).toBe(verdict);
  });

  it('accepts an editor that rewrote a few characters of a long reply (smart quotes, autoformat)', () => {
    const long = compactText("We're sorry -- your order #1234 ships today and arrives on Friday.");
    const rewritten = compactText('We’re sorry — your order #1234 ships today and arrives on Friday.');
    expect(judgeInsertion('', rewritten, long)).toBe('inserted');
  });
});

describe('watchInsertion', () => {
  it('resolves as soon as the text lands and stays, without waiting for the timeout', async () => {
    document.body.innerHTML = '<div contenteditable="true">Hello</div>';
    const editor = document.querySelector('div') as HTMLElement;
    const watch = watchInsertion(editor, ['world'], { timeoutMs: 5000, settleMs: 10 });
    const started = performance.now();
    setTimeout(() => editor.append(' world'), 5);
    expect(await watch.result).toBe('inserted');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reports unchanged when an editor puts its old content back (CKEditor 5 with execCommand)', async () => {
    document.body.innerHTML = '<div contenteditable="true">Hello</div>';
    const editor = document.querySelector('div') as HTMLElement;
    const watch = watchInsertion(editor, ['world'], { timeoutMs: 150, settleMs: 40 });
    const added = document.createTextNode(' world');
    editor.append(added);
    watch.check();
    setTimeout(() => added.remove(), 5);
    expect(await watch.result).toBe('unchanged');
  });

  it('sees text fields change through their value', async () => {
    document.body.innerHTML = '<textarea>Hello</textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    const watch = watchInsertion(field, ['there'], { timeoutMs: 1000, settleMs: 5 });
    field.value = 'Hello there';
    field.dispatchEvent(new Event('input'));
    expect(await watch.result).toBe('inserted');
  });
});
