// The channel settings changes are announced on (PostgreSQL NOTIFY), apart from the listener so
// the store's writes do not load the PostgreSQL client where SQLite is used.
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";

export const SETTINGS_CHANNEL = "capwatch_settings";

/** Tells the other instances that settings changed in this connection's schema (the payload). */
export async function notifySettingsChanged(db: Kysely<Database>): Promise<void> {
  await sql`select pg_notify(${SETTINGS_CHANNEL}, current_schema())`.execute(db);
}
