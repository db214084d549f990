import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('facebook adapter', () => {
  describeSiteFixture('facebook/messenger.html');
});
