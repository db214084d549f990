/**
 * MV3 match patterns (`*://*.zendesk.com/*`) checked against a URL, the way the browser checks content-script
 * matches: scheme `*` is http or https, `*.host` covers the host and its subdomains, and a pattern without a
 * port matches any port.
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function hostMatches(patternHost: string, host: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === patternHost;
}

export function matchesPattern(pattern: string, url: URL): boolean {
  if (pattern === '<all_urls>') return /^(?:https?|file|ftp):$/.test(url.protocol);
  const match = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme = '', hostWithPort = '', path = '/*'] = match;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  const [patternHost = '', patternPort] = hostWithPort.split(':');
  if (!hostMatches(patternHost, url.hostname)) return false;
  if (patternPort !== undefined && patternPort !== '*' && patternPort !== url.port) return false;
  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathPattern.test(url.pathname + url.search);
}
