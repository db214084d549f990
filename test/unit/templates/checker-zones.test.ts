/** Where the checker looks for the greeting in email-style drafts that start with a subject or reference line. */
import { describe, expect, it } from 'vitest';
import { checkReply } from '@/lib/templates/checker';

describe('checkReply on a draft that starts with a subject line', () => {
  it.each([
    ['en', 'Michael Brown', 'Re: Order #48213\n\nHi Michael,\n\nSorry, I resent it today.\n\nBest,\nPriya'],
    [
      'de',
      'Stefan Weber',
      'Betreff: Ihre Bestellung\nHallo Herr Weber,\n\ndanke, heute verschickt.\n\nGrüße',
    ],
    ['ru', 'Михаил Попов', 'Тема: заказ 4821\n\nЗдравствуйте, Михаил!\n\nОтправили сегодня.\n\nС уважением'],
    ['es', 'Lucía Pérez', '#48213\nHola Lucía:\n\nLo enviamos hoy.\n\nUn saludo'],
  ])('[%s] finds the greeting with the name below it', (lang, name, draft) => {
    const findings = checkReply(draft, { lang, tone: 'neutral', customer: { name } });
    expect(findings.map((finding) => finding.rule)).not.toContain('greeting-name');
  });

  it('puts a missing apology after the greeting, not after the subject line', () => {
    const draft = 'Re: Order #48213\n\nHi Michael,\n\nIt ships today.\n\nBest,\nPriya';
    const apology = checkReply(draft, { lang: 'en', tone: 'angry', customer: { name: 'Michael' } }).find(
      (finding) => finding.rule === 'apology',
    );
    expect(draft.slice(apology?.start)).toMatch(/^It ships today/);
  });

  it('still asks for a greeting when the subject line is all there is above the text', () => {
    const draft = 'Re: Order #48213\n\nIt ships today.\n\nBest,\nPriya';
    const rules = checkReply(draft, { lang: 'en', customer: { name: 'Michael' } }).map((f) => f.rule);
    expect(rules).toContain('greeting-name');
  });
});
