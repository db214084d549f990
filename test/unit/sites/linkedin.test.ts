import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('linkedin adapter', () => {
  describeSiteFixture('linkedin/messaging.html');
});
