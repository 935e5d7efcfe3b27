// Who leads: one instance at a time runs the schedule, the live sources and the engine's detection.
// On PostgreSQL that is whoever holds a session advisory lock, taken on a connection of its own:
// the server releases it when that connection dies (a crash, kill -9, a network loss), so another
// instance's next try takes it over. SQLite is one instance by design: always the leader.
import type pg from "pg";

export interface LeaderLock {
  /** Takes the lock if free (or keeps it); true while this instance leads. Never throws. */
  tryAcquire(): Promise<boolean>;
  /** Whether this instance led at the last try (false as soon as its connection is lost). */
  readonly held: boolean;
  /** Lets go of the lock and its connection. */
  release(): Promise<void>;
}

export interface PostgresLockOptions {
  /** The instance group's schema (tests use one per run); the lock is keyed by it. */
  schema?: string;
  /** Where a lost lock connection is reported. */
  log?: (line: string) => void;
  /** How the lock's connection names itself in pg_stat_activity. */
  applicationName?: string;
}

const CONNECT_TIMEOUT_MS = 10_000;
const QUERY_TIMEOUT_MS = 10_000;

/** The single-instance lock: SQLite, a replay. */
export function soleLeader(): LeaderLock {
  return { held: true, tryAcquire: () => Promise.resolve(true), release: () => Promise.resolve() };
}

/** The lock for a location: an advisory lock on a `postgres://` URL, the sole leader otherwise. */
export function leaderLockFor(location: string, options: PostgresLockOptions = {}): LeaderLock {
  return /^postgres(ql)?:\/\//i.test(location) ? new PostgresLeaderLock(location, options) : soleLeader();
}

export class PostgresLeaderLock implements LeaderLock {
  private client: pg.Client | undefined;
  private holding = false;

  constructor(
    private readonly url: string,
    private readonly options: PostgresLockOptions = {},
  ) {}

  get held(): boolean {
    return this.holding;
  }

  async tryAcquire(): Promise<boolean> {
    try {
      if (this.holding && this.client) {
        // Still leading only while the lock's connection answers (a silent network loss included).
        await this.client.query("select 1");
        return true;
      }
      const client = (this.client ??= await this.connect());
      // Keyed by the schema the connection works in, so instance groups on one server do not collide.
      const result = await client.query<{ locked: boolean }>("select pg_try_advisory_lock(hashtext('capwatch-leader:' || current_schema())) as locked");
      this.holding = result.rows[0]?.locked === true;
    } catch (error) {
      this.options.log?.(`leader lock: ${(error as Error).message}; trying again later`);
      await this.drop();
    }
    return this.holding;
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.holding = false;
    // Ending the session releases its advisory locks.
    await client?.end().catch(() => undefined);
  }

  /** The connection the lock lives on; its loss is the loss of the lock. */
  private async connect(): Promise<pg.Client> {
    // Loaded here, so a SQLite instance (always the leader) never loads the PostgreSQL client.
    const { default: postgres } = await import("pg");
    const client = new postgres.Client({
      connectionString: this.url,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      application_name: this.options.applicationName ?? "capwatch-leader",
      ...(this.options.schema ? { options: `-c search_path=${this.options.schema}` } : {}),
    });
    client.on("error", (error) => {
      if (this.client !== client) return;
      this.options.log?.(`leader lock: its connection was lost (${error.message})`);
      this.client = undefined;
      this.holding = false;
    });
    client.on("end", () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.holding = false;
    });
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  private async drop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.holding = false;
    await client?.end().catch(() => undefined);
  }
}
