export { TactfulDb, getDb, DATABASE_NAME, type SettingRow } from './db';
export { schemaVersions, latestSchemaVersion, type SchemaVersion } from './schema';
export { defaultSettings, readSettings, writeSettings, type Settings, type WorkingHours } from './settings';
export { describeFailure, isStorageFull, STORAGE_FULL_MESSAGE } from './errors';
