// Two `npm start` processes, live, on one PostgreSQL store: one leads (polls the providers), the
// other stands by; the leader killed with SIGKILL, the other takes over within one retry and the
// providers are polled again, by it.
import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import { LEADER_RETRY_MS } from "../../src/app/leadership.js";
import { everyProviderAnswering, providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";

const PG_URL = process.env.TEST_DATABASE_URL;
const schema = `capwatch_e2e_two_${process.pid}_${Date.now()}`;
let server: FakeServer | undefined;
const children: Array<ReturnType<typeof spawn>> = [];

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(query).finally(() => client.end());
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await server?.close();
  if (PG_URL) await admin(`drop schema if exists ${schema} cascade`);
});

function start(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["dist/main.js"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, PORT: "0", ...env } });
  children.push(child);
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  child.stdin.end("");
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, ms: number, what: () => string): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return;
  throw new Error(`timed out; output:\n${what()}`);
}

describe.skipIf(!PG_URL)("two live instances on one PostgreSQL store", () => {
  it("GIVEN two instances THEN one leads and one stands by; the leader killed with SIGKILL, the other takes over within one retry and polls", async () => {
    await admin(`create schema ${schema}`);
    server = await startFakeServer(everyProviderAnswering());
    // The schema rides in the URL, as an operator would give one.
    const store = `${PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const env = providerEnv(server.url, { CAPWATCH_SOURCES: "live", CAPWATCH_STORE: store });

    // #terminal watches AAPL, so the leader polls its quote.
    const seed = await openPostgresStore(PG_URL as string, undefined, { schema });
    await seed.saveWatchlist({ channel: "#terminal", platform: "terminal", tickers: ["AAPL"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    await seed.close();

    const a = start(env);
    await until(() => a.output().includes("capwatch: leader: "), 20_000, a.output);
    const b = start(env);
    await until(() => b.output().includes("capwatch: standby: "), 20_000, b.output);
    expect(b.output()).not.toContain("capwatch: leader: ");

    a.child.kill("SIGKILL");
    await a.exited;
    const killed = Date.now();
    await until(() => b.output().includes("capwatch: leader: taking over"), 3 * LEADER_RETRY_MS, b.output);
    expect(Date.now() - killed).toBeLessThan(LEADER_RETRY_MS + 2_000);
    // The new leader polls: a quote request after the takeover can only be its own.
    const hits = server.hits.get("/finnhub/quote") ?? 0;
    await until(() => (server!.hits.get("/finnhub/quote") ?? 0) > hits, 20_000, b.output);

    b.child.kill("SIGTERM");
    expect(await b.exited).toBe(0);
  }, 60_000);
});
