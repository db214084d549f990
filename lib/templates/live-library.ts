/**
 * The background's in-memory copy of the template table, kept in step with Dexie without reloading it:
 * the background's own writes are applied directly, and before each use a cheap check (row count and the
 * newest `updatedAt`, both from indexes) notices writes made elsewhere, e.g. a pack being installed, and
 * reads only the rows that changed. The search index inside is therefore built once and then only updated.
 */
import type { TactfulDb } from '../storage/db';
import { isUsableTemplate, TemplateLibrary } from './library';
import type { Template } from './types';

export class LiveLibrary {
  private library: TemplateLibrary | undefined;
  private loading: Promise<TemplateLibrary> | undefined;
  private newestUpdate = 0;

  constructor(private readonly db: TactfulDb) {}

  /** The library, loaded on first use and brought up to date with any outside writes. */
  async current(): Promise<TemplateLibrary> {
    this.loading ??= this.load();
    const library = await this.loading;
    await this.catchUp(library);
    return library;
  }

  /** Applies a write the background made itself (save, restore, usage). */
  apply(template: Template): void {
    this.library?.upsert(template);
    this.newestUpdate = Math.max(this.newestUpdate, template.updatedAt);
  }

  forget(id: string): void {
    this.library?.remove(id);
  }

  /** Drops the copy (after a bulk change such as seeding); the next use reloads it. */
  reset(): void {
    this.library = undefined;
    this.loading = undefined;
    this.newestUpdate = 0;
  }

  private async load(): Promise<TemplateLibrary> {
    const rows = await this.db.templates.toArray();
    this.library = new TemplateLibrary(rows);
    // Stored rows may predate `updatedAt` or hold junk; they count as oldest.
    this.newestUpdate = rows.reduce(
      (newest, row) => Math.max(newest, Number(row.updatedAt as unknown) || 0),
      0,
    );
    return this.library;
  }

  private async catchUp(library: TemplateLibrary): Promise<void> {
    const [count, newest] = await Promise.all([
      this.db.templates.count(),
      this.db.templates.orderBy('updatedAt').last(),
    ]);
    const newestUpdate = Number(newest?.updatedAt) || 0;
    if (newestUpdate > this.newestUpdate) {
      for (const row of await this.db.templates
        .where('updatedAt')
        .aboveOrEqual(this.newestUpdate)
        .toArray()) {
        if (isUsableTemplate(row)) library.upsert(row);
      }
      this.newestUpdate = newestUpdate;
    }
    if (count !== library.size) {
      const ids = new Set(await this.db.templates.toCollection().primaryKeys());
      for (const template of library.all()) if (!ids.has(template.id)) library.remove(template.id);
      if (ids.size !== library.size) {
        for (const row of await this.db.templates.bulkGet([...ids].filter((id) => !library.get(id)))) {
          if (isUsableTemplate(row)) library.upsert(row);
        }
      }
    }
  }
}
