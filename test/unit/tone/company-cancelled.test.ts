import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';

/**
 * "You cancelled my order" is a failure to put right, not a customer about to leave: churn risk is for the
 * customer who wants to cancel. Both must still read as complaints.
 */
describe('a cancellation the company made', () => {
  it.each([
    ['de', 'Sie haben meine Bestellung einfach storniert, warum?', 'Ich will mein Abo stornieren.'],
    ['ru', 'Вы отменили мой заказ без предупреждения.', 'Хочу отменить подписку.'],
    ['hu', 'Lemondták a rendelésemet, és senki nem szólt.', 'Le akarom mondani az előfizetésemet.'],
  ])('is a problem, not churn (%s)', (lang, theyCancelled, iWantToCancel) => {
    const company = detectTone(theyCancelled);
    const customer = detectTone(iWantToCancel);
    expect([company.lang, customer.lang]).toEqual([lang, lang]);
    expect(company.churnRisk).toBeLessThan(0.3);
    expect(customer.churnRisk).toBeGreaterThanOrEqual(0.5);
    expect(company.evidence.some((e) => e.kind === 'fact')).toBe(true);
  });

  // Already read so before; kept so that narrowing the churn lists never makes these neutral.
  it.each([
    ['es', 'Cancelaron mi pedido sin avisarme.'],
    ['pt', 'Cancelaram meu pedido sem avisar.'],
    ['ar', 'تم إلغاء طلبي بدون أي إشعار.'],
  ])('reads as a complaint about a concrete problem (%s)', (_lang, text) => {
    const result = detectTone(text);
    expect(result.polarity).toBe('negative');
    expect(result.constructive).toBe(true);
  });
});
