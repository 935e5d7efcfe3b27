// The channels other instances are told on (PostgreSQL NOTIFY): settings changes, and new outbox
// rows. Apart from the listener so the store's writes do not load the PostgreSQL client where
// SQLite is used. The payload is the schema written to, so instance groups sharing a server ignore
// each other.
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";

export const SETTINGS_CHANNEL = "capwatch_settings";
/** New outbox rows: every instance's delivery loops take them now, not at their next poll. */
export const OUTBOX_CHANNEL = "capwatch_outbox";

/** Tells the other instances that settings changed in this connection's schema (the payload). */
export async function notifySettingsChanged(db: Kysely<Database>): Promise<void> {
  await sql`select pg_notify(${SETTINGS_CHANNEL}, current_schema())`.execute(db);
}

/** Inside the transaction that inserts outbox rows: PostgreSQL sends it when (and only if) it commits. */
export async function notifyOutboxInserted(db: Kysely<Database>): Promise<void> {
  await sql`select pg_notify(${OUTBOX_CHANNEL}, current_schema())`.execute(db);
}
