/**
 * What a page holds, measured from outside through the DevTools protocol: the JS heap after garbage collection
 * (the page's and the content script's worlds share it), event listeners on window and document (the page's
 * and Tactful's), and live MutationObserver / ResizeObserver objects in Tactful's isolated world. Used to show that
 * following many tickets leaks nothing (sites.e2e.ts, scripts/bench-overlay.ts).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface PageResources {
  heapBytes: number;
  windowListeners: number;
  documentListeners: number;
  mutationObservers: number;
  resizeObservers: number;
}

interface ContextDescription {
  id: number;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export interface ResourceProbe {
  measure(): Promise<PageResources>;
  close(): Promise<void>;
}

async function evaluateObject(cdp: CDPSession, expression: string, contextId?: number): Promise<string> {
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression,
    ...(contextId !== undefined && { contextId }),
  })) as { result: { objectId?: string } };
  if (!result.objectId) throw new Error(`no object for ${expression}`);
  return result.objectId;
}

async function countInstances(cdp: CDPSession, contextId: number, constructorName: string): Promise<number> {
  const prototypeObjectId = await evaluateObject(cdp, `${constructorName}.prototype`, contextId);
  const { objects } = (await cdp.send('Runtime.queryObjects', { prototypeObjectId })) as {
    objects: { objectId: string };
  };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  })) as { result: { value: number } };
  return result.value;
}

/** Starts probing `page`; the extension's isolated world is found by its name (the extension's). */
export async function probePageResources(page: Page, worldName = 'Tactful'): Promise<ResourceProbe> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ContextDescription }) => {
    contexts.push(event.context);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('HeapProfiler.enable');
  const isolated = contexts.find(
    (context) => context.auxData?.type === 'isolated' && context.name === worldName,
  );
  if (!isolated) throw new Error(`no isolated world named ${worldName}`);

  return {
    async measure() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      // DevTools lists the listeners added from the world the node is asked from: ask from both.
      const listeners = async (expression: string) => {
        let total = 0;
        for (const contextId of [undefined, isolated.id]) {
          const objectId = await evaluateObject(cdp, expression, contextId);
          const { listeners: found } = (await cdp.send('DOMDebugger.getEventListeners', { objectId })) as {
            listeners: unknown[];
          };
          total += found.length;
        }
        return total;
      };
      return {
        heapBytes: usedSize,
        windowListeners: await listeners('window'),
        documentListeners: await listeners('document'),
        mutationObservers: await countInstances(cdp, isolated.id, 'MutationObserver'),
        resizeObservers: await countInstances(cdp, isolated.id, 'ResizeObserver'),
      };
    },
    close: () => cdp.detach(),
  };
}
