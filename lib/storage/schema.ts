import type { Transaction } from 'dexie';

/**
 * Every schema version of Tactful's one IndexedDB database, oldest first. Versions only go up; a version that
 * has an `upgrade` stays here forever so an old profile can always be brought forward (Dexie docs,
 * "Version.upgrade()"). Tests open a database at an older version with the same definitions.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    // 0.1.0 foundation: templates, reminders and key/value settings.
    version: 1,
    stores: {
      templates: 'id, language, scenario, shortcut, updatedAt',
      reminders: 'id, state, dueAt',
      settings: 'key',
    },
  },
  {
    // Packs and the follow-up outcome record arrive; templates gain usage ranking and pack provenance,
    // reminders an update stamp and a compound index for "next due pending reminder" queries.
    version: 2,
    stores: {
      templates: 'id, language, scenario, shortcut, updatedAt, packId, usageCount',
      reminders: 'id, state, dueAt, [state+dueAt], ticketUrl',
      packs: 'id, url',
      outcomes: '++id, reminderId, completedAt',
    },
    upgrade: async (tx) => {
      await tx
        .table('templates')
        .toCollection()
        .modify((t: Record<string, unknown>) => {
          t.usageCount ??= 0;
          t.tags ??= [];
          t.toneTargets ??= [];
        });
      await tx
        .table('reminders')
        .toCollection()
        .modify((r: Record<string, unknown>) => {
          r.updatedAt ??= r.createdAt;
        });
    },
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
