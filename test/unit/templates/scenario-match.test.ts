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

  it('counts two keywords found on the same words once', () => {
    const forms = new ScenarioMatcher(
      [
        { scenario: 'refund', keywords: ['rembourser', 'remboursé', 'remboursement'] },
        { scenario: 'return', keywords: ['renvoyé', 'colis'] },
      ],
      'fr',
    );
    const found = forms.match("j'ai renvoyé le colis, merci de me rembourser");
    expect(found.get('refund')?.matched).toEqual(['rembourser']);
    expect(found.get('return')?.matched).toHaveLength(2);
  });

  it('does not grow short words into unrelated ones, and finds nothing in unrelated text', () => {
    expect(matcher.match('Instead of that, please send the invoice').size).toBe(0);
    expect(matcher.match('').size).toBe(0);
    expect(new ScenarioMatcher([]).match('anything').size).toBe(0);
  });
});

/** One matcher per language, as the library builds them. */
const inLanguage = (language: string, sources: { scenario: string; keywords: string[] }[]) =>
  new ScenarioMatcher(sources, language);
const scenariosOf = (matcher: ScenarioMatcher, message: string) => [...matcher.match(message).keys()];

describe('ScenarioMatcher word boundaries per language', () => {
  it.each([
    ['de', 'Fehler', 'Es fehlt ein Teil'],
    ['de', 'Montag', 'Der Monteur kam nicht'],
    ['ar', 'دفعتين', 'دفعت ثمن الطلب'],
    ['ar', 'مرتين', 'مرت ثلاثة أسابيع'],
    ['en', '% off', 'he just walked off'],
    ['pt', 'preço', 'veio preto'],
    ['pt', 'dizia', 'diz que a senha está errada'],
    ['hu', 'cím', 'a címke leesett'],
    ['en', 'late', 'see you later'],
  ])('[%s] keyword %j does not match %j', (language, keyword, message) => {
    expect(scenariosOf(inLanguage(language, [{ scenario: 's', keywords: [keyword] }]), message)).toEqual([]);
  });

  it.each([
    ['de', 'Fehler', 'Ich bekomme immer einen Fehler'],
    ['de', 'Montag', 'Der Termin am Montag'],
    ['de', 'Rückerstattung', 'Die Rueckerstattung fehlt'],
    ['de', 'falsche Größe', 'falsche Groesse geliefert'],
    ['de', 'Gutschein', 'Der Gutscheincode geht nicht'],
    ['ar', 'دفعتين', 'تم الخصم دفعتين'],
    ['ar', 'وقح', 'الموظف كان وقحا'],
    ['ar', 'لم يصل طلبي', 'ولم يصل الطلب'],
    ['en', '% off', 'the 20% off was not applied'],
    ['en', 'cancel', 'you cancelled my order'],
    ['hu', 'cím', 'rossz címre ment'],
    ['hu', 'cím', 'a címemre nem jött'],
    ['hu', 'cím', 'a címmel van baj'],
    ['hu', 'visszamondták', 'Miért mondták vissza a rendelésemet?'],
    ['hu', 'nem érkezett meg', 'a csomag nem érkezett meg'],
    ['hu', 'csomag', 'hol van a csomagomat'],
    ['ru', 'посылка', 'где моя посылку'],
    ['ru', 'списали', 'деньги списались дважды'],
    ['es', 'cobraron', 'me cobró dos veces'],
    ['fr', 'sœur', 'pour ma soeur'],
    ['fr', 'livré', 'colis livrée hier'],
  ])('[%s] keyword %j matches %j', (language, keyword, message) => {
    expect(scenariosOf(inLanguage(language, [{ scenario: 's', keywords: [keyword] }]), message)).toEqual([
      's',
    ]);
  });

  it('lets a short word shared by many scenarios match only as written', () => {
    const matcher = inLanguage('en', [
      { scenario: 'a', keywords: ['not here'] },
      { scenario: 'b', keywords: ['not working'] },
      { scenario: 'c', keywords: ['not received'] },
    ]);
    expect(scenariosOf(matcher, 'the notes are here')).toEqual([]);
    expect(scenariosOf(matcher, 'it is not here')).toEqual(['a']);
  });
});
