import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  endOfCalendarDay,
  endOfWorkingDay,
  isWithinWorkingHours,
  nextWorkingDaySameTime,
  toWorkCalendar,
} from '@/lib/reminders';
import { at, wall } from './wall-clock';

const weekdays = (timeZone: string) =>
  toWorkCalendar({ timeZone, days: [1, 2, 3, 4, 5], start: 540, end: 1020 });
const HOUR = 3_600_000;

describe('toWorkCalendar', () => {
  it('keeps valid working hours as they are', () => {
    const calendar = toWorkCalendar({ timeZone: 'Asia/Kolkata', days: [0, 6], start: 600, end: 1320 });
    expect(calendar).toEqual({ timeZone: 'Asia/Kolkata', days: new Set([0, 6]), start: 600, end: 1320 });
  });

  it.each([
    ['an unknown zone', { timeZone: 'Mars/Olympus', days: [1], start: 540, end: 1020 }],
    ['an empty zone (the browser’s own)', { timeZone: '', days: [1], start: 540, end: 1020 }],
  ])('falls back to the given zone for %s', (_label, hours) => {
    expect(toWorkCalendar(hours, 'America/New_York').timeZone).toBe('America/New_York');
  });

  it.each([
    ['nothing at all', undefined],
    ['a string', 'nine to five'],
    ['no days and an inverted span', { timeZone: 'UTC', days: [], start: 1020, end: 540 }],
    [
      'days out of range and times that are not minutes',
      { timeZone: 'UTC', days: [7, -1, 2.5], start: '9', end: 99999 },
    ],
  ])('never throws and gives Monday–Friday 09:00–17:00 for %s', (_label, hours) => {
    const calendar = toWorkCalendar(hours, 'UTC');
    expect([...calendar.days]).toEqual([1, 2, 3, 4, 5]);
    expect([calendar.start, calendar.end]).toEqual([540, 1020]);
  });
});

describe('addWorkingMinutes', () => {
  const zone = 'Europe/Budapest';
  it.each([
    ['inside the day', '2024-06-04 10:00', 'Tue 2024-06-04 12:00 +02:00'],
    ['across the evening', '2024-06-04 16:00', 'Wed 2024-06-05 10:00 +02:00'],
    ['before work starts', '2024-06-04 07:15', 'Tue 2024-06-04 11:00 +02:00'],
    ['after work ends', '2024-06-04 20:00', 'Wed 2024-06-05 11:00 +02:00'],
    ['across the weekend', '2024-06-07 16:30', 'Mon 2024-06-10 10:30 +02:00'],
    ['from a Saturday', '2024-06-08 11:00', 'Mon 2024-06-10 11:00 +02:00'],
  ])('adds 2 working hours %s', (_label, start, expected) => {
    expect(wall(addWorkingMinutes(at(start, zone), 120, weekdays(zone)), zone)).toBe(expected);
  });

  it('counts real elapsed hours on a spring-forward day (Budapest, 31 March 2024, 02:00 → 03:00)', () => {
    // A 24/7 night shift 01:00–05:00 local is only 3 real hours that night.
    const night = toWorkCalendar({ timeZone: zone, days: [0, 1, 2, 3, 4, 5, 6], start: 60, end: 300 });
    expect(wall(addWorkingMinutes(at('2024-03-31 01:00', zone), 120, night), zone)).toBe(
      'Sun 2024-03-31 04:00 +02:00',
    );
    // 4 working hours no longer fit that night: 1 hour carries to the next.
    expect(wall(addWorkingMinutes(at('2024-03-31 01:00', zone), 240, night), zone)).toBe(
      'Mon 2024-04-01 02:00 +02:00',
    );
  });

  it('counts real elapsed hours on a fall-back day (New York, 3 November 2024, 02:00 → 01:00)', () => {
    const ny = 'America/New_York';
    const night = toWorkCalendar({ timeZone: ny, days: [0, 1, 2, 3, 4, 5, 6], start: 0, end: 180 });
    // 00:00–03:00 local holds 4 real hours that night (01:00–02:00 happens twice).
    const start = at('2024-11-03 00:00', ny);
    expect(wall(addWorkingMinutes(start, 120, night), ny)).toBe('Sun 2024-11-03 01:00 -05:00');
    expect(addWorkingMinutes(start, 240, night) - start).toBe(4 * HOUR);
  });
});

