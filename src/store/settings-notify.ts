// Settings changed on one instance (watchlists, thresholds, kinds, mutes, consensus) reach the
// others within a second: the store NOTIFYs a channel after each settings write, and every
// instance LISTENs on a connection of its own and reloads its settings when told. New outbox rows
// are announced the same way, so every instance's delivery loops take them at once. The payload
// is the schema written to, so instance groups sharing a server ignore each other.
import pg from "pg";
import { OUTBOX_CHANNEL, SETTINGS_CHANNEL } from "./settings-channel.js";

const CONNECT_TIMEOUT_MS = 10_000;
/** After a lost listening connection: reconnect, then reload once (notifications may have been missed). */
const RECONNECT_MS = 1_000;

export interface SettingsListener {
  close(): Promise<void>;
}

export interface ListenOptions {
  schema?: string;
  log?: (line: string) => void;
}

/**
 * Calls `changed` after each settings notification for this schema (coalesced: one reload runs
 * at a time, and one more follows if notifications came meanwhile). Resolves once listening.
 */
export function listenForSettings(url: string, changed: () => Promise<void>, options: ListenOptions = {}): Promise<SettingsListener> {
  return listenOn(url, { channel: SETTINGS_CHANNEL, what: "settings from other instances" }, changed, options);
}

/** Calls `inserted` after outbox rows are written to this schema (by any instance, this one too), and after a reconnection. */
export function listenForOutbox(url: string, inserted: () => Promise<void>, options: ListenOptions = {}): Promise<SettingsListener> {
  return listenOn(url, { channel: OUTBOX_CHANNEL, what: "new outbox rows" }, inserted, options);
}

async function listenOn(url: string, on: { channel: string; what: string }, changed: () => Promise<void>, options: ListenOptions): Promise<SettingsListener> {
  const log = options.log ?? (() => undefined);
  const what = on.what;
  let closed = false;
  let client: pg.Client | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const reload = () => {
    if (running) {
      again = true;
      return;
    }
    running = changed()
      .catch((error: unknown) => log(`${what}: reload failed (${(error as Error).message})`))
      .finally(() => {
        running = undefined;
        if (again && !closed) {
          again = false;
          reload();
        }
      });
  };

  const connect = async (): Promise<void> => {
    if (closed) return;
    const next = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: on.channel === SETTINGS_CHANNEL ? "capwatch-settings" : "capwatch-outbox",
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const lost = (why: string) => {
      if (client !== next || closed) return;
      client = undefined;
      log(`${what}: listening connection lost (${why}); reconnecting`);
      setTimeout(() => void connect().then(reload, () => undefined), RECONNECT_MS);
    };
    next.on("error", (error) => lost(error.message));
    next.on("end", () => lost("closed"));
    try {
      await next.connect();
      const schema = (await next.query<{ schema: string }>("select current_schema() as schema")).rows[0]?.schema;
      next.on("notification", (message) => {
        if (message.channel === on.channel && message.payload === schema) reload();
      });
      await next.query(`listen ${on.channel}`);
      client = next;
    } catch (error) {
      await next.end().catch(() => undefined);
      if (closed) return;
      log(`${what}: cannot listen (${(error as Error).message}); trying again`);
      setTimeout(() => void connect().then(reload, () => undefined), RECONNECT_MS);
    }
  };

  await connect();
  return {
    async close() {
      closed = true;
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
      await running;
    },
  };
}
