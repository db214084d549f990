/**
 * Every site adapter, in the order they are tried when several claim a page (STYLE.md §3.2: an explicit list,
 * not side-effect registration, so a test can walk it). Pure data: lib/sites/matches.ts reads it at build time.
 * Order matters only for DOM detection on hosts no pattern names: specific markers (Zendesk's test ids) come
 * before loose ones (ARIA rows on Meta's apps).
 */
import type { SiteAdapter } from './types';
import { zendesk } from './zendesk';
import { freshdesk } from './freshdesk';
import { helpScout } from './help-scout';
import { intercom } from './intercom';
import { front } from './front';
import { gorgias } from './gorgias';
import { hubspot } from './hubspot';
import { zohoDesk } from './zoho-desk';
import { salesforce } from './salesforce';
import { gmail } from './gmail';
import { outlook } from './outlook';
import { linkedin } from './linkedin';
import { whatsapp } from './whatsapp';
import { x } from './x';
import { instagram } from './instagram';
import { facebook } from './facebook';

export const siteAdapters: readonly SiteAdapter[] = [
  zendesk,
  freshdesk,
  helpScout,
  intercom,
  front,
  gorgias,
  hubspot,
  zohoDesk,
  salesforce,
  gmail,
  outlook,
  linkedin,
  whatsapp,
  x,
  instagram,
  facebook,
];
