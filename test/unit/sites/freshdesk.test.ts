import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('freshdesk adapter', () => {
  describeSiteFixture('freshdesk/ticket.html');
});
