import Dexie, { type Table } from 'dexie';
import type { Template } from '../templates/types';
import type { FollowUpOutcome, Reminder } from '../reminders/types';
import type { PackSubscription } from '../packs/types';
import { schemaVersions, type SchemaVersion } from './schema';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'tactful';

/**
 * Tactful's one database. It lives in the extension's origin, so only extension pages and the background use
 * it directly; content scripts go through lib/messaging.
 */
export class TactfulDb extends Dexie {
  templates!: Table<Template, string>;
  reminders!: Table<Reminder, string>;
  settings!: Table<SettingRow, string>;
  packs!: Table<PackSubscription, string>;
  outcomes!: Table<FollowUpOutcome, number>;

  constructor(name = DATABASE_NAME, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let shared: TactfulDb | undefined;

/** The database for this context, opened lazily once. */
export function getDb(): TactfulDb {
  shared ??= new TactfulDb();
  return shared;
}
