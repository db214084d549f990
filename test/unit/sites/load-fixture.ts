/**
 * Loads a site fixture page into its own happy-dom Window at a chosen URL, the way a browser would show it:
 * declarative shadow roots attached, same-origin srcdoc iframes loaded. Scripts do not run (happy-dom's
 * default), so editors stay as their static markup; real editors are the e2e tests' business.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { finishFrameEditors, mountStaticEditors } from './static-editors';

export const fixturesDir = path.resolve(import.meta.dirname, '../../fixtures/sites');

/** What a fixture says about itself in <script type="application/json" id="fixture-expect">. */
export interface FixtureExpect {
  site: string;
  /** The URL the page imitates (the real site's URL shape). */
  url: string;
  customerName: string | null;
  customerEmail: string | null;
  /** An excerpt of the last customer message (a substring of it). */
  lastCustomerMessage: string;
  language: string;
  editor: string;
  /** CSS selector of the reply editor's mount (the element carrying data-editor). */
  replyBox: string;
  ticketId: string | null;
  orderIds: string[];
  plainTextOnly: boolean;
  /**
   * The role real layout gives the last customer message: "customer" unless said otherwise ("unknown" where
   * nothing on the page tells who wrote what, e.g. a mail thread without markers).
   */
  lastCustomerRole?: string;
}

export interface LoadedFixture {
  window: Window;
  document: Document;
  expect: FixtureExpect;
  close(): Promise<void>;
}

function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

export function readFixtureHtml(relativePath: string): string {
  return fs.readFileSync(path.join(fixturesDir, relativePath), 'utf8');
}

export function readExpect(doc: Document): FixtureExpect {
  const block = doc.getElementById('fixture-expect');
  if (!block?.textContent)
    throw new Error('fixture has no <script type="application/json" id="fixture-expect">');
  return JSON.parse(block.textContent) as FixtureExpect;
}

/** Loads `relativePath` (under test/fixtures/sites) at `url`, or at the URL its expect block names. */
export async function loadFixture(relativePath: string, url?: string): Promise<LoadedFixture> {
  const html = readFixtureHtml(relativePath);
  const probe = new Window({ url: 'http://localhost/' });
  probe.document.write(html);
  const expect = readExpect(probe.document as unknown as Document);
  await probe.happyDOM.close();

  const window = new Window({ url: url ?? expect.url, width: 1280, height: 860 });
  window.document.write(html);
  const document = window.document as unknown as Document;
  attachDeclarativeShadowRoots(document);
  mountStaticEditors(document);
  await window.happyDOM.waitUntilComplete();
  finishFrameEditors(document);
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    const inner = frame.contentDocument;
    if (inner) attachDeclarativeShadowRoots(inner);
  }
  return { window, document, expect, close: () => window.happyDOM.close() };
}

/** A blank or unrelated document at `url`, for "never throws" and "falls back" tests. */
export function blankDocument(html: string, url: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({ url });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
