import { describe, expect, it } from 'vitest';
import { chooseDeadlineRule, quickPickDueAt, suggestDeadline, toWorkCalendar } from '@/lib/reminders';
import { TONES } from '@/lib/tone/types';
import { at, wall } from './wall-clock';

const hoursIn = (timeZone: string) => ({ timeZone, days: [1, 2, 3, 4, 5], start: 540, end: 1020 });

describe('chooseDeadlineRule', () => {
  it.each([
    [{ tone: 'anxious' as const, urgency: 0.1 }, 'two-working-hours'],
    [{ tone: 'neutral' as const, urgency: 0.9 }, 'two-working-hours'],
    [{ tone: 'angry' as const, urgency: 0.8 }, 'two-working-hours'],
    [{ tone: 'angry' as const, urgency: 0.2 }, 'same-working-day'],
    [{ tone: 'frustrated' as const, urgency: 0.3 }, 'next-working-day'],
    [{ tone: 'positive' as const }, 'next-working-day'],
    [{}, 'next-working-day'],
    [{ tone: 'confused' as const, urgency: Number.NaN }, 'next-working-day'],
  ])('%j → %s', (request, rule) => {
    expect(chooseDeadlineRule(request)).toBe(rule);
  });

  it('gives every tone a rule', () => {
    for (const tone of TONES) expect(chooseDeadlineRule({ tone })).toMatch(/working/);
  });
});

describe('suggestDeadline', () => {
  const zone = 'Europe/Budapest';
  const tuesday = at('2024-06-04 11:20', zone);

  it.each([
    [
      'an anxious customer',
      { tone: 'anxious' as const },
      'Tue 2024-06-04 13:20 +02:00',
      /Anxious customer.*2 working hours/,
    ],
    [
      'an urgent message',
      { tone: 'neutral' as const, urgency: 0.7 },
      'Tue 2024-06-04 13:20 +02:00',
      /Urgent message/,
    ],
    [
      'an angry customer',
      { tone: 'angry' as const, urgency: 0.3 },
      'Tue 2024-06-04 17:00 +02:00',
      /Angry customer.*same/,
    ],
    ['any other tone', { tone: 'confused' as const }, 'Wed 2024-06-05 11:20 +02:00', /^Follow up the next/],
  ])('suggests the issue’s deadline for %s', (_label, request, expected, reason) => {
    const suggestion = suggestDeadline(request, tuesday, hoursIn(zone));
    expect(wall(suggestion.dueAt, zone)).toBe(expected);
    expect(suggestion.reason).toMatch(reason);
    expect(suggestion.timeZone).toBe(zone);
  });

  it('gives an angry customer at least an hour when the day is nearly over', () => {
    const late = at('2024-06-04 16:45', zone);
    const suggestion = suggestDeadline({ tone: 'angry' }, late, hoursIn(zone));
    expect(wall(suggestion.dueAt, zone)).toBe('Wed 2024-06-05 09:45 +02:00');
  });

  it('lands on the right wall-clock time across the spring-forward weekend', () => {
    const ny = 'America/New_York';
    const friday = at('2024-03-08 16:00', ny);
    expect(wall(suggestDeadline({ tone: 'anxious' }, friday, hoursIn(ny)).dueAt, ny)).toBe(
      'Mon 2024-03-11 10:00 -04:00',
    );
    expect(wall(suggestDeadline({}, friday, hoursIn(ny)).dueAt, ny)).toBe('Mon 2024-03-11 16:00 -04:00');
  });

  it('lands on the right wall-clock time across the fall-back weekend', () => {
    const friday = at('2024-10-25 15:00', zone);
    expect(wall(suggestDeadline({ tone: 'angry' }, friday, hoursIn(zone)).dueAt, zone)).toBe(
      'Fri 2024-10-25 17:00 +02:00',
    );
    expect(wall(suggestDeadline({}, friday, hoursIn(zone)).dueAt, zone)).toBe('Mon 2024-10-28 15:00 +01:00');
  });

  it('follows the time-zone setting, and the browser’s zone when it is empty', () => {
    const instant = Date.UTC(2024, 5, 4, 15, 30); // already Wednesday 00:30 in Tokyo
    const tokyo = suggestDeadline({ tone: 'anxious' }, instant, hoursIn('Asia/Tokyo'));
    expect(wall(tokyo.dueAt, 'Asia/Tokyo')).toBe('Wed 2024-06-05 11:00 +09:00');
    const browserZone = suggestDeadline({ tone: 'anxious' }, instant, hoursIn(''), 'America/New_York');
    expect(browserZone.timeZone).toBe('America/New_York');
    expect(wall(browserZone.dueAt, 'America/New_York')).toBe('Tue 2024-06-04 13:30 -04:00');
  });

  it('still suggests a deadline when the stored working hours are broken', () => {
    const suggestion = suggestDeadline({ tone: 'angry' }, tuesday, { days: 'weekdays', start: -5 }, zone);
    expect(wall(suggestion.dueAt, zone)).toBe('Tue 2024-06-04 17:00 +02:00');
  });

  it('offers quick picks in time order of what they mean', () => {
    const { quickPicks } = suggestDeadline({}, tuesday, hoursIn(zone));
    expect(quickPicks.map((pick) => [pick.label, wall(pick.dueAt, zone)])).toEqual([
      ['In 1 hour', 'Tue 2024-06-04 12:20 +02:00'],
      ['In 2 working hours', 'Tue 2024-06-04 13:20 +02:00'],
      ['End of working day', 'Tue 2024-06-04 17:00 +02:00'],
      ['Next working day', 'Wed 2024-06-05 11:20 +02:00'],
      ['In 3 working days', 'Fri 2024-06-07 11:20 +02:00'],
    ]);
  });
});

describe('quickPickDueAt', () => {
  it('snoozes "1 hour" as 60 real minutes, even at night or across a DST change', () => {
    const zone = 'Europe/Budapest';
    const beforeGap = at('2024-03-31 01:30', zone);
    const dueAt = quickPickDueAt('in-1-hour', beforeGap, toWorkCalendar(hoursIn(zone)));
    expect(dueAt - beforeGap).toBe(3_600_000);
    expect(wall(dueAt, zone)).toBe('Sun 2024-03-31 03:30 +02:00');
  });
});
