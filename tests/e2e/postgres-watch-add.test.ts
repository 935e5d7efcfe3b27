// A `watch add` on one instance reaches the other's detection: two instances (`node dist/main.js`,
// live, Slack over HTTP) on one PostgreSQL store; the standby takes `/capwatch watch add AMZN`
// from a Slack channel; the leader — the only one polling — reads AMZN's news at its next pass
// (within a minute), raises the capex alert, and it reaches that Slack channel.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "../fakes/discord/fake-discord.js";
import { FakeSlackApi } from "../fakes/slack/fake-web-api.js";
import { signedHeaders, slashCommandBody } from "../fakes/slack/sign.js";
import { PG_URL } from "../helpers/postgres.js";
import { freshSchema, killAll, platformEnv, startInstance, until } from "../helpers/instances.js";
import { providerEnv, startFakeServer, type FakeServer } from "../sources/live/helpers/fake-provider-server.js";

const CHANNEL = "C_NEWS";

let slack: FakeSlackApi | undefined;
let discord: FakeDiscord | undefined;
let news: FakeServer | undefined;
let dropSchema: (() => Promise<void>) | undefined;
afterAll(async () => {
  killAll();
  await slack?.close();
  await discord?.close();
  await news?.close();
  await dropSchema?.();
});

async function raised(port: number | undefined): Promise<number> {
  const page = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return [...page.matchAll(/^capwatch_alerts_raised_total\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
}

describe.skipIf(!PG_URL)("a watch added on one instance, detected on the other (PostgreSQL)", () => {
  it("GIVEN a leader and a standby WHEN a Slack channel adds AMZN through the standby THEN the leader's next news pass raises AMZN's capex alert and it reaches that channel", async () => {
    const schema = await freshSchema("capwatch_e2e_watch");
    dropSchema = schema.drop;
    // The recorded story, dated an hour ago: a ticker's first news poll reads the last 3 days.
    const feed = readFileSync(new URL("../fixtures/providers/yahoo-rss/DERIVED_headline_AMZN_consensus.xml", import.meta.url), "utf8").replace("Thu, 05 Feb 2026 21:40:00 +0000", new Date(Date.now() - 3_600_000).toUTCString());
    news = await startFakeServer({ "/rss/2.0/headline": { body: feed, headers: { "content-type": "application/rss+xml" } } });
    slack = await new FakeSlackApi().start();
    slack.admins.add("U_ADMIN");
    discord = await new FakeDiscord([]).start();
    const { FINNHUB_API_KEY: _key, ...env } = providerEnv(news.url, platformEnv(schema.url(), slack, discord, { YAHOO_BASE_URL: news.url }));

    const a = startInstance(env);
    await until(() => a.output().includes("capwatch: leader: ") && a.port() !== undefined, 30_000, a.output);
    const b = startInstance(env);
    await until(() => b.output().includes("capwatch: standby: ") && b.port() !== undefined, 30_000, b.output);
    const both = () => `A:\n${a.output()}\nB:\n${b.output()}`;
    expect(news.hits.get("/rss/2.0/headline") ?? 0).toBe(0); // nothing watched yet

    const body = slashCommandBody({ text: "watch add AMZN", user_id: "U_ADMIN", channel_id: CHANNEL, response_url: slack.responseUrl("add") });
    const res = await fetch(`http://127.0.0.1:${b.port()}/slack/events`, { method: "POST", body, headers: signedHeaders(body, Math.floor(Date.now() / 1000)) });
    expect(res.status).toBe(200);
    await until(() => slack!.responses.some((r) => r.path.endsWith("/add")), 10_000, both);
    expect(JSON.stringify(slack.responses.find((r) => r.path.endsWith("/add"))?.body)).toContain("AMZN");

    // The leader's news job runs each minute: AMZN's alert reaches the channel.
    const alert = () => (slack!.channels.get(CHANNEL) ?? []).find((m) => m.text?.startsWith("CAPEX GUIDANCE · AMZN FY2026"));
    await until(() => alert() !== undefined, 90_000, both);
    expect(news.hits.get("/rss/2.0/headline")).toBeGreaterThan(0);
    // Detected by the leader (it raised the alert), not by the standby that took the command.
    expect(await raised(a.port())).toBeGreaterThan(0);
    expect(await raised(b.port())).toBe(0);
    expect(b.output()).not.toContain("leader: ");
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would come within a second
    expect((slack.channels.get(CHANNEL) ?? []).filter((m) => m.text === alert()?.text)).toHaveLength(1);

    for (const i of [a, b]) i.child.kill("SIGTERM");
    expect((await a.exited).code).toBe(0);
    expect((await b.exited).code).toBe(0);
  }, 150_000);
});
