export type * from './types';
export {
  REMINDER_ALARM,
  displayState,
  isOpenReminder,
  isAwaitingNotification,
  nextAlarmAt,
} from './schedule';
export { createReminder, listOpenReminders, claimDueReminders, countOverdue } from './store';
