import { describe, expect, it } from 'vitest';
import { formatDueAt, formatOverdue, fromDateTimeInputValue, toDateTimeInputValue } from '@/lib/reminders';
import { at, wall } from './wall-clock';

describe('formatDueAt', () => {
  const zone = 'Europe/Budapest';
  const now = at('2024-06-04 10:00', zone); // Tuesday
  it.each([
    ['2024-06-04 15:00', 'Today 15:00'],
    ['2024-06-05 09:30', 'Tomorrow 09:30'],
    ['2024-06-07 10:00', 'Fri 10:00'],
    ['2024-06-20 10:00', '20 Jun 10:00'],
    ['2025-01-02 08:00', '2 Jan 2025 08:00'],
    ['2024-06-03 16:00', '3 Jun 16:00'],
  ])('%s reads as %s', (due, label) => {
    expect(formatDueAt(at(due, zone), now, zone)).toBe(label);
  });

  it('reads in the given zone, not the computer’s', () => {
    const instant = Date.UTC(2024, 5, 4, 23, 30);
    expect(formatDueAt(instant, Date.UTC(2024, 5, 4, 12), 'America/New_York')).toBe('Today 19:30');
    expect(formatDueAt(instant, Date.UTC(2024, 5, 4, 12), 'Asia/Tokyo')).toBe('Tomorrow 08:30');
  });
});

describe('formatOverdue', () => {
  it('says how long ago it was due, and nothing before then', () => {
    expect(formatOverdue(0, 2.5 * 3_600_000)).toBe('overdue by 2 hours');
    expect(formatOverdue(10, 5)).toBe('');
  });
});

describe('datetime-local values', () => {
  it.each([
    ['Europe/Budapest', '2024-03-31T03:30:00', 'Sun 2024-03-31 03:30 +02:00'],
    ['Europe/Budapest', '2024-10-27T01:15:00', 'Sun 2024-10-27 01:15 +02:00'],
    ['America/New_York', '2024-11-03T12:00:00', 'Sun 2024-11-03 12:00 -05:00'],
    ['Asia/Kolkata', '2024-03-31T09:05:00', 'Sun 2024-03-31 09:05 +05:30'],
  ])('round-trips a %s wall-clock time %s', (zone, value, reading) => {
    const instant = fromDateTimeInputValue(value, zone);
    expect(instant).toBeDefined();
    expect(wall(instant as number, zone)).toBe(reading);
    expect(toDateTimeInputValue(instant as number, zone)).toBe(value);
  });

  it('moves a time that DST skips forward by the gap', () => {
    const instant = fromDateTimeInputValue('2024-03-10T02:30', 'America/New_York');
    expect(wall(instant as number, 'America/New_York')).toBe('Sun 2024-03-10 03:30 -04:00');
  });

  it('keeps seconds', () => {
    const instant = fromDateTimeInputValue('2024-06-04T10:00:42', 'UTC');
    expect(instant).toBe(Date.UTC(2024, 5, 4, 10, 0, 42));
  });

  it.each(['', 'tomorrow', '2024-02-31T10:00', '2024-13-01T10:00', '2024-06-04T25:00'])(
    'rejects %j instead of guessing',
    (value) => {
      expect(fromDateTimeInputValue(value, 'UTC')).toBeUndefined();
    },
  );
});
