// The same Store on PostgreSQL, for several capwatch instances sharing one database. Only the
// dialect and the pool differ from SQLite: the queries and migrations are shared.
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { KyselyStore } from "./kysely-store.js";
import { migrateToLatest } from "./migrations.js";
import { StoreLocationError } from "./open-store.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

// PostgreSQL's double precision comes back as a number already; numeric and bigint would be
// strings, and capwatch stores neither.
export async function openPostgresStore(url: string, clock: () => Date = () => new Date(), options: { schema?: string } = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    // A schema per instance group (tests use one per run) without touching the URL.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new StoreLocationError(`cannot connect to the PostgreSQL store at ${redact(url)}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db as Kysely<unknown>, "postgres", options.schema);
  return new KyselyStore(db, clock);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
