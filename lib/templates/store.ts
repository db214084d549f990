/**
 * Writes to the template table: create and edit (validated), delete and restore (for undo), usage. Pure
 * Dexie, no browser APIs; the background calls these for the options page and the panel.
 */
import { z } from 'zod';
import { TONES } from '../tone/types';
import type { TactfulDb } from '../storage/db';
import { isUsableTemplate } from './library';
import type { SaveTemplateResult, Template, TemplateInput } from './types';

const MAX_BODY_CHARS = 6_000;

const inputSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  title: z
    .string()
    .trim()
    .min(1, 'Give the template a title.')
    .max(120, 'Keep the title under 120 characters.'),
  body: z
    .string()
    .refine((body) => body.trim().length > 0, 'Write the reply text.')
    .refine((body) => body.length <= MAX_BODY_CHARS, `Keep the reply under ${MAX_BODY_CHARS} characters.`),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, 'Choose the language as a two-letter code, e.g. en.'),
  scenario: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z0-9-]*$/, 'A scenario id is lowercase letters, digits and dashes.')
    .optional(),
  shortcut: z
    .string()
    .trim()
    .toLowerCase()
    .max(30, 'Keep the shortcut under 30 characters.')
    .regex(/^[a-z0-9-]*$/, 'A shortcut is lowercase letters, digits and dashes, e.g. late-vip.')
    .optional(),
  toneTargets: z.array(z.enum(TONES)).max(TONES.length).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(20, 'Use at most 20 tags.').optional(),
});

function newId(prefix: string): string {
  const random =
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${prefix}.${random}`;
}

/** Creates a template (no id) or changes the one with `input.id`, keeping its usage and provenance. */
export async function saveTemplate(
  db: TactfulDb,
  input: unknown,
  now = Date.now(),
): Promise<SaveTemplateResult> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid template.' };
  const data: TemplateInput = parsed.data;
  const stored = data.id ? await db.templates.get(data.id) : undefined;
  if (data.id && !stored)
    return { ok: false, error: 'That template no longer exists; it may have been deleted.' };

  const template: Template = {
    ...(stored ?? { id: newId('own'), createdAt: now, usageCount: 0 }),
    title: data.title,
    body: data.body.replace(/\r\n?/g, '\n'),
    language: data.language,
    scenario: data.scenario || stored?.scenario || newId('own').replace('.', '-'),
    toneTargets: data.toneTargets ?? stored?.toneTargets ?? [],
    tags: data.tags ?? stored?.tags ?? [],
    updatedAt: now,
  };
  if (data.shortcut) template.shortcut = data.shortcut;
  else delete template.shortcut;
  await db.templates.put(template);
  return { ok: true, template };
}

/** Deletes a template and returns it, so the options page can offer undo. */
export async function deleteTemplate(db: TactfulDb, id: string): Promise<Template | undefined> {
  const stored = await db.templates.get(id);
  if (stored) await db.templates.delete(id);
  return stored;
}

/** Puts a deleted template back exactly as it was (undo). */
export async function restoreTemplate(db: TactfulDb, template: unknown): Promise<SaveTemplateResult> {
  if (!isUsableTemplate(template))
    return { ok: false, error: 'Nothing to restore: the template is not complete.' };
  await db.templates.put(template);
  return { ok: true, template };
}

/** Counts one more use, for ranking the agent's favourites higher. */
export async function recordTemplateUse(
  db: TactfulDb,
  id: string,
  now = Date.now(),
): Promise<Template | undefined> {
  const stored = await db.templates.get(id);
  if (!stored) return undefined;
  const used = { ...stored, usageCount: (stored.usageCount || 0) + 1, lastUsedAt: now };
  await db.templates.put(used);
  return used;
}
