import type { TactfulDb } from './db';

/** Working hours for follow-up deadlines; days are 0 = Sunday … 6 = Saturday. */
export interface WorkingHours {
  /** IANA zone, e.g. 'Europe/Budapest'; '' means the browser's own zone. */
  timeZone: string;
  days: number[];
  /** Minutes after midnight. */
  start: number;
  end: number;
}

export interface Settings {
  agentName: string;
  /** The agent's own language: the fallback for suggestions when the customer's has no template. */
  agentLanguage: string;
  /** Character that starts an inline shortcut, e.g. `;sorry` then Tab. */
  shortcutTrigger: string;
  workingHours: WorkingHours;
  /** Hostnames where the agent dismissed the launcher. */
  dismissedSites: string[];
}

export const defaultSettings: Settings = {
  agentName: '',
  agentLanguage: 'en',
  shortcutTrigger: ';',
  workingHours: { timeZone: '', days: [1, 2, 3, 4, 5], start: 9 * 60, end: 17 * 60 },
  dismissedSites: [],
};

export async function readSettings(db: TactfulDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value])) as Partial<Settings>;
  return { ...defaultSettings, ...stored };
}

export async function writeSettings(db: TactfulDb, patch: Partial<Settings>): Promise<Settings> {
  await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
  return readSettings(db);
}
