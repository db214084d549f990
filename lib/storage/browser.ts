/** The background's answers to settings and status messages. */
import browser from 'webextension-polyfill';
import type { HandlerMap } from '../messaging/protocol';
import { countOverdue, listOpenReminders } from '../reminders/store';
import type { TactfulDb } from './db';
import { readSettings, writeSettings } from './settings';

export function storageHandlers(db: TactfulDb): HandlerMap {
  return {
    getStatus: async () => ({
      version: browser.runtime.getManifest().version,
      templateCount: await db.templates.count(),
      pendingReminders: (await listOpenReminders(db)).length,
      overdueReminders: await countOverdue(db, Date.now()),
    }),
    getSettings: () => readSettings(db),
    saveSettings: (patch) => writeSettings(db, patch),
  };
}
