/**
 * The browser edge of lib/messaging. Built on webextension-polyfill's promise API rather than
 * @webext-core/messaging: its v4 calls chrome.* with callbacks, which WXT's fake browser cannot answer in
 * unit tests, and the whole wrapper is these few lines.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { createEnvelope, dispatchEnvelope, isEnvelope, unwrapReply } from './dispatch';
import type { HandlerMap, MessageName, RequestArgs, RequestOf, ResponseOf } from './protocol';

/** Sends a message to the background (or whichever extension page handles it) and returns its reply. */
export async function sendMessage<N extends MessageName>(
  name: N,
  ...args: RequestArgs<N>
): Promise<ResponseOf<N>> {
  const reply: unknown = await browser.runtime.sendMessage(createEnvelope(name, args[0] as RequestOf<N>));
  return unwrapReply(name, reply);
}

/** Sends a message to the content script in one tab. */
export async function sendMessageToTab<N extends MessageName>(
  tabId: number,
  name: N,
  ...args: RequestArgs<N>
): Promise<ResponseOf<N>> {
  const reply: unknown = await browser.tabs.sendMessage(
    tabId,
    createEnvelope(name, args[0] as RequestOf<N>),
    { frameId: 0 },
  );
  return unwrapReply(name, reply);
}

/** Answers the messages in `handlers`; returns a function that stops listening. */
export function onMessages(handlers: HandlerMap): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message) || !handlers[message.name]) return undefined;
    return dispatchEnvelope(handlers, message, {
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      url: sender.url,
    });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
  };
}
