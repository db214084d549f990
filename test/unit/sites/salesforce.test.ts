import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('salesforce adapter', () => {
  describeSiteFixture('salesforce/case.html');
});
