import { describe, expect, it } from 'vitest';
import { matchesPattern } from '@/lib/sites';

describe('matchesPattern', () => {
  it.each([
    ['*://*.zendesk.com/*', 'https://acme.zendesk.com/agent/tickets/1', true],
    ['*://*.zendesk.com/*', 'http://zendesk.com/', true],
    ['*://*.zendesk.com/*', 'https://evilzendesk.com/', false],
    ['*://*.zendesk.com/*', 'https://zendesk.com.evil.example/', false],
    ['https://app.intercom.com/*', 'http://app.intercom.com/a/inbox', false],
    ['http://localhost/*', 'http://localhost:4173/sites/zendesk/ticket.html', true],
    ['https://mail.google.com/*', 'https://mail.google.com/mail/u/0/?search=inbox#inbox/abc', true],
    ['https://secure.helpscout.net/conversation/*', 'https://secure.helpscout.net/mailbox/1', false],
    ['not a pattern', 'https://example.com/', false],
  ])('%s against %s is %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, new URL(url))).toBe(expected);
  });
});
