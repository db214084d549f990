/**
 * Whether the greeting uses the customer's name: inflected names in the languages that inflect them, and words
 * that merely start with a name part in the languages that do not.
 */
import { describe, expect, it } from 'vitest';
import { checkReply } from '@/lib/templates/checker';

const greetingFindings = (draft: string, lang: string, name: string) =>
  checkReply(draft, { lang, tone: 'angry', customer: { name } }).filter(
    (finding) => finding.rule === 'greeting-name',
  );

describe('checkReply greeting-name', () => {
  it.each([
    ['ar', 'أحمد علي', 'كما قلت لك سابقاً، كان عليك قراءة الشروط.'],
    ['ar', 'علي حسن', 'السلام عليكم،\n\nنعتذر عن التأخير.'],
    ['ar', 'علي حسن', 'شكراً على تواصلك معنا.\n\nنعتذر عن التأخير.'],
    ['ar', 'علي حسن', 'مرحباً، وعلى الرحب والسعة.\n\nنعتذر عن التأخير.'],
    ['en', 'Al Green', 'Hello all,\n\nWe are sorry.'],
  ])('[%s] does not take another word for the name of %s: %j', (lang, name, draft) => {
    expect(greetingFindings(draft, lang, name)).toHaveLength(1);
  });

  it.each([
    ['hu', 'Nagy Anna', 'Kedves Annának írok most!\n\nKöszönöm.'],
    ['hu', 'Kovács Éva', 'Évának szeretném jelezni, hogy elküldtük.\n\nÜdv.'],
    ['ru', 'Олег Петров', 'Олегу Петрову, добрый день!\n\nСпасибо.'],
    ['ar', 'أحمد علي', 'مرحباً علي،\n\nنعتذر عن التأخير.'],
    ['ar', 'على محمود', 'مرحباً على،\n\nنعتذر عن التأخير.'],
  ])('[%s] accepts the name of %s, inflected where the language inflects it: %j', (lang, name, draft) => {
    expect(greetingFindings(draft, lang, name)).toEqual([]);
  });
});
