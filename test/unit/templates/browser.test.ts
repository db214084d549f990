import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerMap, MessageName, RequestOf, ResponseOf } from '@/lib/messaging/protocol';
import { TactfulDb } from '@/lib/storage';
import { builtinTemplates } from '@/lib/templates/builtin-templates';
import { ensureBuiltinTemplates, startTemplates, templateHandlers } from '@/lib/templates/browser';
import { contentHash } from '@/lib/templates/format/content-hash';
import type { Template, TemplateDraft } from '@/lib/templates/types';
import { toneOf } from './builtin-fixture';

let db: TactfulDb;
let handlers: HandlerMap;

/** Calls a background handler the way a message would. */
async function call<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const handler = handlers[name] as
    ((request: RequestOf<N>, sender: object) => Promise<ResponseOf<N>>) | undefined;
  if (!handler) throw new Error(`no handler for ${name}`);
  return handler(data, {});
}

beforeEach(async () => {
  db = new TactfulDb('templates-browser-test');
  await db.open();
  handlers = templateHandlers(db);
});
afterEach(async () => {
  await db.delete();
});

const ownTemplate = {
  title: 'VIP late delivery',
  body: 'Hi {{customer.firstName|there}},\n\nYour VIP parcel is late.\n\n{{agent.firstName}}',
  language: 'en',
  shortcut: 'vip-late',
  tags: ['vip'],
};

describe('the background template handlers', () => {
  it('seed the built-in library on first use, once', async () => {
    const suggestions = await call('suggestReplies', {
      message: 'I was charged twice',
      tone: toneOf('frustrated', 'en'),
      context: {},
    });
    expect(suggestions[0]?.scenario).toBe('double-charge');
    expect(await db.templates.count()).toBe(builtinTemplates.length);
    expect(builtinTemplates.length).toBeGreaterThan(272);
    expect(await ensureBuiltinTemplates(db)).toBeUndefined();
  });

  it('seed on install through runtime.onInstalled', async () => {
    startTemplates(db);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await db.templates.count()).toBe(builtinTemplates.length);
  });

  it('fill the agent name from the settings and the page context into the reply', async () => {
    await db.settings.put({ key: 'agentName', value: 'Sam Rivera' });
    const [top] = await call('suggestReplies', {
      message: 'I was charged twice',
      tone: toneOf('frustrated', 'en'),
      context: { customer: { name: 'Anna Smith' } },
    });
    expect(top?.text).toMatch(/^Hi Anna,/);
    expect(top?.text).toMatch(/Sam$/);
  });

  it('save a new template with validation, and find it at once without rebuilding', async () => {
    expect(await call('saveTemplate', { ...ownTemplate, title: '  ' })).toEqual({
      ok: false,
      error: 'Give the template a title.',
    });
    expect(await call('saveTemplate', { ...ownTemplate, shortcut: 'VIP late!' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/shortcut/),
    });
    const saved = await call('saveTemplate', ownTemplate);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.template).toMatchObject({ title: 'VIP late delivery', shortcut: 'vip-late', usageCount: 0 });
    expect((await call('searchTemplates', { query: 'vip' })).map((hit) => hit.template.id)).toEqual([
      saved.template.id,
    ]);

    const edited = await call('saveTemplate', {
      ...ownTemplate,
      id: saved.template.id,
      title: 'Platinum late delivery',
    });
    expect(edited.ok && edited.template.createdAt).toBe(saved.template.createdAt);
    expect((await call('searchTemplates', { query: 'platinum' }))[0]?.template.id).toBe(saved.template.id);
    expect(await call('saveTemplate', { ...ownTemplate, id: 'own.gone' })).toMatchObject({ ok: false });
  });

  it('delete with undo: the template leaves search and comes back unchanged', async () => {
    const saved = await call('saveTemplate', ownTemplate);
    if (!saved.ok) throw new Error(saved.error);
    const deleted = await call('deleteTemplate', { id: saved.template.id });
    expect(await db.templates.get(saved.template.id)).toBeUndefined();
    expect(await call('searchTemplates', { query: 'vip' })).toEqual([]);
    if (!deleted) throw new Error('nothing deleted');
    expect(await call('restoreTemplate', deleted)).toEqual({ ok: true, template: saved.template });
    expect((await call('searchTemplates', { query: 'vip' }))[0]?.template).toEqual(saved.template);
    expect(await call('restoreTemplate', { id: 'x' } as Template)).toMatchObject({ ok: false });
  });

  it('expand shortcuts in the wanted language, list them, and count uses', async () => {
    const expanded = await call('expandShortcut', {
      shortcut: 'late',
      language: 'es',
      context: { customer: { name: 'Lucía' } },
    });
    expect(expanded).toMatchObject({ templateId: 'builtin.late-delivery.standard.es', language: 'es' });
    expect(expanded?.text).toMatch(/Lucía/);
    expect(await call('expandShortcut', { shortcut: 'no-such-thing', context: {} })).toBeNull();
    expect(await call('listShortcuts', undefined)).toEqual(
      expect.arrayContaining(['late', 'late-deescalate', 'double']),
    );

    await call('recordTemplateUse', { templateId: 'builtin.late-delivery.standard.es' });
    await call('recordTemplateUse', { templateId: 'builtin.late-delivery.standard.es' });
    expect((await db.templates.get('builtin.late-delivery.standard.es'))?.usageCount).toBe(2);
  });

  it('render a picked template and check a draft', async () => {
    const rendered = await call('renderTemplate', {
      templateId: 'builtin.double-charge.standard.de',
      context: { customer: { name: 'Jonas Weber' } },
    });
    expect(rendered?.text).toMatch(/^Hallo Jonas,/);
    expect(await call('renderTemplate', { templateId: 'nope', context: {} })).toBeNull();
    const findings = await call('checkReply', {
      draft: 'Hello,\n\nAs I already said, no.',
      lang: 'en',
      tone: 'angry',
      customer: { name: 'Anna' },
    });
    expect(findings.map((finding) => finding.rule)).toContain('blame');
  });

  it('notice templates written to the database by someone else (a pack install)', async () => {
    await call('searchTemplates', { query: 'x' });
    await db.templates.put({
      ...ownTemplate,
      id: 'pack.acme.1',
      scenario: 'acme',
      toneTargets: [],
      tags: [],
      createdAt: Date.now(),
      updatedAt: Date.now() + 1,
      usageCount: 0,
      packId: 'acme',
    });
    expect((await call('searchTemplates', { query: 'vip' }))[0]?.template.id).toBe('pack.acme.1');
    await db.templates.delete('pack.acme.1');
    expect(await call('searchTemplates', { query: 'vip' })).toEqual([]);
  });
});

