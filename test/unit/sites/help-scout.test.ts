import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('help-scout adapter', () => {
  describeSiteFixture('help-scout/conversation.html');
});
