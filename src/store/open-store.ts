// Opens the store a location names: a SQLite file path, ":memory:", or (later) a PostgreSQL URL.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Sqlite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { KyselyStore } from "./kysely-store.js";
import { migrateToLatest } from "./migrations.js";
import { withStatementCache } from "./statement-cache.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

export const MEMORY_STORE = ":memory:";

/**
 * A private SQLite file that SQLite deletes on close: a replay's fresh store. Its rows (every
 * alert, outbox entry and dedupe mark) live on disk behind a small page cache, so a replay's
 * memory does not grow with the alerts it delivers, as it does in MEMORY_STORE (about 2 KB an alert).
 */
export const SCRATCH_STORE = "";

export class StoreLocationError extends Error {}

/** A store location fit for logs: a PostgreSQL URL's password is masked. */
export function redact(location: string): string {
  return location.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

/** A `postgres://` URL opens PostgreSQL (several instances share it); anything else is a SQLite path. */
export async function openStore(location: string, clock: () => Date = () => new Date(), options: { outboxLeaseMs?: number } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const { openPostgresStore } = await import("./postgres-store.js");
    return openPostgresStore(location, clock, options.outboxLeaseMs === undefined ? {} : { outboxLeaseMs: options.outboxLeaseMs });
  }
  return openSqliteStore(location, clock);
}

export async function openSqliteStore(path: string, clock: () => Date = () => new Date()): Promise<Store> {
  let sqlite: Sqlite.Database;
  try {
    if (path !== MEMORY_STORE && path !== SCRATCH_STORE) mkdirSync(dirname(path), { recursive: true });
    sqlite = new Sqlite(path);
  } catch (error) {
    throw new StoreLocationError(`cannot open the SQLite store at ${path}: ${(error as Error).message}`);
  }
  // WAL lets commands read while the engine writes; a busy timeout rides out short locks. A
  // scratch store is never shared and dies with the process: nothing to sync, journal in memory.
  if (path === SCRATCH_STORE) {
    sqlite.pragma("journal_mode = MEMORY");
    sqlite.pragma("synchronous = OFF");
  } else if (path !== MEMORY_STORE) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  await migrateToLatest(db as Kysely<unknown>, "sqlite");
  return new KyselyStore(db, clock);
}
