/**
 * Host match patterns where Tactful's content script runs, derived from the site adapters so the two can never
 * disagree. Pure data at import time: the content-script entrypoint imports it in Node at build time.
 */
import { siteAdapters } from './registry';

/** Hosts of the helpdesks and inboxes that have a site adapter (see lib/sites/<site>.ts). */
export const helpdeskMatches: readonly string[] = [
  ...new Set(siteAdapters.flatMap((adapter) => adapter.matches)),
];

/** Local pages: the bundled demo helpdesk and the e2e fixtures. A pattern without a port matches any port. */
export const localMatches = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

export const contentScriptMatches: readonly string[] = [...helpdeskMatches, ...localMatches];
