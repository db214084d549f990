import { describe, expect, it } from 'vitest';
import { insertIntoEditor, type InsertRuntime, type PageActionName, type PreparedReply } from '@/lib/insert';

/** A ProseMirror-like editable: its chain is paste (page world), then exec-command. */
function proseMirror(text = 'Hello'): HTMLElement {
  document.body.innerHTML = `<div class="ProseMirror" contenteditable="true"><p>${text}</p></div>`;
  return document.querySelector('.ProseMirror') as HTMLElement;
}

/** A page world whose paste handler does `paste(element, reply)`; other actions decline. */
function pageWorld(paste: (element: HTMLElement, reply: PreparedReply) => boolean): InsertRuntime & {
  calls: PageActionName[];
} {
  const calls: PageActionName[] = [];
  return {
    calls,
    runInPage: (action, element, reply) => {
      calls.push(action);
      return Promise.resolve(action === 'paste' && paste(element, reply) ? { ok: true } : { ok: false });
    },
  };
}

const options = { verifyTimeoutMs: 200 };

describe('insertIntoEditor', () => {
  it('stops at the first step the editor really takes', async () => {
    const editor = proseMirror();
    const runtime = pageWorld((element, reply) => {
      element.querySelector('p')?.append(` ${reply.text}`);
      return true;
    });
    const outcome = await insertIntoEditor(editor, { text: 'there' }, options, runtime);
    expect(outcome).toMatchObject({ ok: true, method: 'paste', editor: 'prosemirror', attempts: [] });
    expect(editor.textContent).toBe('Hello there');
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('waits for an editor that applies the step a little later, instead of trying the next one', async () => {
    const editor = proseMirror();
    const runtime = pageWorld((element, reply) => {
      setTimeout(() => element.querySelector('p')?.append(` ${reply.text}`), 30);
      return true;
    });
    const outcome = await insertIntoEditor(editor, { text: 'there' }, options, runtime);
    expect(outcome).toMatchObject({ ok: true, method: 'paste' });
    expect(editor.textContent).toBe('Hello there');
  });

  it('falls back to the next step when one leaves the editor unchanged, and says what it tried', async () => {
    document.body.innerHTML = '<textarea>Hello </textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.setSelectionRange(6, 6);
    // happy-dom's execCommand does not edit textareas, like a page that blocks it: setRangeText takes over.
    const outcome = await insertIntoEditor(field, { text: 'there' }, options);
    expect(outcome).toMatchObject({ ok: true, method: 'textfield', editor: 'textarea' });
    expect(outcome.attempts?.map((attempt) => attempt.method)).toEqual(['exec-command']);
    expect(field.value).toBe('Hello there');
    expect(field.selectionStart).toBe(11);
  });

  it('never inserts twice: a step that changed the editor without the reply ends the chain', async () => {
    const editor = proseMirror();
    const runtime = pageWorld((element, reply) => {
      element.querySelector('p')?.append(reply.text.slice(0, 3));
      return true;
    });
    const outcome = await insertIntoEditor(editor, { text: 'there you go' }, options, runtime);
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(/rather than risk inserting it twice/);
    expect(outcome.attempts).toEqual([{ method: 'paste', result: 'changed' }]);
    expect(editor.textContent).toBe('Hellothe');
  });

  it('treats an editor that took the text and put its old content back as unchanged, and moves on', async () => {
    const editor = proseMirror();
    const runtime = pageWorld((element, reply) => {
      const added = document.createTextNode(reply.text);
      element.querySelector('p')?.append(added);
      setTimeout(() => added.remove(), 5);
      return true;
    });
    const outcome = await insertIntoEditor(editor, { text: 'there' }, options, runtime);
    expect(outcome.attempts?.[0]).toMatchObject({ method: 'paste', result: 'unchanged' });
    expect(runtime.calls).toEqual(['paste']);
  });

  it('reports an editor that takes nothing, after trying its whole chain', async () => {
    const editor = proseMirror();
    const runtime = pageWorld(() => false);
    const outcome = await insertIntoEditor(editor, { text: 'there' }, options, runtime);
    expect(outcome).toMatchObject({ ok: false, editor: 'prosemirror' });
    expect(outcome.error).toMatch(/did not accept/);
    expect(outcome.attempts?.map((attempt) => attempt.method)).toEqual(['paste', 'exec-command']);
    expect(editor.textContent).toBe('Hello');
  });

  it("puts a site's preferred inserter first", async () => {
    const editor = proseMirror();
    const runtime = pageWorld(() => false);
    const outcome = await insertIntoEditor(
      editor,
      { text: 'there' },
      { ...options, preferredInserters: ['exec-command'] },
      runtime,
    );
    expect(outcome.attempts?.map((attempt) => attempt.method)).toEqual(['exec-command', 'paste']);
  });

  it('hands plain-text-only sites no HTML', async () => {
    const editor = proseMirror();
    const seen: PreparedReply[] = [];
    const runtime = pageWorld((element, reply) => {
      seen.push(reply);
      element.querySelector('p')?.append(reply.text);
      return true;
    });
    await insertIntoEditor(
      editor,
      { text: 'Hi', html: '<p>Hi</p>' },
      { ...options, plainTextOnly: true },
      runtime,
    );
    expect(seen).toEqual([{ text: 'Hi' }]);
  });

  it.each([
    [null, { text: 'x' }, /click into the reply editor/],
    [document.createElement('div'), { text: 'x' }, /click into the reply editor/],
  ])('never throws on a missing reply box (%s)', async (element, reply, error) => {
    expect((await insertIntoEditor(element, reply)).error).toMatch(error);
  });

  it.each([[undefined], [{}], [{ text: '' }], ['just a string']])(
    'never throws on a bad reply (%j)',
    async (reply) => {
      const outcome = await insertIntoEditor(proseMirror(), reply);
      expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) as unknown });
    },
  );
});

describe('insertIntoEditor with replaceBeforeCaret (inline shortcut expansion)', () => {
  it('replaces the shortcut typed before the caret with the reply', async () => {
    document.body.innerHTML = '<textarea>Hello ;thx</textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(10, 10);
    const outcome = await insertIntoEditor(field, { text: 'Thanks!', replaceBeforeCaret: ';thx' }, options, {
      savedSelection: { kind: 'field', start: 10, end: 10 },
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(field.value).toBe('Hello Thanks!');
  });

  it('inserts nothing when the text before the caret is no longer the shortcut', async () => {
    document.body.innerHTML = '<textarea>Hello ;th</textarea>';
    const field = document.querySelector('textarea') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(9, 9);
    const outcome = await insertIntoEditor(field, { text: 'Thanks!', replaceBeforeCaret: ';thx' }, options);
    expect(outcome).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no longer right before the caret/) as unknown,
    });
    expect(field.value).toBe('Hello ;th');
  });

  it('replaces a shortcut in a contenteditable', async () => {
    const editor = proseMirror('Hello ;thx');
    const text = editor.querySelector('p')?.firstChild as Text;
    editor.focus();
    const caret = document.createRange();
    caret.setStart(text, 10);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(caret);
    const runtime = pageWorld((element, reply) => {
      const range = document.getSelection()?.getRangeAt(0);
      range?.deleteContents();
      range?.insertNode(document.createTextNode(reply.text));
      return true;
    });
    const outcome = await insertIntoEditor(
      editor,
      { text: 'Thanks!', replaceBeforeCaret: ';thx' },
      options,
      runtime,
    );
    expect(outcome).toMatchObject({ ok: true, method: 'paste' });
    expect(editor.textContent).toBe('Hello Thanks!');
  });
});
