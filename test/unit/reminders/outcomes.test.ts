import { describe, expect, it } from 'vitest';
import { summarizeOutcomes, toOutcomeRecord, type FollowUpOutcome } from '@/lib/reminders';

const line = (onTime: boolean, outcome?: FollowUpOutcome['outcome']): FollowUpOutcome => ({
  reminderId: Math.random().toString(36),
  site: 'zendesk',
  dueAt: 1,
  completedAt: 1,
  onTime,
  outcome,
});

describe('summarizeOutcomes', () => {
  it('counts on time vs late and happy vs not, with rates over the answers recorded', () => {
    const summary = summarizeOutcomes([
      line(true, 'happy'),
      line(true, 'happy'),
      line(true, 'unhappy'),
      line(false, 'happy'),
      line(false, 'no-answer'),
      line(false, 'no-answer'),
      line(true),
    ]);
    expect(summary).toEqual({
      total: 7,
      onTime: 4,
      late: 3,
      happy: 3,
      unhappy: 1,
      noAnswer: 2,
      unrecorded: 1,
      onTimeRate: 4 / 7,
      happyRate: 3 / 6,
      happyRateOnTime: 2 / 3,
      happyRateLate: 1 / 3,
    });
  });

  it('has no rates rather than dividing by zero when there is nothing to rate', () => {
    expect(summarizeOutcomes([])).toMatchObject({ total: 0, onTimeRate: null, happyRate: null });
    expect(summarizeOutcomes([line(false)])).toMatchObject({ total: 1, late: 1, happyRate: null });
  });

  it('skips malformed lines instead of throwing', () => {
    const junk = [null, 'x', { onTime: 'yes' }] as unknown as FollowUpOutcome[];
    expect(summarizeOutcomes([...junk, line(true, 'happy')])).toMatchObject({ total: 1, happy: 1 });
  });
});

describe('toOutcomeRecord', () => {
  it('is on time when completed by the deadline first promised, and keeps no names or notes', () => {
    const reminder = {
      id: 'r',
      ticketUrl: 'https://x.test/1',
      site: 'gmail',
      customerName: 'Rosa',
      note: 'call back',
      dueAt: 9_000,
      deadlineAt: 5_000,
      state: 'done' as const,
      createdAt: 0,
      updatedAt: 6_000,
      completedAt: 5_000,
      outcome: 'happy' as const,
    };
    expect(toOutcomeRecord(reminder)).toMatchObject({ dueAt: 5_000, onTime: true });
    expect(toOutcomeRecord({ ...reminder, completedAt: 5_001 }).onTime).toBe(false);
    expect(JSON.stringify(toOutcomeRecord(reminder))).not.toMatch(/Rosa|call back|x\.test/);
  });
});
