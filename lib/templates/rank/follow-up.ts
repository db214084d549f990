/**
 * The follow-up a suggestion promises when the panel has not set one: the next working day (Monday to
 * Friday in the agent's time zone) at the same time of day. The panel schedules its reminder from
 * `Suggestion.followUpDate`, so the promise in the text and the reminder agree.
 */
const DAY = 24 * 60 * 60 * 1000;

function weekdayIn(epochMs: number, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(epochMs);
  } catch {
    return new Intl.DateTimeFormat('en-US', { weekday: 'short' }).format(epochMs);
  }
}

export function nextWorkingDay(now: number, timeZone?: string): number {
  let candidate = now + DAY;
  for (let step = 0; step < 7 && ['Sat', 'Sun'].includes(weekdayIn(candidate, timeZone)); step++)
    candidate += DAY;
  return candidate;
}
