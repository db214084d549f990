/**
 * The local record of finished follow-ups (Dexie table `outcomes`): one line per completed reminder saying
 * whether it was done by the deadline first promised and how the customer felt. Later insights chart
 * `summarizeOutcomes`; nothing here leaves the browser.
 */
import type { TactfulDb } from '../storage/db';
import type { FollowUpOutcome, OutcomeSummary, Reminder } from './types';

/** The deadline first promised; reminders stored before `deadlineAt` existed use their due time. */
export const deadlineOf = (reminder: Reminder): number => reminder.deadlineAt ?? reminder.dueAt;

export function toOutcomeRecord(reminder: Reminder): FollowUpOutcome {
  const completedAt = reminder.completedAt ?? reminder.updatedAt;
  const dueAt = deadlineOf(reminder);
  return {
    reminderId: reminder.id,
    site: reminder.site,
    scenario: reminder.scenario,
    templateId: reminder.templateId,
    dueAt,
    completedAt,
    onTime: completedAt <= dueAt,
    outcome: reminder.outcome,
  };
}

/** Writes (or rewrites, when the outcome is recorded later) the record line of a completed reminder. */
export async function recordOutcome(db: TactfulDb, reminder: Reminder): Promise<void> {
  const line = toOutcomeRecord(reminder);
  const existing = await db.outcomes.where('reminderId').equals(reminder.id).first();
  await db.outcomes.put(existing?.id === undefined ? line : { ...line, id: existing.id });
}

export async function listOutcomes(db: TactfulDb, since = 0): Promise<FollowUpOutcome[]> {
  return db.outcomes.where('completedAt').aboveOrEqual(since).toArray();
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Counts and rates over outcome lines; ignores malformed lines instead of throwing. */
export function summarizeOutcomes(lines: readonly FollowUpOutcome[]): OutcomeSummary {
  const counts = { total: 0, onTime: 0, happy: 0, unhappy: 0, noAnswer: 0 };
  const answered = { onTime: 0, late: 0, happyOnTime: 0, happyLate: 0 };
  for (const line of lines) {
    if (typeof line !== 'object' || line === null || typeof line.onTime !== 'boolean') continue;
    counts.total++;
    if (line.onTime) counts.onTime++;
    if (line.outcome === 'happy') counts.happy++;
    else if (line.outcome === 'unhappy') counts.unhappy++;
    else if (line.outcome === 'no-answer') counts.noAnswer++;
    else continue;
    if (line.onTime) answered.onTime++;
    else answered.late++;
    if (line.outcome === 'happy' && line.onTime) answered.happyOnTime++;
    if (line.outcome === 'happy' && !line.onTime) answered.happyLate++;
  }
  const recorded = counts.happy + counts.unhappy + counts.noAnswer;
  return {
    ...counts,
    late: counts.total - counts.onTime,
    unrecorded: counts.total - recorded,
    onTimeRate: rate(counts.onTime, counts.total),
    happyRate: rate(counts.happy, recorded),
    happyRateOnTime: rate(answered.happyOnTime, answered.onTime),
    happyRateLate: rate(answered.happyLate, answered.late),
  };
}
