// The database restarting under two instances: a TCP proxy the test controls stands between them
// and PostgreSQL (the machine's server is never touched). The proxy drops every connection and
// refuses new ones for a while, then lets them in again. Meanwhile alerts keep arriving in the
// outbox (written straight to the database, as a leader on another network would). Deliveries
// pause while the database is away and resume when it is back: nothing lost, nothing twice, the
// per-channel order kept, both processes alive, one leader again, and alerts written afterwards
// go out too.
import { afterAll, describe, expect, it } from "vitest";
import type { Alert, Platform } from "../../src/alerts/types.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Store } from "../../src/store/store.js";
import { FakeDiscord } from "../fakes/discord/fake-discord.js";
import { GUILD } from "../fakes/discord/interactions.js";
import { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { PG_URL } from "../helpers/postgres.js";
import { DISCORD_CHANNEL, SLACK_CHANNEL, freshSchema, killAll, pendingRows, platformEnv, startInstance, until, type Instance } from "../helpers/instances.js";
import { TcpProxy } from "../helpers/tcp-proxy.js";
import { providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";

const OUTAGE_MS = 8_000;

let slack: FakeSlackApi | undefined;
let discord: FakeDiscord | undefined;
let providers: FakeServer | undefined;
let proxy: TcpProxy | undefined;
let writer: Store | undefined;
let dropSchema: (() => Promise<void>) | undefined;
afterAll(async () => {
  killAll();
  await writer?.close();
  await proxy?.close();
  await slack?.close();
  await discord?.close();
  await providers?.close();
  await dropSchema?.();
});

const drop = (channel: string, level: number): Alert => ({ channel, kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-29T14:30:00.000Z", level, marketCap: 3.27e12 - level * 1e9, referenceMarketCap: 3.58e12, changeUsd: -3.09e11 - level * 1e9, changePct: -8.64 - level / 100 });

async function leaders(instances: Instance[]): Promise<number> {
  let sum = 0;
  for (const i of instances) {
    const page = await (await fetch(`http://127.0.0.1:${i.port()}/metrics`, { signal: AbortSignal.timeout(3000) })).text();
    sum += Number(/^capwatch_leader (\d+)$/m.exec(page)?.[1] ?? 0);
  }
  return sum;
}

describe.skipIf(!PG_URL)("the database restarting under two instances (PostgreSQL behind a proxy)", () => {
  it(`GIVEN two instances and a ${OUTAGE_MS / 1000} s outage of every connection THEN deliveries pause and resume, nothing lost or sent twice, one leader again`, async () => {
    const schema = await freshSchema("capwatch_e2e_restart");
    dropSchema = schema.drop;
    writer = await openPostgresStore(PG_URL as string, undefined, { schema: schema.schema, instance: "writer" });
    const watch = { tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] };
    await writer.saveWatchlist({ channel: SLACK_CHANNEL, platform: "slack", workspace: "T1", ...watch });
    await writer.saveWatchlist({ channel: DISCORD_CHANNEL, platform: "discord", workspace: GUILD, ...watch });
    let level = 0;
    const write = async (n: number) => {
      const alerts = [];
      for (let i = 0; i < n; i++) {
        level++;
        for (const [channel, platform] of [[SLACK_CHANNEL, "slack"], [DISCORD_CHANNEL, "discord"]] as Array<[string, Platform]>) {
          alerts.push({ alert: drop(channel, level), platform, dedupe: { channel, key: `k${level}`, value: level } });
        }
      }
      await writer!.recordAlerts(alerts);
    };

    slack = await new FakeSlackApi().start();
    discord = await new FakeDiscord([GUILD]).start();
    providers = await startFakeServer();
    const pg = new URL(PG_URL as string);
    proxy = await new TcpProxy({ host: pg.hostname, port: Number(pg.port || 5432) }).start();
    const env = providerEnv(providers.url, platformEnv(schema.url(proxy.urlFor(PG_URL as string)), slack, discord));
    const a = startInstance(env);
    await until(() => a.output().includes("capwatch: leader: ") && a.port() !== undefined, 30_000, a.output);
    const b = startInstance(env);
    await until(() => b.output().includes("capwatch: standby: ") && b.port() !== undefined, 30_000, b.output);
    const both = () => `A:\n${a.output()}\nB:\n${b.output()}`;

    const slackTexts = () => (slack!.channels.get(SLACK_CHANNEL) ?? []).map((m) => m.text ?? "");
    const discordCount = () => (discord!.channels.get(DISCORD_CHANNEL) ?? []).length;
    const delivered = (n: number) => () => slackTexts().length >= n && discordCount() >= n;

    await write(3);
    await until(delivered(3), 30_000, both);

    // The database goes away: every connection dropped, new ones refused.
    await proxy.cut();
    const before = { slack: slackTexts().length, discord: discordCount() };
    await write(3); // straight to the database: the instances cannot see it yet
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    expect({ slack: slackTexts().length, discord: discordCount() }).toEqual(before); // paused
    expect([a.child.exitCode, b.child.exitCode], both()).toEqual([null, null]); // and alive
    await proxy.restore();

    // Back: what waited goes out, a leader is there again, and what comes next goes out too.
    await until(delivered(6), 60_000, both);
    for (const end = Date.now() + 30_000; (await leaders([a, b]).catch(() => -1)) !== 1 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 500));
    expect(await leaders([a, b])).toBe(1);
    await write(2);
    await until(delivered(8), 60_000, both);
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would come within a second

    const expectedTexts = Array.from({ length: 8 }, (_, i) => expect.stringContaining(`level ${i + 1}`));
    expect(slackTexts()).toEqual(expectedTexts); // each once, in order
    const levels = (discord.channels.get(DISCORD_CHANNEL) ?? []).map((m) => JSON.stringify(m.embeds).match(/level (\d+)/i)?.[1]);
    expect(levels).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(await pendingRows(schema.schema)).toBe(0);
    expect(proxy.accepted).toBeGreaterThan(0);

    for (const i of [a, b]) i.child.kill("SIGTERM");
    expect((await a.exited).code).toBe(0);
    expect((await b.exited).code).toBe(0);
  }, 240_000);
});
