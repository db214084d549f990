/**
 * The follow-up a suggestion promises when the panel has not set one: the next working day (Monday to
 * Friday in the agent's time zone) at the same time of day. The panel schedules its reminder from
 * `Suggestion.followUpDate`, so the promise in the text and the reminder agree.
 */
import { weekdayIndexIn } from '../render/format-date';

const DAY = 24 * 60 * 60 * 1000;
const SATURDAY = 6;
const SUNDAY = 0;

export function nextWorkingDay(now: number, timeZone?: string): number {
  let candidate = now + DAY;
  for (let step = 0; step < 7; step++) {
    const day = weekdayIndexIn(candidate, timeZone);
    if (day !== SATURDAY && day !== SUNDAY) break;
    candidate += DAY;
  }
  return candidate;
}
