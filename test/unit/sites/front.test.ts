import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('front adapter', () => {
  describeSiteFixture('front/conversation.html');
});
