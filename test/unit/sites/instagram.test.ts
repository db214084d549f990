import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('instagram adapter', () => {
  describeSiteFixture('instagram/direct.html');
});
