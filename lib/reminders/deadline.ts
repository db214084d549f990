/**
 * Suggested follow-up deadlines from the customer's tone and urgency, and the quick picks beside them. Pure:
 * `now` and the working hours are arguments.
 */
import type { Tone } from '../tone/types';
import type { DeadlineRequest, DeadlineRule, DeadlineSuggestion, QuickPick, QuickPickId } from './types';
import {
  addWorkingDays,
  addWorkingMinutes,
  endOfWorkingDay,
  nextWorkingDaySameTime,
  toWorkCalendar,
  type WorkCalendar,
} from './working-time';

const HOUR = 3_600_000;

/** ToneResult.urgency at or above this counts as an urgent message, whatever the tone. */
export const URGENT_THRESHOLD = 0.6;

/**
 * A same-day deadline closer than this is no use (an angry message at 16:50 would be due at 17:00), so the
 * deadline moves to this much working time from now instead.
 */
const MIN_SAME_DAY_WORKING_MINUTES = 60;

/** The rules: urgent or anxious → 2 working hours; angry → same working day; others → next day. */
export function chooseDeadlineRule(request: DeadlineRequest = {}): DeadlineRule {
  const urgency =
    typeof request.urgency === 'number' && Number.isFinite(request.urgency) ? request.urgency : 0;
  if (urgency >= URGENT_THRESHOLD || request.tone === 'anxious') return 'two-working-hours';
  if (request.tone === 'angry') return 'same-working-day';
  return 'next-working-day';
}

export function deadlineFor(rule: DeadlineRule, now: number, calendar: WorkCalendar): number {
  switch (rule) {
    case 'two-working-hours':
      return addWorkingMinutes(now, 120, calendar);
    case 'same-working-day':
      return Math.max(
        endOfWorkingDay(now, calendar),
        addWorkingMinutes(now, MIN_SAME_DAY_WORKING_MINUTES, calendar),
      );
    case 'next-working-day':
      return nextWorkingDaySameTime(now, calendar);
  }
}

const toneNames: Partial<Record<Tone, string>> = {
  angry: 'Angry customer',
  anxious: 'Anxious customer',
};

const ruleTexts: Record<DeadlineRule, string> = {
  'two-working-hours': 'follow up within 2 working hours.',
  'same-working-day': 'follow up the same working day.',
  'next-working-day': 'follow up the next working day.',
};

function reasonFor(rule: DeadlineRule, request: DeadlineRequest): string {
  const isUrgent = (request.urgency ?? 0) >= URGENT_THRESHOLD;
  const who = isUrgent ? 'Urgent message' : request.tone && toneNames[request.tone];
  const text = ruleTexts[rule];
  return who ? `${who}: ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

const quickPickLabels: Record<QuickPickId, string> = {
  'in-1-hour': 'In 1 hour',
  'in-2-working-hours': 'In 2 working hours',
  'end-of-working-day': 'End of working day',
  'next-working-day': 'Next working day',
  'in-3-working-days': 'In 3 working days',
};

/** The due time of one quick pick (also used by snooze: "snooze 1 h" is the 'in-1-hour' pick). */
export function quickPickDueAt(id: QuickPickId, now: number, calendar: WorkCalendar): number {
  switch (id) {
    case 'in-1-hour':
      return now + HOUR;
    case 'in-2-working-hours':
      return deadlineFor('two-working-hours', now, calendar);
    case 'end-of-working-day':
      return deadlineFor('same-working-day', now, calendar);
    case 'next-working-day':
      return nextWorkingDaySameTime(now, calendar);
    case 'in-3-working-days':
      return addWorkingDays(now, 3, calendar);
  }
}

export function quickPicks(now: number, calendar: WorkCalendar): QuickPick[] {
  return (Object.keys(quickPickLabels) as QuickPickId[]).map((id) => ({
    id,
    label: quickPickLabels[id],
    dueAt: quickPickDueAt(id, now, calendar),
  }));
}

/**
 * The deadline the panel proposes for a follow-up. `workingHours` is the stored setting (normalised here, so
 * bad or missing values still give a deadline); `fallbackZone` is the browser's zone for an empty setting.
 */
export function suggestDeadline(
  request: DeadlineRequest,
  now: number,
  workingHours: unknown,
  fallbackZone?: string,
): DeadlineSuggestion {
  const calendar = toWorkCalendar(workingHours, fallbackZone);
  const rule = chooseDeadlineRule(request);
  return {
    dueAt: deadlineFor(rule, now, calendar),
    rule,
    reason: reasonFor(rule, request),
    timeZone: calendar.timeZone,
    quickPicks: quickPicks(now, calendar),
  };
}
