import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('gmail adapter', () => {
  describeSiteFixture('gmail/thread.html');
});
