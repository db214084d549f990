/** The background's answers to settings and status messages. */
import browser from 'webextension-polyfill';
import type { HandlerMap } from '../messaging/protocol';
import { countOpenReminders, countOverdue } from '../reminders/queries';
import type { TactfulDb } from './db';
import { readSettings, writeSettings } from './settings';

export function storageHandlers(db: TactfulDb): HandlerMap {
  return {
    getStatus: async () => ({
      version: browser.runtime.getManifest().version,
      templateCount: await db.templates.count(),
      pendingReminders: await countOpenReminders(db),
      overdueReminders: await countOverdue(db, Date.now()),
    }),
    getSettings: () => readSettings(db),
    saveSettings: (patch) => writeSettings(db, patch),
  };
}
