/**
 * watchConversation in a single-page helpdesk (test/fixtures/sites/spa): it follows navigation between tickets
 * and new messages, ignores the agent typing, and leaves nothing behind. MutationObservers and event listeners
 * are counted by instrumenting the page's window, so a leak shows up as a count that grows with each ticket.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { watchConversation, type ConversationSnapshot } from '@/lib/sites';
import { startHelpdeskSpa, ticketData, type HelpdeskSpa } from '../../fixtures/sites/spa/spa-app.js';

interface Counters {
  observersObserving: number;
  observeCalls: number;
  listeners: Map<string, number>;
}

/** Counts live MutationObservers and window/navigation listeners of a happy-dom window. */
function instrument(window: Window): Counters {
  const counters: Counters = { observersObserving: 0, observeCalls: 0, listeners: new Map() };
  const Base = window.MutationObserver;
  class CountingObserver extends Base {
    private isObserving = false;
    override observe(...args: Parameters<InstanceType<typeof Base>['observe']>): void {
      counters.observeCalls += 1;
      if (!this.isObserving) counters.observersObserving += 1;
      this.isObserving = true;
      super.observe(...args);
    }
    override disconnect(): void {
      if (this.isObserving) counters.observersObserving -= 1;
      this.isObserving = false;
      super.disconnect();
    }
  }
  Object.defineProperty(window, 'MutationObserver', { value: CountingObserver, configurable: true });
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  const bump = (type: string, by: number) =>
    counters.listeners.set(type, (counters.listeners.get(type) ?? 0) + by);
  window.addEventListener = ((type: string, listener: never, options?: never) => {
    bump(type, 1);
    add(type, listener, options);
  }) as typeof window.addEventListener;
  window.removeEventListener = ((type: string, listener: never) => {
    bump(type, -1);
    remove(type, listener);
  }) as typeof window.removeEventListener;
  return counters;
}

/** Listener counts without types whose listeners were all removed again. */
function live(listeners: Map<string, number>): Map<string, number> {
  return new Map([...listeners].filter(([, count]) => count !== 0));
}

const throttleMs = 5;
const settle = () => new Promise((resolve) => setTimeout(resolve, throttleMs * 4));

let window: Window;
let spa: HelpdeskSpa;
let counters: Counters;

beforeEach(() => {
  window = new Window({ url: 'http://localhost:4173/sites/spa/index.html' });
  window.document.write('<!doctype html><html><body><div id="app"></div></body></html>');
  counters = instrument(window);
  spa = startHelpdeskSpa(window);
});

afterEach(async () => {
  spa.stop();
  await window.happyDOM.close();
});

