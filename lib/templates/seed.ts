/**
 * Brings the built-in templates in Dexie up to date with the ones this version ships, on install and
 * update, without touching the agent's work:
 * - new built-in templates are added;
 * - changed ones are replaced, keeping their usage count, unless the agent edited them (their content no
 *   longer matches the hash they shipped with), in which case the agent's version stays;
 * - ones this version no longer ships are removed, unless edited;
 * - ones the agent deleted stay deleted (their ids are remembered outside the template table).
 * Templates the agent wrote and pack templates are never touched.
 */
import type { TactfulDb } from '../storage/db';
import { contentHash } from './format/content-hash';
import type { Template, TemplateDraft } from './types';

export const BUILTIN_PACK_ID = 'builtin';

export interface SeedReport {
  added: number;
  updated: number;
  removed: number;
  /** Built-in templates the agent edited, left as they are. */
  keptEdits: number;
}

/** Whether the agent changed a shipped template (its content no longer matches the hash it shipped with). */
export function isEditedByAgent(template: Template): boolean {
  return template.sourceHash !== undefined && template.sourceHash !== contentHash(template);
}

/** One fingerprint for a whole shipped library, to skip the upgrade when nothing changed. */
export function libraryVersion(drafts: readonly TemplateDraft[]): string {
  return contentHash({
    title: String(drafts.length),
    body: drafts.map((draft) => `${draft.id}:${draft.sourceHash ?? ''}`).join('\n'),
    language: '',
    scenario: '',
    toneTargets: [],
    tags: [],
  });
}

export async function upgradeBuiltinTemplates(
  db: TactfulDb,
  drafts: readonly TemplateDraft[],
  deletedIds: ReadonlySet<string>,
  now = Date.now(),
): Promise<SeedReport> {
  return db.transaction('rw', db.templates, async () => {
    const stored = new Map(
      (await db.templates.where('packId').equals(BUILTIN_PACK_ID).toArray()).map((t) => [t.id, t]),
    );
    const report: SeedReport = { added: 0, updated: 0, removed: 0, keptEdits: 0 };
    const writes: Template[] = [];
    for (const draft of drafts) {
      const current = stored.get(draft.id);
      stored.delete(draft.id);
      if (deletedIds.has(draft.id)) continue;
      if (!current) {
        writes.push({ ...draft, createdAt: now, updatedAt: now, usageCount: 0 });
        report.added++;
      } else if (isEditedByAgent(current)) {
        report.keptEdits++;
      } else if (current.sourceHash !== draft.sourceHash) {
        const { usageCount, lastUsedAt, createdAt } = current;
        writes.push({
          ...draft,
          createdAt,
          updatedAt: now,
          usageCount,
          ...(lastUsedAt !== undefined && { lastUsedAt }),
        });
        report.updated++;
      }
    }
    // What is left was shipped before but not any more.
    const gone = [...stored.values()]
      .filter((template) => !isEditedByAgent(template))
      .map((template) => template.id);
    report.keptEdits += stored.size - gone.length;
    report.removed = gone.length;
    await db.templates.bulkPut(writes);
    await db.templates.bulkDelete(gone);
    return report;
  });
}
