import { describeFailure } from '../storage/errors';
import type { Envelope, HandlerMap, MessageName, Reply, RequestOf, ResponseOf, SenderInfo } from './protocol';

export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Partial<Envelope>;
  return candidate.tactful === 1 && typeof candidate.name === 'string';
}

export function createEnvelope<N extends MessageName>(name: N, data: RequestOf<N>): Envelope<N> {
  return { tactful: 1, name, data };
}

/**
 * Runs the handler for an envelope and wraps its result or error as a `Reply`, so errors cross the context
 * boundary as messages instead of vanishing. Returns `undefined` when this context has no handler for it,
 * letting another listener answer.
 */
export async function dispatchEnvelope(
  handlers: HandlerMap,
  envelope: Envelope,
  sender: SenderInfo,
): Promise<Reply | undefined> {
  const handler = handlers[envelope.name] as ((data: unknown, sender: SenderInfo) => unknown) | undefined;
  if (!handler) return undefined;
  try {
    const value: unknown = await handler(envelope.data, sender);
    return { ok: true, value } as Reply;
  } catch (error) {
    // A full disk reads as plain words at every sender (panel, popup, options), which keep the agent's input.
    return { ok: false, error: describeFailure(error) };
  }
}

/** Unwraps a reply at the sender: the value, or the handler's error re-thrown here. */
export function unwrapReply<N extends MessageName>(name: N, reply: unknown): ResponseOf<N> {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`Tactful: nothing answered "${name}"`);
  }
  const typed = reply as Reply<N>;
  if (!typed.ok) throw new Error(typed.error);
  return typed.value;
}
