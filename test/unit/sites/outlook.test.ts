import { describe } from 'vitest';
import { describeSiteFixture } from './fixture-suite';

describe('outlook adapter', () => {
  describeSiteFixture('outlook/conversation.html');
});
