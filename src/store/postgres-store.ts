// The same Store on PostgreSQL, for several capwatch instances sharing one database. Only the
// dialect and the pool differ from SQLite: the queries and migrations are shared.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { KyselyStore } from "./kysely-store.js";
import { migrateToLatest } from "./migrations.js";
import { OUTBOX_LEASE_MS } from "./outbox-claims.js";
import { redact, StoreLocationError } from "./open-store.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

// PostgreSQL's double precision comes back as a number already; numeric and bigint would be
// strings, and capwatch stores neither.
export interface PostgresStoreOptions {
  /** A schema per instance group (tests use one per run) without touching the URL. */
  schema?: string;
  /** Where a lost connection is reported; the pool replaces it on the next query. */
  log?: (line: string) => void;
  /** How the connections name themselves in pg_stat_activity. */
  applicationName?: string;
  /** This instance's name on the outbox rows it claims; host and process by default. */
  instance?: string;
  /** How long a claimed outbox row is this instance's alone. */
  outboxLeaseMs?: number;
}

/** Unique per process: a restarted instance does not inherit the claims of the one before. */
function instanceName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Every call to the database has an end: connecting, and each statement. */
const CONNECT_TIMEOUT_MS = 10_000;
const STATEMENT_TIMEOUT_MS = 30_000;

export async function openPostgresStore(url: string, clock: () => Date = () => new Date(), options: PostgresStoreOptions = {}): Promise<Store> {
  const log = options.log ?? ((line: string) => process.stderr.write(`capwatch: ${line}\n`));
  const pool = openPool(url, options, 5, log);
  // The engine's writes get two connections of their own (one alert transaction at a time, and a
  // batch of closes or quote history beside it): during a fan-out the delivery loops keep the
  // main pool's queue hundreds of statements long, and an alerting quote waited behind them.
  const enginePool = openPool(url, options, 2, log);
  // Rate-slot reservations get one connection of their own, for the same reason (outbox-claims.ts).
  const pacingPool = openPool(url, options, 1, log);
  // The schema the URL's connections work in (search_path): Kysely's migration bookkeeping is
  // looked up there. Left to itself, Kysely finds `kysely_migration_lock` in any schema of the
  // database — another capwatch group's — and then fails to use it in this one.
  let currentSchema: string | undefined;
  try {
    const client = await pool.connect();
    try {
      currentSchema = (await client.query<{ schema: string | null }>("select current_schema() as schema")).rows[0]?.schema ?? undefined;
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    await enginePool.end();
    await pacingPool.end();
    throw new StoreLocationError(`cannot connect to the PostgreSQL store at ${redact(url)}: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db as Kysely<unknown>, "postgres", options.schema ?? currentSchema);
  return new KyselyStore(db, clock, {
    claims: { instance: options.instance ?? instanceName(), leaseMs: options.outboxLeaseMs ?? OUTBOX_LEASE_MS },
    notifySettings: true,
    postgres: true,
    engineDb: new Kysely<Database>({ dialect: new PostgresDialect({ pool: enginePool }) }),
    pacingDb: new Kysely<Database>({ dialect: new PostgresDialect({ pool: pacingPool }) }),
  });
}

function openPool(url: string, options: PostgresStoreOptions, max: number, log: (line: string) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    application_name: options.applicationName ?? "capwatch",
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection the server drops (a restart, a failover, pg_terminate_backend) is an
  // 'error' event on the pool; unheard, Node ends the process. The pool discards that client and
  // opens a new one for the next query, so reporting it is all there is to do here.
  pool.on("error", (error) => log(`PostgreSQL store: a connection was lost (${error.message}); the next query reconnects.`));
  // The pool listens only to idle clients: a client checked out (a query or transaction under
  // way) whose socket breaks (ECONNRESET) emits 'error' to nobody, and Node ends the process — a
  // leader died so when the database went away mid-query (tests/e2e/postgres-restart.test.ts).
  // The query in flight is rejected with the same error and its caller reports it; the pool drops
  // the broken client when it comes back. So here it is only heard.
  pool.on("connect", (client) => client.on("error", () => undefined));
  return pool;
}
