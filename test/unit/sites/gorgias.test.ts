import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('gorgias adapter', () => {
  describeSiteFixture('gorgias/ticket.html');
});
