/**
 * The browser edge of the template library: the background's handlers for suggestions, search, shortcuts,
 * usage, the reply checker and the options page's edits, and the upgrade of the built-in templates.
 *
 * The built-in templates in Dexie are brought up to date with this version on install and update
 * (`startTemplates`), and, as a safety net, before the first request a handler answers (a cheap version
 * check when nothing changed).
 */
import browser from 'webextension-polyfill';
import type { HandlerMap } from '../messaging/protocol';
import type { TactfulDb } from '../storage/db';
import { readSettings } from '../storage/settings';
import { builtinTemplates } from './builtin-templates';
import { checkReply } from './checker';
import { LiveLibrary } from './live-library';
import { renderSuggestion, suggest } from './rank';
import { BUILTIN_PACK_ID, libraryVersion, upgradeBuiltinTemplates, type SeedReport } from './seed';
import { deleteTemplate, recordTemplateUse, restoreTemplate, saveTemplate } from './store';
import type { RenderContext, TemplateDraft } from './types';

const VERSION_KEY = 'tactful.templates.builtinVersion';
/** Built-in templates the agent deleted: an upgrade must not bring them back. */
const DELETED_KEY = 'tactful.templates.deletedBuiltin';

async function deletedBuiltinIds(): Promise<Set<string>> {
  const stored: unknown = (await browser.storage.local.get(DELETED_KEY))[DELETED_KEY];
  return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
}

async function markDeleted(id: string, isDeleted: boolean): Promise<void> {
  const ids = await deletedBuiltinIds();
  if (isDeleted) ids.add(id);
  else ids.delete(id);
  await browser.storage.local.set({ [DELETED_KEY]: [...ids] });
}

const upgrades = new WeakMap<TactfulDb, Promise<SeedReport | undefined>>();

/** Adds, updates and retires built-in templates when this version ships different ones (seed.ts). */
export function ensureBuiltinTemplates(
  db: TactfulDb,
  drafts: readonly TemplateDraft[] = builtinTemplates,
): Promise<SeedReport | undefined> {
  // One upgrade at a time: onInstalled and a first request may both ask for it.
  const previous = upgrades.get(db) ?? Promise.resolve(undefined);
  const next = previous.catch(() => undefined).then(() => upgradeIfNeeded(db, drafts));
  upgrades.set(db, next);
  return next;
}

async function upgradeIfNeeded(
  db: TactfulDb,
  drafts: readonly TemplateDraft[],
): Promise<SeedReport | undefined> {
  const version = libraryVersion(drafts);
  const seeded: unknown = (await browser.storage.local.get(VERSION_KEY))[VERSION_KEY];
  const storedCount = await db.templates.where('packId').equals(BUILTIN_PACK_ID).count();
  if (seeded === version && storedCount > 0) return undefined;
  const report = await upgradeBuiltinTemplates(db, drafts, await deletedBuiltinIds());
  await browser.storage.local.set({ [VERSION_KEY]: version });
  return report;
}

/** Upgrades the built-in templates when the extension is installed or updated. */
export function startTemplates(db: TactfulDb, drafts: readonly TemplateDraft[] = builtinTemplates): void {
  // Returning the upgrade (which never rejects) lets whoever dispatches the event wait for it.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onInstalled.addListener(({ reason }) =>
    reason === 'install' || reason === 'update'
      ? ensureBuiltinTemplates(db, drafts).then(
          () => undefined,
          (error: unknown) => {
            console.warn('Tactful: could not update the built-in templates', error);
          },
        )
      : undefined,
  );
}

export function templateHandlers(
  db: TactfulDb,
  drafts: readonly TemplateDraft[] = builtinTemplates,
): HandlerMap {
  const live = new LiveLibrary(db);
  let seeded: Promise<unknown> | undefined;
  const ready = () =>
    (seeded ??= ensureBuiltinTemplates(db, drafts).catch((error: unknown) => {
      console.warn('Tactful: could not update the built-in templates', error);
    }));
  const library = async () => {
    await ready();
    return live.current();
  };

  /** The agent's name and time zone from the settings when the page did not say. */
  async function withDefaults(context: RenderContext | undefined) {
    const settings = await readSettings(db);
    const filled: RenderContext = { ...context };
    if (!filled.agent?.name && !filled.agent?.firstName && settings.agentName)
      filled.agent = { name: settings.agentName };
    if (!filled.timeZone && settings.workingHours.timeZone) filled.timeZone = settings.workingHours.timeZone;
    return { context: filled, agentLanguage: settings.agentLanguage };
  }

  return {
    suggestReplies: async (request) => {
      const { context, agentLanguage } = await withDefaults(request.context);
      return suggest(request.message, request.tone, context, await library(), {
        agentLanguage: request.agentLanguage ?? agentLanguage,
        ...(request.limit !== undefined && { limit: request.limit }),
      });
    },
    searchTemplates: async (query) => (await library()).search.search(query),
    expandShortcut: async ({ shortcut, context: pageContext, language }) => {
      const { context, agentLanguage } = await withDefaults(pageContext);
      const template = (await library()).findByShortcut(shortcut, language, agentLanguage);
      if (!template) return null;
      const isFallbackLanguage = language !== undefined && template.language !== language;
      return renderSuggestion(template, context, {
        reason: `shortcut ;${template.shortcut ?? shortcut}`,
        isFallbackLanguage,
        score: 1,
      });
    },
    renderTemplate: async ({ templateId, context: pageContext }) => {
      const { context } = await withDefaults(pageContext);
      const template = (await library()).get(templateId);
      return template
        ? renderSuggestion(template, context, {
            reason: 'picked by you',
            isFallbackLanguage: false,
            score: 1,
          })
        : null;
    },
    listShortcuts: async () => {
      const shortcuts = (await library())
        .all()
        .flatMap((template) => (template.shortcut ? [template.shortcut] : []));
      return [...new Set(shortcuts)].sort();
    },
    checkReply: ({ draft, ...options }) => checkReply(draft, options),
    recordTemplateUse: async ({ templateId }) => {
      await ready();
      const used = await recordTemplateUse(db, templateId);
      if (used) live.apply(used);
      return undefined;
    },
    saveTemplate: async (input) => {
      await ready();
      const result = await saveTemplate(db, input);
      if (result.ok) live.apply(result.template);
      return result;
    },
    deleteTemplate: async ({ id }) => {
      await ready();
      const deleted = await deleteTemplate(db, id);
      if (!deleted) return null;
      live.forget(id);
      if (deleted.packId === BUILTIN_PACK_ID) await markDeleted(id, true);
      return deleted;
    },
    restoreTemplate: async (template) => {
      await ready();
      const result = await restoreTemplate(db, template);
      if (!result.ok) return result;
      live.apply(result.template);
      if (result.template.packId === BUILTIN_PACK_ID) await markDeleted(result.template.id, false);
      return result;
    },
  };
}
