import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('generic fallback', () => {
  for (const page of [
    'chat-bubbles.html',
    'email-thread.html',
    'table-helpdesk.html',
    'web-components.html',
    'iframe-composer.html',
    'obfuscated-chat.html',
    'single-message.html',
  ]) {
    describeSiteFixture(`generic/${page}`);
  }
});
