// Built capwatch processes (`node dist/main.js`) for the fault tests on PostgreSQL: each on a schema
// of its own run, pointed at the fake Slack, the fake Discord and the fake providers; and the
// bundled episode's alerts seeded into that schema's outbox.
import { spawn, type ChildProcess } from "node:child_process";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { replayPolicy } from "../../src/app/replay-policy.js";
import { runReplay } from "../../src/sources/replay/run-replay.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { OutboxEntry } from "../../src/store/store.js";
import { APP_ID, FAKE_TOKEN, type FakeDiscord } from "../fakes/discord/fake-discord.js";
import { GUILD } from "../fakes/discord/interactions.js";
import type { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { SIGNING_SECRET } from "../fakes/slack/sign.js";
import { EPISODE, testDesk } from "./desk.js";
import { PG_URL, admin } from "./postgres.js";

export const EPISODE_TICKERS = ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"];
export const SLACK_CHANNEL = "C_DESK";
export const DISCORD_CHANNEL = "1300000000000000031";

export interface Instance {
  child: ChildProcess;
  output(): string;
  /** The port of its HTTP server (health, metrics, Slack), once it said so. */
  port(): number | undefined;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: ChildProcess[] = [];

/** Kills whatever the test left running. */
export function killAll(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

export function startInstance(env: Record<string, string>): Instance {
  const child = spawn(process.execPath, ["dist/main.js"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PORT: "0", ...env } });
  started.push(child);
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return {
    child,
    output: () => out,
    port: () => {
      const m = /health on http:\/\/localhost:(\d+)\/healthz/.exec(out);
      return m ? Number(m[1]) : undefined;
    },
    exited,
  };
}

export async function until(check: () => boolean, ms: number, what: () => string): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return;
  throw new Error(`timed out; output:\n${what()}`);
}

/** A fresh schema on the test PostgreSQL; `url` reaches it as an operator's CAPWATCH_STORE would (via `base`, the server by default). */
export async function freshSchema(prefix: string): Promise<{ schema: string; url: (base?: string) => string; drop(): Promise<void> }> {
  const schema = `${prefix}_${process.pid}_${Date.now()}`;
  await admin((c) => c.query(`create schema ${schema}`));
  return {
    schema,
    url: (base = PG_URL as string) => `${base}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: () => admin((c) => c.query(`drop schema if exists ${schema} cascade`)).then(() => undefined),
  };
}

/** The environment of an instance live on `store`, delivering to the fakes (Slack over HTTP, with its signing secret). */
export function platformEnv(store: string, slack: FakeSlackApi, discord: FakeDiscord, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CAPWATCH_SOURCES: "live",
    CAPWATCH_STORE: store,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: discord.apiUrl,
    ...extra,
  };
}

/** The episode's alerts in the schema's outbox for a Slack and a Discord channel watching it (and #markets). */
export async function seedEpisode(schema: string): Promise<{ slack: OutboxEntry[]; discord: OutboxEntry[] }> {
  const store = await openPostgresStore(PG_URL as string, undefined, { schema, instance: "seed" });
  try {
    const desk = await testDesk({ store, delivers: false });
    const watch = { tickers: EPISODE_TICKERS, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] };
    await desk.engine.routing.setWatchlist({ channel: SLACK_CHANNEL, platform: "slack", workspace: "T1", ...watch });
    await desk.engine.routing.setWatchlist({ channel: DISCORD_CHANNEL, platform: "discord", workspace: GUILD, ...watch });
    await runReplay(EPISODE, desk.engine, { policy: replayPolicy(desk.engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
    await desk.engine.checkpoint();
    // Read without claiming: a plain select, so the instances find every row free.
    const pending = await admin(async (c) => (await c.query<{ id: number; alert_id: number; platform: string; payload: string }>(`select o.id, o.alert_id, o.platform, a.payload from ${schema}.outbox o join ${schema}.alerts a on a.id = o.alert_id where o.status = 'pending' order by o.id`)).rows);
    const entries = pending.map((r) => ({ id: r.id, alertId: r.alert_id, platform: r.platform, alert: JSON.parse(r.payload) }) as OutboxEntry);
    return { slack: entries.filter((e) => e.platform === "slack"), discord: entries.filter((e) => e.platform === "discord") };
  } finally {
    await store.close();
  }
}

/** Rows still pending in the schema's outbox, of these platforms or all (a plain select: nobody's claim changes). */
export async function pendingRows(schema: string, platforms?: string[]): Promise<number> {
  const only = platforms ? ` and platform = any($1)` : "";
  return admin(async (c) => Number((await c.query<{ n: string }>(`select count(*) as n from ${schema}.outbox where status = 'pending'${only}`, platforms ? [platforms] : [])).rows[0]?.n));
}