describe('watchConversation', () => {
  it('reports the conversation at once, then each ticket opened in the single-page app', async () => {
    const seen: ConversationSnapshot[] = [];
    const watcher = watchConversation(
      window.document as unknown as Document,
      (snapshot) => seen.push(snapshot),
      { throttleMs },
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]?.lastCustomerText).toBe('');

    spa.openTicket(3);
    await settle();
    const ticket = ticketData(3);
    expect(watcher.current).toMatchObject({
      site: 'zendesk',
      ticketId: ticket.id,
      lastCustomerText: ticket.message,
      customer: { name: ticket.name, email: ticket.email },
      orderIds: [ticket.order],
    });
    expect(seen).toHaveLength(2);
    watcher.stop();
  });

  it('opens and leaves 50 tickets without growing observers, listeners or retained tickets', async () => {
    const baselineListeners = live(counters.listeners);
    const changes: ConversationSnapshot[] = [];
    const watcher = watchConversation(
      window.document as unknown as Document,
      (snapshot) => changes.push(snapshot),
      { throttleMs },
    );
    const whileWatching = { observers: counters.observersObserving, listeners: live(counters.listeners) };
    expect(whileWatching.observers).toBe(1);

    for (let index = 0; index < 50; index += 1) {
      spa.openTicket(index);
      await settle();
      expect(watcher.current.ticketId).toBe(ticketData(index).id);
      expect(watcher.current.lastCustomerText).toBe(ticketData(index).message);
      spa.leaveTicket();
      await settle();
      expect(watcher.current.ticketId).toBeNull();
      // Steady state after every ticket: one observer, the same listeners, nothing of the old pane kept.
      expect(counters.observersObserving).toBe(1);
      expect(live(counters.listeners)).toEqual(whileWatching.listeners);
      expect(watcher.current.conversation?.isConnected ?? true).toBe(true);
    }
    expect(changes.length).toBe(1 + 50 * 2);

    watcher.stop();
    expect(counters.observersObserving).toBe(0);
    expect(live(counters.listeners)).toEqual(baselineListeners);
  });

  it('follows a new customer message in the open ticket', async () => {
    spa.openTicket(1);
    const seen: string[] = [];
    const watcher = watchConversation(
      window.document as unknown as Document,
      (snapshot) => seen.push(snapshot.lastCustomerText),
      { throttleMs },
    );
    spa.receiveMessage('Hello?? Anyone there? Order 99881 please!');
    await settle();
    // The customer's turn: their unanswered message and the new one.
    expect(seen.at(-1)).toBe(`${ticketData(1).message}\n\nHello?? Anyone there? Order 99881 please!`);
    expect(watcher.current.orderIds[0]).toBe('99881');
    watcher.stop();
  });

  it('ignores the agent typing in the reply box', async () => {
    spa.openTicket(2);
    let calls = 0;
    const watcher = watchConversation(window.document as unknown as Document, () => (calls += 1), {
      throttleMs,
    });
    const before = watcher.current;
    const editor = window.document.querySelector('.ck-editor__editable');
    for (const word of ['Dear', ' Ирина,', ' sorry']) {
      editor?.append(window.document.createTextNode(word));
      await settle();
    }
    expect(calls).toBe(1);
    expect(watcher.current).toBe(before);
    watcher.stop();
  });

  it('follows the browser’s back button (popstate)', async () => {
    const watcher = watchConversation(window.document as unknown as Document, () => undefined, {
      throttleMs,
    });
    spa.openTicket(4);
    spa.openTicket(5);
    await settle();
    window.history.back();
    await settle();
    expect(watcher.current.ticketId).toBe(ticketData(4).id);
    watcher.stop();
  });

  it('stops when its abort signal fires, and a throwing callback does not stop it', async () => {
    const controller = new AbortController();
    let calls = 0;
    watchConversation(
      window.document as unknown as Document,
      () => {
        calls += 1;
        throw new Error('panel bug');
      },
      { throttleMs, signal: controller.signal },
    );
    spa.openTicket(6);
    await settle();
    expect(calls).toBe(2);
    controller.abort();
    expect(counters.observersObserving).toBe(0);
    spa.openTicket(7);
    await settle();
    expect(calls).toBe(2);
  });

  it('coalesces a burst of mutations into one reading per throttle window', async () => {
    spa.openTicket(8);
    let calls = 0;
    const watcher = watchConversation(window.document as unknown as Document, () => (calls += 1), {
      throttleMs: 30,
    });
    for (let index = 0; index < 20; index += 1) spa.receiveMessage(`ping ${index}`);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(calls).toBe(2);
    expect(watcher.current.lastCustomerText).toContain('ping 19');
    watcher.stop();
  });
});

describe('watchConversation and unrelated page activity', () => {
  it('does not re-read for a spinner animating its style elsewhere on the page', async () => {
    spa.openTicket(9);
    const spinner = window.document.createElement('div');
    window.document.body.append(spinner);
    const watcher = watchConversation(window.document as unknown as Document, () => undefined, {
      throttleMs,
    });
    await settle();
    const before = watcher.current;
    for (let step = 0; step < 10; step += 1) {
      spinner.style.transform = `rotate(${step * 36}deg)`;
      spinner.className = step % 2 ? 'spin a' : 'spin b';
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await settle();
    expect(watcher.current).toBe(before);
    watcher.stop();
  });
});
