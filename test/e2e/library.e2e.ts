/**
 * The options page's template library in real Chromium with the built extension: the built-in library is
 * seeded on install, searched through the background's index, and created, edited (live preview),
 * duplicated and deleted with undo, by keyboard where an agent would use it; changes survive a restart.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
let options: Page;

const group = (scenario: string) =>
  options.locator(`[data-tactful="template-group"][data-scenario="${scenario}"]`);
const template = (id: string) => options.locator(`[data-tactful="template"][data-template-id="${id}"]`);
const count = () => options.locator('[data-tactful="template-count"]').textContent();

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await browser.openExtensionPage('options.html');
});
afterAll(async () => {
  await browser?.close();
});

describe('the options page template library', () => {
  it('lists the built-in library grouped by scenario, with its language variants', async () => {
    await expect.poll(count, { timeout: 20_000 }).toMatch(/^\d{3,} templates in 34 scenarios$/);
    const lateDelivery = group('late-delivery');
    await lateDelivery.locator('summary').click();
    for (const language of ['en', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'hu']) {
      await expect.poll(() => template(`builtin.late-delivery.standard.${language}`).count()).toBe(1);
    }
  });

  it('searches as the agent types, tolerating a typo, and filters by language', async () => {
    const search = options.locator('[data-tactful="template-search"]');
    await search.fill('dobule charge');
    await expect
      .poll(() => options.locator('[data-tactful="template-group"]').first().getAttribute('data-scenario'))
      .toBe('double-charge');
    await options.locator('select[name="library-language"]').selectOption('de');
    await expect
      .poll(() =>
        options
          .locator('[data-tactful="template"]')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-template-id'))),
      )
      .toEqual(expect.arrayContaining(['builtin.double-charge.standard.de']));
    const ids = await options
      .locator('[data-tactful="template"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-template-id') ?? ''));
    expect(ids.every((id) => id.endsWith('.de'))).toBe(true);
    await options.locator('select[name="library-language"]').selectOption('');
    await search.fill('');
  });

  it('creates a template by keyboard, with a live preview from sample values', async () => {
    // From the search box: Tab to the language filter, Tab to "New template", Enter.
    await options.locator('[data-tactful="template-search"]').focus();
    await options.keyboard.press('Tab');
    await options.keyboard.press('Tab');
    await options.keyboard.press('Enter');
    const editor = options.locator('[data-tactful="template-editor"]');
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('title');
    await options.keyboard.type('VIP late delivery');
    await editor.locator('input[name="shortcut"]').fill('vip-late');
    await editor
      .locator('textarea[name="body"]')
      .fill(
        'Hi {{customer.firstName|there}},\n\nYour VIP order {{order.id}} ships {{followUp.date|weekday}}.\n\n{{agent.firstName}}',
      );
    const preview = options.locator('[data-tactful="template-preview"]');
    await expect
      .poll(() => preview.textContent())
      .toMatch(/^Hi Maria,\n\nYour VIP order A-1093 ships \w+day\.\n\n\S+$/);
    await editor.locator('textarea[name="body"]').press('Control+Enter');
    await expect.poll(() => editor.count()).toBe(0);

    await options.locator('[data-tactful="template-search"]').fill('vip');
    const row = options.locator('[data-tactful="template"]', { hasText: 'VIP late delivery' });
    await expect.poll(() => row.count()).toBe(1);
  });

  it('shows placeholder problems in the preview and refuses an empty title', async () => {
    await options.locator('[data-tactful="template-new"]').click();
    const editor = options.locator('[data-tactful="template-editor"]');
    await editor.locator('textarea[name="body"]').fill('Hi {{custmer.firstName}}, order {{order.id}}');
    await expect
      .poll(() => options.locator('[data-tactful="template-problems"]').textContent())
      .toContain('did you mean {{customer.firstName}}');
    await editor.locator('[data-tactful="template-save"]').click();
    await expect
      .poll(() => editor.locator('[role="alert"]').textContent())
      .toBe('Give the template a title.');
    await editor.locator('input[name="title"]').press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-tactful'))).toBe(
      'template-search',
    );
  });

  it('edits and duplicates into another language, grouped with the original', async () => {
    const row = options.locator('[data-tactful="template"]', { hasText: 'VIP late delivery' });
    await row.locator('[data-tactful="template-edit"]').click();
    const editor = options.locator('[data-tactful="template-editor"]');
    await editor.locator('input[name="title"]').fill('VIP delayed parcel');
    await editor.locator('[data-tactful="template-save"]').click();
    await expect
      .poll(() => options.locator('[data-tactful="template"]', { hasText: 'VIP delayed parcel' }).count())
      .toBe(1);

    await options.locator('[data-tactful="template-search"]').fill('vip');
    await options
      .locator('[data-tactful="template"]', { hasText: 'VIP delayed parcel' })
      .locator('[data-tactful="template-duplicate"]')
      .click();
    await editor.locator('select[name="language"]').selectOption('es');
    await editor.locator('input[name="title"]').fill('Paquete VIP con retraso');
    await editor.locator('[data-tactful="template-save"]').click();
    await expect.poll(() => editor.count()).toBe(0);
    await options.locator('[data-tactful="template-search"]').fill('vip');
    const groups = options.locator('[data-tactful="template-group"]', { hasText: 'VIP delayed parcel' });
    await expect.poll(() => groups.locator('[data-tactful="template"]').count()).toBe(2);
  });

  it('deletes with undo, and the background forgets and remembers it', async () => {
    await options.locator('[data-tactful="template-search"]').fill('double charge');
    const id = 'builtin.double-charge.standard.en';
    await template(id).locator('[data-tactful="template-delete"]').click();
    await expect.poll(() => template(id).count()).toBe(0);
    const hits = () =>
      options.evaluate(async () => {
        const reply = (await chrome.runtime.sendMessage({
          tactful: 1,
          name: 'searchTemplates',
          data: { query: 'double charge', language: 'en' },
        })) as { value: { template: { id: string } }[] };
        return reply.value.map((hit) => hit.template.id);
      });
    expect(await hits()).not.toContain(id);
    await options.locator('[data-tactful="undo"]').click();
    await expect.poll(() => template(id).count()).toBe(1);
    expect(await hits()).toContain(id);

    // Deleted for good (no undo): it must not come back when the extension is installed again.
    await options.locator('[data-tactful="template-search"]').fill('outage');
    await template('builtin.outage.standard.en').locator('[data-tactful="template-delete"]').click();
    await expect.poll(() => template('builtin.outage.standard.en').count()).toBe(0);
  });

  it('keeps the agent’s templates and edits after a browser restart (which reinstalls the extension)', async () => {
    browser = await browser.restart();
    options = await browser.openExtensionPage('options.html');
    await expect.poll(count, { timeout: 20_000 }).toMatch(/templates in 35 scenarios$/);
    await options.locator('[data-tactful="template-search"]').fill('vip');
    await expect
      .poll(() => options.locator('[data-tactful="template"]', { hasText: 'VIP delayed parcel' }).count())
      .toBe(1);
    await expect
      .poll(() =>
        options.locator('[data-tactful="template"]', { hasText: 'Paquete VIP con retraso' }).count(),
      )
      .toBe(1);
    await options.locator('[data-tactful="template-search"]').fill('outage');
    await expect.poll(() => template('builtin.outage.deescalate.en').count()).toBe(1);
    expect(await template('builtin.outage.standard.en').count()).toBe(0);
  });
});