describe('endOfWorkingDay', () => {
  const zone = 'America/New_York';
  it.each([
    ['during the day', '2024-03-08 11:00', 'Fri 2024-03-08 17:00 -05:00'],
    ['before the day starts', '2024-03-08 06:00', 'Fri 2024-03-08 17:00 -05:00'],
    ['after it ended, over a spring-forward weekend', '2024-03-08 18:00', 'Mon 2024-03-11 17:00 -04:00'],
  ])('is today’s end %s', (_label, start, expected) => {
    expect(wall(endOfWorkingDay(at(start, zone), weekdays(zone)), zone)).toBe(expected);
  });
});

describe('nextWorkingDaySameTime', () => {
  it.each([
    ['Europe/Budapest', 'spring forward', '2024-03-29 14:00', 'Mon 2024-04-01 14:00 +02:00'],
    ['Europe/Budapest', 'fall back', '2024-10-25 09:30', 'Mon 2024-10-28 09:30 +01:00'],
    ['America/New_York', 'spring forward', '2024-03-08 15:45', 'Mon 2024-03-11 15:45 -04:00'],
    ['America/New_York', 'fall back', '2024-11-01 10:00', 'Mon 2024-11-04 10:00 -05:00'],
    ['Asia/Kolkata', 'no DST, half-hour offset', '2024-03-29 14:00', 'Mon 2024-04-01 14:00 +05:30'],
  ])('keeps the wall-clock time in %s across %s', (zone, _label, start, expected) => {
    expect(wall(nextWorkingDaySameTime(at(start, zone), weekdays(zone)), zone)).toBe(expected);
  });

  it('clamps times outside working hours into them', () => {
    const zone = 'UTC';
    expect(wall(nextWorkingDaySameTime(at('2024-06-04 20:00', zone), weekdays(zone)), zone)).toBe(
      'Wed 2024-06-05 17:00 +00:00',
    );
    expect(wall(nextWorkingDaySameTime(at('2024-06-04 07:00', zone), weekdays(zone)), zone)).toBe(
      'Wed 2024-06-05 09:00 +00:00',
    );
  });

  it('is 47 real hours over the spring-forward weekend of a 7-day team, yet the same wall-clock time', () => {
    const zone = 'Europe/Budapest';
    const everyDay = toWorkCalendar({ timeZone: zone, days: [0, 1, 2, 3, 4, 5, 6], start: 540, end: 1020 });
    const saturday = at('2024-03-30 10:00', zone);
    const sunday = nextWorkingDaySameTime(saturday, everyDay);
    expect(wall(sunday, zone)).toBe('Sun 2024-03-31 10:00 +02:00');
    expect(sunday - saturday).toBe(23 * HOUR);
  });
});

describe('time-zone settings', () => {
  it('reads the same instant in the agent’s zone, not the computer’s', () => {
    const instant = Date.UTC(2024, 5, 4, 15, 30); // Tuesday 17:30 in Budapest, 11:30 in New York
    expect(isWithinWorkingHours(instant, weekdays('Europe/Budapest'))).toBe(false);
    expect(isWithinWorkingHours(instant, weekdays('America/New_York'))).toBe(true);
    expect(wall(addWorkingMinutes(instant, 120, weekdays('Europe/Budapest')), 'Europe/Budapest')).toBe(
      'Wed 2024-06-05 11:00 +02:00',
    );
    expect(wall(addWorkingMinutes(instant, 120, weekdays('America/New_York')), 'America/New_York')).toBe(
      'Tue 2024-06-04 13:30 -04:00',
    );
  });

  it('ends "today" at local midnight, even on a 23-hour day', () => {
    const zone = 'America/New_York';
    const end = endOfCalendarDay(at('2024-03-10 00:30', zone), zone);
    expect(wall(end, zone)).toBe('Mon 2024-03-11 00:00 -04:00');
    expect(end - at('2024-03-10 00:00', zone)).toBe(23 * HOUR);
  });
});
