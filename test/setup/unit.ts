import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

/** An in-memory event like fakeBrowser's own, for the APIs it leaves unimplemented. */
function fakeEvent() {
  const listeners = new Set<Listener>();
  return {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: never[]) => Promise.all([...listeners].map((listener) => listener(...args))),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser throws "not implemented" for these; the background registers listeners on them.
  Object.assign(fakeBrowser.commands, { onCommand: fakeEvent() });
  Object.assign(fakeBrowser.notifications, { onButtonClicked: fakeEvent() });
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ manifest_version: 3, name: 'Tactful', version: '0.0.0-test' }),
  });
});
