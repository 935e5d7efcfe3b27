// Keeps this instance in step with the others on PostgreSQL: settings they change (a
// `watch add` on one instance routes the next alert on all of them) and outbox rows they write.
// SQLite has one instance.
import type { Engine } from "../alerts/engine.js";
import type { SettingsListener } from "../store/settings-notify.js";

export interface SettingsSyncOptions {
  /** The instance group's schema (tests); the URL's default schema otherwise. */
  schema?: string;
  log?: (line: string) => void;
}

export async function followSettings(location: string, engine: Engine, options: SettingsSyncOptions = {}): Promise<SettingsListener> {
  if (!/^postgres(ql)?:\/\//i.test(location)) return { close: () => Promise.resolve() };
  // Loaded only here, so a SQLite instance never loads the PostgreSQL client.
  const { listenForSettings } = await import("../store/settings-notify.js");
  return listenForSettings(location, () => engine.reloadSettings(), options);
}

/**
 * Wakes this instance's delivery loops when any instance writes outbox rows (PostgreSQL): a
 * standby delivers what the leader raised at once instead of at its next poll, which stays as
 * the fallback for retries coming due, leases ending and missed notifications.
 */
export async function followOutbox(location: string, wake: () => void, options: SettingsSyncOptions = {}): Promise<SettingsListener> {
  if (!/^postgres(ql)?:\/\//i.test(location)) return { close: () => Promise.resolve() };
  const { listenForOutbox } = await import("../store/settings-notify.js");
  return listenForOutbox(location, async () => wake(), options);
}