describe('upgrading the built-in templates', () => {
  /** A shipped version of the library: the current one with some templates changed, added or dropped. */
  const shipped = (change: (drafts: TemplateDraft[]) => TemplateDraft[]) =>
    change(builtinTemplates.map((draft) => ({ ...draft }))).map((draft) => ({
      ...draft,
      sourceHash: contentHash(draft),
    }));
  const id = (scenario: string) => `builtin.${scenario}.standard.en`;

  it("keeps the agent's edits, deletions and usage, and brings everything else up to date", async () => {
    await ensureBuiltinTemplates(db);
    await call('saveTemplate', { ...ownTemplate });
    const original = await db.templates.get(id('late-delivery'));
    if (!original) throw new Error('not seeded');
    await call('saveTemplate', {
      id: original.id,
      title: 'My late delivery',
      body: 'My own words.',
      language: 'en',
    });
    await call('deleteTemplate', { id: id('wrong-item') });
    await call('recordTemplateUse', { templateId: id('double-charge') });

    const next = shipped((drafts) =>
      [
        ...drafts,
        { ...(drafts[0] as TemplateDraft), id: 'builtin.new-scenario.standard.en', scenario: 'new-scenario' },
      ]
        .filter((draft) => draft.id !== id('outage'))
        .map((draft) =>
          [id('late-delivery'), id('wrong-item'), id('double-charge')].includes(draft.id)
            ? { ...draft, body: `${draft.body}\n\nNew paragraph.` }
            : draft,
        ),
    );
    const report = await ensureBuiltinTemplates(db, next);
    expect(report).toEqual({ added: 1, updated: 1, removed: 1, keptEdits: 1 });

    expect(await db.templates.get(id('late-delivery'))).toMatchObject({
      title: 'My late delivery',
      body: 'My own words.',
    });
    expect(await db.templates.get(id('wrong-item'))).toBeUndefined();
    expect(await db.templates.get(id('double-charge'))).toMatchObject({
      usageCount: 1,
      body: expect.stringContaining('New paragraph.'),
    });
    expect(await db.templates.get(id('outage'))).toBeUndefined();
    expect(await db.templates.get('builtin.new-scenario.standard.en')).toBeDefined();
    expect(
      (await db.templates.toArray()).filter((template) => template.title === 'VIP late delivery'),
    ).toHaveLength(1);
    expect(await ensureBuiltinTemplates(db, next)).toBeUndefined();
  });
});
