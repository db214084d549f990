import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('intercom adapter', () => {
  describeSiteFixture('intercom/conversation.html');
});
