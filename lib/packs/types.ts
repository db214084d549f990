/** A template pack the user installed from a file or subscribed to by URL. */
export interface PackSubscription {
  id: string;
  name: string;
  version: string;
  /** Set for packs subscribed by URL; the only network traffic Tactful ever makes. */
  url?: string;
  installedAt: number;
  updatedAt: number;
  lastCheckedAt?: number;
  /** The last update error, shown in the options page until the next successful check. */
  lastError?: string;
  templateCount: number;
}
