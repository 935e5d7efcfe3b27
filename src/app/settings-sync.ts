// Keeps this instance's engine in step with settings other instances change (PostgreSQL): a
// `watch add` on one instance routes the next alert on all of them. SQLite has one instance.
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
