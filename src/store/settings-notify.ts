// Settings changed on one instance (watchlists, thresholds, kinds, mutes, consensus) reach the
// others within a second: the store NOTIFYs a channel after each settings write, and every
// instance LISTENs on a connection of its own and reloads its settings when told. The payload is
// the schema written to, so instance groups sharing a server ignore each other.
import pg from "pg";
import { SETTINGS_CHANNEL } from "./settings-channel.js";

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
export async function listenForSettings(url: string, changed: () => Promise<void>, options: ListenOptions = {}): Promise<SettingsListener> {
  const log = options.log ?? (() => undefined);
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
      .catch((error: unknown) => log(`settings from other instances: reload failed (${(error as Error).message})`))
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
      application_name: "capwatch-settings",
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const lost = (why: string) => {
      if (client !== next || closed) return;
      client = undefined;
      log(`settings from other instances: listening connection lost (${why}); reconnecting`);
      setTimeout(() => void connect().then(reload, () => undefined), RECONNECT_MS);
    };
    next.on("error", (error) => lost(error.message));
    next.on("end", () => lost("closed"));
    try {
      await next.connect();
      const schema = (await next.query<{ schema: string }>("select current_schema() as schema")).rows[0]?.schema;
      next.on("notification", (message) => {
        if (message.channel === SETTINGS_CHANNEL && message.payload === schema) reload();
      });
      await next.query(`listen ${SETTINGS_CHANNEL}`);
      client = next;
    } catch (error) {
      await next.end().catch(() => undefined);
      if (closed) return;
      log(`settings from other instances: cannot listen (${(error as Error).message}); trying again`);
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
