// Test helpers: write and read instants as wall-clock times in a zone, independent of the code under test.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** The instant of a wall-clock time in a zone: at('2024-03-29 14:00', 'Europe/Budapest'). */
export function at(wallClock: string, zone: string): number {
  const [date = '', time = '00:00'] = wallClock.split(/[ T]/);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, hh, mm, zone).getTime();
}

/** The wall-clock reading of an instant in a zone, with its offset: 'Mon 2024-04-01 14:00 +02:00'. */
export const wall = (instant: number, zone: string) =>
  format(new TZDate(instant, zone), 'EEE yyyy-MM-dd HH:mm xxx');
