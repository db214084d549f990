import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TactfulDb, latestSchemaVersion, readSettings, schemaVersions, writeSettings } from '@/lib/storage';

const name = 'tactful-migration-test';

afterEach(async () => {
  await Dexie.delete(name);
});

/** Writes a profile the way the previous schema version would have, then closes it. */
async function seedPreviousVersion() {
  const previous = new TactfulDb(name, schemaVersions.slice(0, -1));
  await previous.open();
  expect(previous.verno).toBe(latestSchemaVersion - 1);
  // Records shaped as version 1 stored them: no usageCount, tags or toneTargets; reminders without updatedAt.
  await previous.table('templates').bulkAdd(
    Array.from({ length: 40 }, (_, i) => ({
      id: `t${i}`,
      title: `Template ${i}`,
      body: `Hello {{customer.firstName|there}} #${i}`,
      language: i % 2 ? 'en' : 'es',
      scenario: 'late-delivery',
      createdAt: 1_000 + i,
      updatedAt: 2_000 + i,
    })),
  );
  await previous.table('reminders').bulkAdd(
    Array.from({ length: 25 }, (_, i) => ({
      id: `r${i}`,
      ticketUrl: `https://acme.zendesk.com/agent/tickets/${i}`,
      site: 'zendesk',
      dueAt: 10_000 + i,
      state: 'pending',
      createdAt: 5_000 + i,
    })),
  );
  await previous.table('settings').put({ key: 'agentName', value: 'Dana' });
  previous.close();
}

describe('TactfulDb', () => {
  it('upgrades a database written by the previous schema version without losing a record', async () => {
    await seedPreviousVersion();

    const db = new TactfulDb(name);
    await db.open();

    expect(db.verno).toBe(latestSchemaVersion);
    expect(await db.templates.count()).toBe(40);
    expect(await db.reminders.count()).toBe(25);
    expect((await readSettings(db)).agentName).toBe('Dana');

    const template = await db.templates.get('t7');
    expect(template).toMatchObject({
      body: 'Hello {{customer.firstName|there}} #7',
      usageCount: 0,
      tags: [],
    });
    expect(template?.toneTargets).toEqual([]);
    const reminder = await db.reminders.get('r3');
    expect(reminder?.updatedAt).toBe(5_003);
    // The indexes the new version added answer queries over the migrated rows.
    expect(
      await db.reminders
        .where('[state+dueAt]')
        .between(['pending', 0], ['pending', 10_010], true, true)
        .count(),
    ).toBe(11);
    expect(await db.templates.where('usageCount').equals(0).count()).toBe(40);
    db.close();
  });

  it('opens a fresh profile at the latest version with every table empty', async () => {
    const db = new TactfulDb(name);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'outcomes',
      'packs',
      'reminders',
      'settings',
      'templates',
    ]);
    db.close();
  });
});

describe('settings', () => {
  it('returns defaults until saved, then the saved values merged over them', async () => {
    const db = new TactfulDb(name);
    expect((await readSettings(db)).shortcutTrigger).toBe(';');
    const saved = await writeSettings(db, { agentName: 'Ákos', shortcutTrigger: '/' });
    expect(saved).toMatchObject({ agentName: 'Ákos', shortcutTrigger: '/', agentLanguage: 'en' });
    expect((await readSettings(db)).workingHours.days).toEqual([1, 2, 3, 4, 5]);
    db.close();
  });
});
