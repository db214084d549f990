import { describe, expect, it } from 'vitest';
import { ScenarioMatcher } from '@/lib/templates/rank/scenario-match';

const matcher = new ScenarioMatcher([
  { scenario: 'late', keywords: ['delay', 'still waiting', "hasn't arrived", 'where is my order'] },
  { scenario: 'double', keywords: ['charged twice', 'double charge'] },
  { scenario: 'locked', keywords: ['account locked', "can't log in"] },
  { scenario: 'unknown-charge', keywords: ["charge I don't recognise"] },
  { scenario: 'ru-parcel', keywords: ['посылка не пришла'] },
  { scenario: 'hu-parcel', keywords: ['csomag', 'nem érkezett meg'] },
  { scenario: 'ar-order', keywords: ['طلب', 'تأخر الطلب'] },
  { scenario: 'fr-late', keywords: ["j'ai commandé", 'colis'] },
  { scenario: 'refund', keywords: ['refund', 'waiting'] },
  { scenario: 'wait', keywords: ['waiting', 'no reply'] },
]);
const top = (message: string) =>
  [...matcher.match(message)].sort((a, b) => b[1].score - a[1].score).map(([scenario]) => scenario)[0];

describe('ScenarioMatcher', () => {
  it.each([
    ['inflections', 'My parcel is delayed again', 'late'],
    ['a Russian case ending', 'Посылку так и не пришла', 'ru-parcel'],
    ['a Hungarian suffix', 'Hol van a csomagom?', 'hu-parcel'],
    ['Arabic clitics', 'أين وطلبي؟', 'ar-order'],
    ['a typo', 'I was chraged twice', 'double'],
    ['words in between', 'You charged my card twice!', 'double'],
    ['content words further apart', 'My account, it says, is locked', 'locked'],
    ['contractions written out', 'a charge I do not recognise', 'unknown-charge'],
    ['missing apostrophes and a short word grown', 'I cant login', 'locked'],
    ['elisions', "J'ai commandé un colis", 'fr-late'],
    ['accents left out', 'nem erkezett meg', 'hu-parcel'],
  ])('matches despite %s', (_, message, scenario) => {
    expect(top(message)).toBe(scenario);
  });

  it('lets a word only one scenario uses outweigh one several share', () => {
    expect(top('still waiting for my refund')).toBe('refund');
  });

  it('does not grow short words into unrelated ones, and finds nothing in unrelated text', () => {
    expect(matcher.match('Instead of that, please send the invoice').size).toBe(0);
    expect(matcher.match('').size).toBe(0);
    expect(new ScenarioMatcher([]).match('anything').size).toBe(0);
  });
});
