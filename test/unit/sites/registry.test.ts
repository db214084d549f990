/**
 * Meta-test over the adapter registry (STYLE.md §3.9, after refined-github's features.test.ts): every adapter
 * has fixtures, a test file and a "Verified on" record; the content-script matches come from the adapters;
 * and no adapter breaks or claims a page that is not its site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConversation, siteAdapters } from '@/lib/sites';
import { contentScriptMatches, helpdeskMatches } from '@/lib/sites/matches';
import { blankDocument, fixturesDir, loadFixture } from './load-fixture';

const testsDir = import.meta.dirname;

describe('siteAdapters', () => {
  it('has one adapter per supported site, each id once', () => {
    const ids = siteAdapters.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(16);
  });

  it.each(siteAdapters.map((adapter) => [adapter.id]))(
    '%s has a fixture folder with pages and a test file',
    (id) => {
      const pages = fs.readdirSync(path.join(fixturesDir, id)).filter((file) => file.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(0);
      expect(fs.existsSync(path.join(testsDir, `${id}.test.ts`))).toBe(true);
    },
  );

  it.each(siteAdapters.map((adapter) => [adapter.id, adapter]))(
    '%s says when and how it was verified',
    (_id, adapter) => {
      expect(adapter.verified.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(adapter.verified.how.length).toBeGreaterThan(10);
      expect(adapter.verified.urls.length).toBeGreaterThan(0);
    },
  );

  it('gives the content script exactly the adapters’ hosts plus localhost', () => {
    expect(new Set(helpdeskMatches)).toEqual(new Set(siteAdapters.flatMap((adapter) => adapter.matches)));
    expect(contentScriptMatches).toEqual(
      expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']),
    );
  });

  it('every fixture page names a site that exists and a language Tactful supports', async () => {
    const known = new Set<string>([...siteAdapters.map((adapter) => adapter.id), 'generic']);
    for (const folder of fs
      .readdirSync(fixturesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())) {
      if (folder.name === 'spa') continue;
      for (const page of fs
        .readdirSync(path.join(fixturesDir, folder.name))
        .filter((file) => file.endsWith('.html'))) {
        const fixture = await loadFixture(`${folder.name}/${page}`);
        expect(known.has(fixture.expect.site), `${folder.name}/${page}`).toBe(true);
        expect(['en', 'es', 'ru', 'ar', 'hu', 'de', 'fr', 'pt']).toContain(fixture.expect.language);
        await fixture.close();
      }
    }
  });
});

const unrelatedPages = {
  empty: '',
  article: '<main><h1>Recipes</h1><p>Whisk the eggs.</p><ul><li>Eggs</li><li>Flour</li></ul></main>',
  broken: '<div><table><tr><td>unclosed <b>tags<div contenteditable></div>',
  form: '<form><input type="password" /><input type="email" value="x@example.com" /><button>Log in</button></form>',
};

describe('adapters on pages that are not their site', () => {
  for (const adapter of siteAdapters) {
    const url =
      adapter.matches[0]?.replace('*://', 'https://').replace('*.', 'acme.').replace(/\*$/, '') ?? '';
    it.each(Object.entries(unrelatedPages))(
      `${adapter.id} never throws on the %s page and leaves it to the generic reading`,
      (_name, html) => {
        const { document, close } = blankDocument(html, url);
        const snapshot = readConversation(document, url);
        expect(snapshot.site).toBe('generic');
        // The adapter claimed the URL (unless its path check declined), found nothing, and handed over.
        expect(snapshot.fellBackFrom).toBe(
          adapter.isSupportedUrl?.(new URL(url)) === false ? undefined : adapter.id,
        );
        expect(() => adapter.detect(document)).not.toThrow();
        void close();
      },
    );
  }

  it('no adapter claims a generic fixture by its markup', async () => {
    for (const page of fs.readdirSync(path.join(fixturesDir, 'generic'))) {
      const fixture = await loadFixture(`generic/${page}`);
      expect(
        siteAdapters.filter((adapter) => adapter.detect(fixture.document)).map((adapter) => adapter.id),
        page,
      ).toEqual([]);
      await fixture.close();
    }
  });

  it('reads nothing, without throwing, from a detached or half-built document', () => {
    const { document, close } = blankDocument(
      '<div data-test-id="omni-log-comment-item"></div>',
      'https://acme.zendesk.com/agent/tickets/1',
    );
    document.body.remove();
    const snapshot = readConversation(document, 'not a url');
    expect(snapshot).toMatchObject({ site: 'generic', lastCustomerText: '', replyBox: null, messages: [] });
    void close();
  });
});
