import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('whatsapp adapter', () => {
  describeSiteFixture('whatsapp/chat.html');
});
