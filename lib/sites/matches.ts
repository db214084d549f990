/**
 * Host match patterns where Tactful's content script runs. Pure data: wxt.config.ts imports it in Node at
 * build time, so this file must stay free of browser APIs and side effects.
 */

/** Hosts of the helpdesks and inboxes that have a site adapter (see lib/sites/<site>.ts). */
export const helpdeskMatches = [
  '*://*.zendesk.com/*',
  '*://*.freshdesk.com/*',
  'https://secure.helpscout.net/*',
  'https://app.intercom.com/*',
  'https://app.eu.intercom.com/*',
  'https://app.au.intercom.com/*',
  'https://app.frontapp.com/*',
  'https://*.gorgias.com/*',
  'https://app.hubspot.com/*',
  'https://desk.zoho.com/*',
  'https://desk.zoho.eu/*',
  'https://desk.zoho.in/*',
  'https://desk.zoho.com.au/*',
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://www.linkedin.com/*',
  'https://www.facebook.com/*',
  'https://business.facebook.com/*',
  'https://www.messenger.com/*',
  'https://www.instagram.com/*',
  'https://x.com/*',
  'https://twitter.com/*',
  'https://web.whatsapp.com/*',
] as const;

/** Local pages: the bundled demo helpdesk and the e2e fixtures. A pattern without a port matches any port. */
export const localMatches = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

export const contentScriptMatches: readonly string[] = [...helpdeskMatches, ...localMatches];
