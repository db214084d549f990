// The pure public surface of reminders (importable in Node). lib/reminders/browser.ts is the browser edge.
// The panel and popup import the few UI-side files they need (types, format, schedule, working-time) directly:
// Dexie declares no `sideEffects: false`, so going through this index would bundle it into the content script.
export type * from './types';
export {
  REMINDER_STATES,
  REMINDER_OUTCOMES,
  REMINDER_BUCKETS,
  QUICK_PICK_IDS,
  NOTE_MAX_LENGTH,
  DEFAULT_BUCKET_LIMIT,
} from './types';
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
  queryReminderBuckets,
  listOpenReminders,
  countOpenReminders,
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
export {
  formatDueAt,
  formatOverdue,
  formatTicketLabel,
  fromDateTimeInputValue,
  fromTimeInputValue,
  toDateTimeInputValue,
  toTimeInputValue,
} from './format';
export { checkNewReminder, checkWorkingHours, isTicketUrl, type Checked } from './validate';
export { describeNotification, notificationIdOf, reminderIdOf, actionOfButton } from './notification';
export { createReminderHandlers, type ReminderEffects } from './handlers';
