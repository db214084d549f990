import type { TemplateDraft } from '../types';

type HashedFields = Pick<
  TemplateDraft,
  'title' | 'shortcut' | 'body' | 'language' | 'scenario' | 'toneTargets' | 'tags'
>;

/**
 * A short fingerprint of what the agent can edit. Stored as `sourceHash` when a template is shipped; if the
 * stored template no longer hashes to it, the agent changed it and upgrades keep their version.
 * FNV-1a (32-bit): collisions only matter between two versions of one template, so this is plenty.
 */
export function contentHash(template: HashedFields): string {
  const text = JSON.stringify([
    template.title,
    template.shortcut ?? '',
    template.body,
    template.language,
    template.scenario,
    template.toneTargets,
    template.tags,
  ]);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
