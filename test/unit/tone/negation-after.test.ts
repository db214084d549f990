import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';

/**
 * German negates the verb from the end of its clause, however long the middle ("Der Staubsauger
 * funktioniert nach zwei Monaten nicht mehr"): read as praise, the broken product got a thank-you reply.
 */
describe('German negation at the end of the clause', () => {
  it.each([
    'Der Staubsauger funktioniert nach zwei Monaten nicht mehr.',
    'Die App funktioniert seit dem letzten Update leider nicht mehr',
    'Das Login klappt bei mir seit gestern nicht.',
  ])('takes back the praise word in "%s"', (text) => {
    const result = detectTone(text);
    expect(result.lang).toBe('de');
    expect(result.polarity).not.toBe('positive');
    expect(result.tone).not.toBe('positive');
  });

  it('leaves praise alone when the negation belongs to a later clause or is not at its end', () => {
    expect(
      detectTone('Alles funktioniert wieder einwandfrei, vielen Dank für die schnelle Hilfe!').polarity,
    ).toBe('positive');
    expect(detectTone('Funktioniert jetzt super und ich muss nicht mehr neu starten, danke!').polarity).toBe(
      'positive',
    );
  });
});
