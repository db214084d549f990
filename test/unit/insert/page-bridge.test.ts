import { afterEach, describe, expect, it } from 'vitest';
import { requestPageAction, servePageActions, type PageAction } from '@/lib/insert';

const channel = 'tactful-test-channel-0123456789';
let stop: () => void = () => undefined;
afterEach(() => stop());

function editor(): HTMLElement {
  document.body.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
  return document.querySelector('div') as HTMLElement;
}

describe('requestPageAction / servePageActions', () => {
  it('runs the named action on the element the request was sent from and returns its answer', async () => {
    const target = editor();
    const seen: { element: HTMLElement; text: string }[] = [];
    const paste: PageAction = (element, reply) => {
      seen.push({ element, text: reply.text });
      return { ok: true };
    };
    stop = servePageActions(document, channel, { paste });
    expect(await requestPageAction(channel, target, 'paste', { text: 'Hi' })).toEqual({ ok: true });
    expect(seen).toEqual([{ element: target, text: 'Hi' }]);
  });

  it('turns an action that throws into a failed answer', async () => {
    stop = servePageActions(document, channel, {
      paste: () => {
        throw new Error('editor exploded');
      },
    });
    expect(await requestPageAction(channel, editor(), 'paste', { text: 'Hi' })).toEqual({
      ok: false,
      reason: 'editor exploded',
    });
  });

  it('answers nothing on another channel, so the request times out as unanswered', async () => {
    stop = servePageActions(document, 'tactful-some-other-channel-000', { paste: () => ({ ok: true }) });
    expect(await requestPageAction(channel, editor(), 'paste', { text: 'Hi' }, 50)).toEqual({
      ok: false,
      reason: "the page's world did not answer",
    });
  });

  it('ignores malformed requests and actions it does not serve', () => {
    let runs = 0;
    stop = servePageActions(document, channel, {
      paste: () => {
        runs += 1;
        return { ok: true };
      },
    });
    const target = editor();
    for (const detail of [
      'not json',
      '{"id":1}',
      JSON.stringify({ id: 'a', action: 'eval', reply: { text: 'x' }, frames: 0 }),
      { id: 'a' },
    ]) {
      target.dispatchEvent(new CustomEvent(`${channel}:request`, { detail, bubbles: true }));
    }
    expect(runs).toBe(0);
  });
});
