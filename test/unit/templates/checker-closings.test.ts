/** Sign-offs as agents write them, in each language's regional forms. */
import { describe, expect, it } from 'vitest';
import { checkReply } from '@/lib/templates/checker';

const closingFindings = (draft: string, lang: string) =>
  checkReply(draft, { lang, tone: 'neutral', customer: { name: 'Rita Sousa' } }).filter(
    (finding) => finding.rule === 'closing',
  );

describe('checkReply closing', () => {
  it.each([
    ['pt', 'Com os melhores cumprimentos,\nRita'],
    ['pt', 'Cumprimentos,\nRita'],
    ['pt', 'Fico ao dispor para qualquer esclarecimento.\nRita'],
    ['pt', 'Estamos ao seu dispor.'],
    ['pt', 'Continuação de um bom dia!'],
  ])('[%s] recognises %j', (lang, closing) => {
    const draft = `Olá Rita,\n\nJá reenviámos a encomenda, chega amanhã.\n\n${closing}`;
    expect(closingFindings(draft, lang)).toEqual([]);
  });

  it('still asks for a closing when the reply just stops', () => {
    expect(closingFindings('Olá Rita,\n\nJá reenviámos a encomenda, chega amanhã.', 'pt')).toHaveLength(1);
  });
});
