import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('zoho-desk adapter', () => {
  describeSiteFixture('zoho-desk/ticket.html');
});
