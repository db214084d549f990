import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('x adapter', () => {
  describeSiteFixture('x/messages.html');
  describeSiteFixture('x/chat.html');
});
