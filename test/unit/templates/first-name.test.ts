import { describe, expect, it } from 'vitest';
import { firstNameOf, politeCase } from '@/lib/templates/render/first-name';

describe('firstNameOf', () => {
  it.each([
    ['Maria Garcia', 'es', 'Maria'],
    ['María José García López', 'es', 'María José'],
    ['Ana García López', 'es', 'Ana'],
    ['João Pedro Silva', 'pt', 'João Pedro'],
    ['Nagy Anna', 'hu', 'Anna'],
    ['Anna Nagy', 'hu', 'Anna'],
    ['dr. Kiss Péter', 'hu', 'Péter'],
    ['Kovácsné Nagy Éva', 'hu', 'Éva'],
    ['Kovács Istvánné', 'hu', undefined],
    ['Nagy úr', 'hu', undefined],
    // Name order comes from the name, not from the template's language.
    ['Lea Berg', 'hu', 'Lea'],
    ['Berg Lea', 'hu', 'Lea'],
    ['Sam Rivera', 'hu', 'Sam'],
    ['Nagy Anna', 'en', 'Anna'],
    ['Tóth Réka', 'de', 'Réka'],
    ['Bodnár Kincső', 'en', 'Kincső'],
    ['Szőke Kata', 'fr', 'Kata'],
    ['Nagy Anna Mária', 'hu', 'Anna'],
    ['Simon Péter', 'hu', 'Péter'],
    ['Simon Péter', 'en', 'Péter'],
    ['Peter Simon', 'en', 'Peter'],
    ['Paul Adam', 'en', 'Paul'],
    ['Adam Smith', 'hu', 'Adam'],
    ['René Dupont', 'fr', 'René'],
    ['Jonas Weber', 'de', 'Jonas'],
    ['Fabian Müller', 'hu', 'Fabian'],
    ['Kovácsné Nagy Éva', 'en', 'Éva'],
    ['Иванов Иван Иванович', 'ru', 'Иван'],
    ['Иван Петрович Сидоров', 'ru', 'Иван'],
    ['Иванова Анна', 'ru', 'Анна'],
    ['Анна Иванова', 'ru', 'Анна'],
    ['عبد الله الشمري', 'ar', 'عبد الله'],
    ['محمد علي', 'ar', 'محمد'],
    ['Abdul Rahman Khan', 'en', 'Abdul Rahman'],
    ['JEAN-PIERRE DUPONT', 'fr', 'Jean-Pierre'],
    ["o'neil smith", 'en', "O'Neil"],
    ['DeShawn Jones', 'en', 'DeShawn'],
    ['Smith, John', 'en', 'John'],
    ['Mr Smith', 'en', undefined],
    ['Herr Müller', 'de', undefined],
    ['Frau Dr. Anna Schmidt', 'de', 'Anna'],
    ['Sra. María López', 'es', 'María'],
    ['J. Smith', 'en', undefined],
    ['J. Robert Smith', 'en', 'Robert'],
    ['anna.nagy@example.com', 'en', 'Anna'],
    ['Anna Nagy <anna@example.com>', 'en', 'Anna'],
    ['support@acme.com', 'en', undefined],
    ['jsmith1987@mail.com', 'en', 'Jsmith'],
    ['Customer', 'en', undefined],
    ['Cliente', 'es', undefined],
    ['', 'en', undefined],
    ['12345', 'en', undefined],
    [`${'a'.repeat(10_000)}`, 'en', undefined],
  ])('%j (%s) → %j', (name, language, expected) => {
    expect(firstNameOf(name, language)).toBe(expected);
  });

  it('ignores values that are not text', () => {
    expect(firstNameOf(undefined)).toBeUndefined();
    expect(firstNameOf({ name: 'x' })).toBeUndefined();
  });
});

describe('politeCase', () => {
  it.each([
    ['ANNA', 'Anna'],
    ['anna', 'Anna'],
    ['McDonald', 'McDonald'],
    ['ÉVA', 'Éva'],
    ['ИВАН', 'Иван'],
    ['A', 'A'],
  ])('%s → %s', (input, expected) => expect(politeCase(input)).toBe(expected));
});
