import { describe, expect, it } from 'vitest';
import { createEnvelope, dispatchEnvelope, isEnvelope, unwrapReply, type HandlerMap } from '@/lib/messaging';
import { onMessages, sendMessage } from '@/lib/messaging/browser';

const status = { version: '1.2.3', templateCount: 4, pendingReminders: 2, overdueReminders: 1 };

describe('dispatchEnvelope', () => {
  it('answers with the handler value', async () => {
    const handlers: HandlerMap = { getStatus: () => status };
    expect(await dispatchEnvelope(handlers, createEnvelope('getStatus', undefined), {})).toEqual({
      ok: true,
      value: status,
    });
  });

  it('turns a thrown error into a reply the sender re-throws', async () => {
    const handlers: HandlerMap = {
      createReminder: () => {
        throw new Error('storage is full');
      },
    };
    const reply = await dispatchEnvelope(
      handlers,
      createEnvelope('createReminder', { ticketUrl: 'https://x', site: 'generic', dueAt: 1 }),
      {},
    );
    expect(() => unwrapReply('createReminder', reply)).toThrow('storage is full');
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    expect(await dispatchEnvelope({}, createEnvelope('getStatus', undefined), {})).toBeUndefined();
  });

  it('ignores messages that are not Tactful envelopes', () => {
    expect(isEnvelope({ name: 'getStatus' })).toBe(false);
    expect(isEnvelope('getStatus')).toBe(false);
    expect(isEnvelope(createEnvelope('getStatus', undefined))).toBe(true);
  });
});

describe('sendMessage / onMessages', () => {
  it('round-trips a typed request through the runtime', async () => {
    const stop = onMessages({
      getStatus: () => status,
      saveSettings: (patch) => ({
        agentName: patch.agentName ?? '',
        agentLanguage: 'en',
        shortcutTrigger: ';',
        workingHours: { timeZone: '', days: [1], start: 0, end: 60 },
        dismissedSites: [],
      }),
    });
    expect(await sendMessage('getStatus')).toEqual(status);
    expect((await sendMessage('saveSettings', { agentName: 'Mia' })).agentName).toBe('Mia');
    stop();
    await expect(sendMessage('getStatus')).rejects.toThrow();
  });

  it('rejects at the sender when the handler fails', async () => {
    onMessages({
      listReminders: () => Promise.reject(new Error('database closed')),
    });
    await expect(sendMessage('listReminders')).rejects.toThrow('database closed');
  });
});

describe('Protocol typing', () => {
  it('makes a wrong payload, a missing payload or an unknown message a compile error (checked by tsc)', () => {
    const calls = [
      // @ts-expect-error createReminder needs a NewReminder, not a number
      () => sendMessage('createReminder', { ticketUrl: 1, site: 'generic', dueAt: 0 }),
      // @ts-expect-error createReminder cannot be sent without its request
      () => sendMessage('createReminder'),
      // @ts-expect-error getStatus takes no request
      () => sendMessage('getStatus', { verbose: true }),
      // @ts-expect-error there is no such message
      () => sendMessage('deleteEverything'),
    ];
    expect(calls).toHaveLength(4);
  });
});
