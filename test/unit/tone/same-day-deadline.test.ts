import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';

/** "Still today" and "by tonight" are deadlines, not a bare mention of a day: the panel shows them urgent. */
describe('a same-day deadline', () => {
  it.each([
    ['en', 'I need the signed contract by tonight.'],
    ['es', 'Necesito la factura antes de esta noche.'],
    ['de', 'Ich brauche die Rechnung noch heute.'],
    ['fr', "J'ai besoin de la facture d'ici ce soir."],
    ['pt', 'Preciso da fatura ainda hoje.'],
    ['ru', 'Мне нужен счёт сегодня же.'],
    ['hu', 'Még ma szükségem van a számlára.'],
    ['ar', 'محتاج الفاتورة النهاردة ضروري'],
  ])('is urgent (%s: %s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.urgency).toBeGreaterThanOrEqual(0.5);
    expect(result.evidence.some((e) => e.label === 'deadline' || e.label === 'urgency')).toBe(true);
  });
});
