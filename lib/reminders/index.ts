// The pure public surface of reminders (importable in Node). lib/reminders/browser.ts is the browser edge.
export type * from './types';
export { REMINDER_STATES, REMINDER_OUTCOMES, REMINDER_BUCKETS, QUICK_PICK_IDS } from './types';
export {
  REMINDER_ALARM,
  bucketOf,
  displayState,
  isOpenReminder,
  isAwaitingNotification,
  nextAlarmAt,
} from './schedule';
export {
  createReminder,
  snoozeReminder,
  completeReminder,
  dismissReminder,
  claimDueReminders,
} from './store';
export {
  DEFAULT_BUCKET_LIMIT,
  queryReminderBuckets,
  listOpenReminders,
  countOverdue,
  nextNotificationAt,
} from './queries';
export { deadlineOf, listOutcomes, summarizeOutcomes, toOutcomeRecord } from './outcomes';
export {
  URGENT_THRESHOLD,
  chooseDeadlineRule,
  deadlineFor,
  quickPickDueAt,
  quickPicks,
  suggestDeadline,
} from './deadline';
export {
  DEFAULT_WORKING_HOURS,
  addWorkingDays,
  addWorkingMinutes,
  endOfCalendarDay,
  endOfWorkingDay,
  isValidTimeZone,
  isWithinWorkingHours,
  nextWorkingDaySameTime,
  resolveTimeZone,
  runtimeTimeZone,
  toWorkCalendar,
  type WorkCalendar,
} from './working-time';
export { formatDueAt, formatOverdue, fromDateTimeInputValue, toDateTimeInputValue } from './format';
export { NOTE_MAX_LENGTH, checkNewReminder, isTicketUrl, type Checked } from './validate';
export { describeNotification, notificationIdOf, reminderIdOf, actionOfButton } from './notification';
export { createReminderHandlers, type ReminderEffects } from './handlers';
