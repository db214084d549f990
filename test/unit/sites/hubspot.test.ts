import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('hubspot adapter', () => {
  describeSiteFixture('hubspot/thread.html');
});
