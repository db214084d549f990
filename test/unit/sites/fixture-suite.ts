/**
 * The checks every site fixture gets, driven by its own <script id="fixture-expect"> block: the same data the
 * end-to-end tests use, so a fixture cannot say one thing to the unit tests and another to the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConversation, type ConversationSnapshot, type ReadHint } from '@/lib/sites';
import { loadFixture, type LoadedFixture } from './load-fixture';

/** querySelector that also looks inside open shadow roots (Playwright's CSS engine does the same). */
export function deepQuery(root: ParentNode, selector: string): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const inShadow = element.shadowRoot ? deepQuery(element.shadowRoot, selector) : null;
    if (inShadow) return inShadow;
  }
  return null;
}

/** True when `replyBox` is the editable the editor mounted on `mount` renders (inside, after, or its iframe). */
export function isEditorOf(replyBox: Element | null, mount: Element | null): boolean {
  if (!replyBox || !mount) return false;
  if (replyBox === mount || mount.contains(replyBox) || mount.nextElementSibling === replyBox) return true;
  const frame = mount.nextElementSibling;
  return (
    frame?.localName === 'iframe' && (frame as HTMLIFrameElement).contentDocument === replyBox.ownerDocument
  );
}

export interface SuiteOptions {
  /** What the focus tracker would pass (generic pages: the editor the agent clicked into). */
  hint?: (fixture: LoadedFixture) => ReadHint;
  /** More checks for this page. */
  extra?: (read: () => ConversationSnapshot, fixture: () => LoadedFixture) => void;
}

export function describeSiteFixture(page: string, options: SuiteOptions = {}): void {
  describe(page, () => {
    let fixture: LoadedFixture;
    let snapshot: ConversationSnapshot;
    const read = (url?: string) =>
      readConversation(fixture.document, url ?? fixture.expect.url, options.hint?.(fixture) ?? {});

    beforeAll(async () => {
      fixture = await loadFixture(page);
      snapshot = read();
    });
    afterAll(async () => {
      await fixture.close();
    });

    it(`is read by the ${page.split('/')[0] ?? ''} reading the fixture names`, () => {
      expect(snapshot.site).toBe(fixture.expect.site);
      expect(snapshot.matchedBy).toBe(fixture.expect.site === 'generic' ? 'generic' : 'url');
    });

    it('is recognised by its markup on a local copy (no site URL)', () => {
      const local = read(`http://localhost:4173/sites/${page}`);
      expect(local.site).toBe(fixture.expect.site);
      expect(local.lastCustomerText).toContain(fixture.expect.lastCustomerMessage);
    });

    it('finds the last customer message', () => {
      expect(snapshot.lastCustomerText).toContain(fixture.expect.lastCustomerMessage);
      expect(snapshot.customerMessageSource).not.toBe('none');
    });

    it('reads the customer name and email', () => {
      expect(snapshot.customer.name ?? null).toBe(fixture.expect.customerName);
      expect(snapshot.customer.email ?? null).toBe(fixture.expect.customerEmail);
    });

    it('reads the ticket and order ids', () => {
      expect(snapshot.ticketId).toBe(fixture.expect.ticketId);
      expect(snapshot.orderIds).toEqual(fixture.expect.orderIds);
    });

    it('finds the reply editor and whether it takes plain text only', () => {
      const mount = deepQuery(fixture.document, fixture.expect.replyBox);
      expect(mount, `fixture selector ${fixture.expect.replyBox}`).not.toBeNull();
      expect(isEditorOf(snapshot.replyBox, mount)).toBe(true);
      expect(snapshot.plainTextOnly).toBe(fixture.expect.plainTextOnly);
    });

    options.extra?.(
      () => snapshot,
      () => fixture,
    );
  });
}
