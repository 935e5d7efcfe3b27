import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { alertViewBlocks } from "../../../src/bot/slack/blocks/alert-blocks.js";
import { alertView } from "../../../src/alerts/views/alert-view.js";
import { replayPolicy } from "../../../src/app/replay-policy.js";
import { runReplay } from "../../../src/sources/replay/run-replay.js";
import type { Script } from "../../fakes/slack/fake-web-api.js";
import { manualTime, slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { EPISODE, testDesk } from "../../helpers/desk.js";

const EPISODE_TICKERS = ["MSFT", "META", "GOOGL", "AMZN", "NVDA", "ORCL", "AAPL", "TSLA"];
let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The bundled episode replayed with `channels` subscribed from Slack, delivered to the fake. */
async function slackEpisode(channels: string[], script?: Script) {
  const { store, engine } = await testDesk({ delivers: false });
  for (const channel of channels) {
    await engine.routing.setWatchlist({ channel, platform: "slack", workspace: "T1", tickers: EPISODE_TICKERS, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
  }
  const time = manualTime();
  const desk: Desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: time.clock, source: "replay of the episode", deliveryState: () => "terminal" };
  h = await slackHarness(desk, { clock: time.clock, sleep: time.sleep, prepare: (api) => script && (api.script = script) });
  await runReplay(EPISODE, engine, { policy: replayPolicy(engine), onProblem: (p) => { throw new Error(`episode line ${p.line}: ${p.reason}`); } });
  await h.slack.flush();
  const alertsOf = async (channel: string) => (await store.recentAlerts(channel, 1000)).reverse().map((s) => s.alert);
  const pendingIn = async (channel: string) => (await store.pendingOutbox(10_000, new Date("2100-01-01"), "slack")).filter((e) => e.channel === channel);
  return { store, engine, time, api: h.api, slack: h.slack, logs: h.logs, alertsOf, pendingIn };
}

describe("Slack delivery from the outbox", () => {
  it("GIVEN the bundled episode and a Slack channel watching it THEN every alert reaches chat.postMessage once, in order, with its blocks, one a second", async () => {
    const run = await slackEpisode(["C_MARKETS"]);
    const stored = (await run.store.recentAlerts("C_MARKETS", 1000)).reverse();
    const alerts = stored.map((s) => s.alert);
    expect(alerts).toHaveLength(32);
    const posts = run.api.posts();
    const nameOf = (t: string) => run.engine.market.companyName(t);
    expect(posts.map((p) => p.params.channel)).toEqual(alerts.map(() => "C_MARKETS"));
    for (const [i, post] of posts.entries()) {
      // Each with its buttons, the Acknowledge button carrying the alert's id.
      const expected = alertViewBlocks(alertView(alerts[i]!, nameOf, { id: stored[i]!.id }), "replay of the episode");
      expect(JSON.parse(post.params.blocks!)).toEqual(expected.blocks);
      expect(post.params.text).toBe(expected.text);
      expect(post.params).not.toHaveProperty("link_names");
      expect(post.params).not.toHaveProperty("parse");
      expect(post.authorization).toBe("Bearer xoxb-test");
    }
    const msft = posts.find((p) => p.params.text?.startsWith("MARKET-CAP DROP · MSFT · level 2"));
    expect(msft?.params.text).toBe("MARKET-CAP DROP · MSFT · level 2: Microsoft (MSFT) lost $309.4B of market value (-8.64%) against the reference close.");
    expect(JSON.parse(msft!.params.blocks!)).toContainEqual({
      type: "section",
      fields: [
        { type: "mrkdwn", text: "*After*\nreporting Q2-2026 results: EPS $4.14 (+4.28% vs estimate), on Wed, Jan 28, 16:05 ET", verbatim: true },
        { type: "mrkdwn", text: "*Market-cap change*\n-$309.4B (-8.64%)", verbatim: true },
        { type: "mrkdwn", text: "*Market cap*\n$3.27T, was $3.58T (est.)", verbatim: true },
        { type: "mrkdwn", text: "*Price*\n$440.00 (regular session)", verbatim: true },
        { type: "mrkdwn", text: "*Level*\n2: twice your $100B threshold", verbatim: true },
      ],
    });
    // Amazon's after-hours fall followed its FY2026 guidance: it is posted in that alert's thread.
    const guidanceIndex = posts.findIndex((p) => p.params.text?.startsWith("CAPEX GUIDANCE · AMZN FY2026"));
    const guidanceTs = run.api.channels.get("C_MARKETS")?.[guidanceIndex]?.ts;
    const fall = posts.find((p) => p.params.text?.startsWith("MARKET-CAP DROP · AMZN · level 2"));
    expect(guidanceTs).toBeDefined();
    expect(fall?.params.thread_ts).toBe(guidanceTs);
    expect(fall!.params.blocks).toContain("*After*\\nguiding FY2026 capex $200B, +36.43% vs consensus, at 16:05 ET");
    expect(posts.filter((p) => p.params.thread_ts !== undefined).map((p) => p.params.text?.split(":")[0])).toEqual([
      "MARKET-CAP DROP · MSFT · level 1",
      "MARKET-CAP DROP · MSFT · level 2",
      "MARKET-CAP DROP · MSFT · level 3",
      "MARKET-CAP DROP · GOOGL · level 2",
      "MARKET-CAP DROP · AMZN · level 2",
    ]);
    const meta = posts.find((p) => p.params.text?.startsWith("CAPEX GUIDANCE · META FY2026"));
    expect(meta?.params.blocks).toContain("We expect 2026 capital expenditures");
    const gaps = posts.slice(1).map((p, i) => p.at - posts[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
    expect(await run.pendingIn("C_MARKETS")).toEqual([]);
  });

  it("GIVEN a 429 with Retry-After: 2 THEN delivery waits 2 s and delivers, nothing lost, nothing doubled", async () => {
    let limited = false;
    const run = await slackEpisode(["C_MARKETS"], (call) => {
      if (call.method !== "chat.postMessage" || limited) return undefined;
      limited = true;
      return { status: 429, headers: { "retry-after": "2" }, body: { ok: false, error: "ratelimited" } };
    });
    const posts = run.api.posts();
    const alerts = await run.alertsOf("C_MARKETS");
    expect(posts).toHaveLength(alerts.length + 1);
    expect(posts[1]!.params.text).toBe(posts[0]!.params.text);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(run.time.sleeps).toContain(2000);
    expect(new Set(posts.slice(1).map((p) => p.params.text)).size).toBe(alerts.length);
    expect(await run.pendingIn("C_MARKETS")).toEqual([]);
    expect(run.logs).toContain("slack: C_MARKETS: ratelimited; retrying in 2 s");
  });

  it("GIVEN channel_not_found for one channel THEN only that channel is paused, its alerts stay in the outbox, the other gets all", async () => {
    const run = await slackEpisode(["C_GONE", "C_OK"], (call) =>
      call.method === "chat.postMessage" && call.params.channel === "C_GONE" ? { body: { ok: false, error: "channel_not_found" } } : undefined,
    );
    const posts = run.api.posts();
    expect(posts.filter((p) => p.params.channel === "C_GONE")).toHaveLength(1);
    expect(posts.filter((p) => p.params.channel === "C_OK")).toHaveLength(32);
    expect(await run.pendingIn("C_GONE")).toHaveLength(32);
    expect(await run.pendingIn("C_OK")).toEqual([]);
    expect(await run.store.channelStatuses("slack")).toEqual([expect.objectContaining({ channel: "C_GONE", state: "paused", reason: "channel_not_found" })]);
    expect(run.slack.deliveryState("C_GONE")).toBe("paused: channel_not_found");
    expect(run.slack.deliveryState("C_OK")).toBe("delivering to Slack");
  });

  it("GIVEN invalid_auth THEN the Slack side stops with a clear message and every alert stays in the outbox", async () => {
    const run = await slackEpisode(["C_MARKETS"], (call) => (call.method === "chat.postMessage" ? { body: { ok: false, error: "invalid_auth" } } : undefined));
    expect(run.api.posts()).toHaveLength(1);
    expect(await run.pendingIn("C_MARKETS")).toHaveLength(32);
    expect(run.logs.some((l) => l.includes("Slack refused the bot token (invalid_auth)") && l.includes("SLACK_BOT_TOKEN"))).toBe(true);
  });
});
