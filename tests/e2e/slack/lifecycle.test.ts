// Slack telling capwatch it was uninstalled: that workspace's channels stop receiving and keep
// their history; an event about another workspace changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../../src/alerts/engine.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import type { Store } from "../../../src/store/store.js";
import { slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { signedHeaders } from "../../fakes/slack/sign.js";
import { testDesk } from "../../helpers/desk.js";

let h: SlackHarness;
let store: Store;
let engine: Engine;

const watch = (channel: string, workspace: string) =>
  engine.routing.setWatchlist({ channel, platform: "slack", workspace, tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });

async function event(teamId: string, type: string, extra: object = {}) {
  const body = JSON.stringify({ type: "event_callback", team_id: teamId, api_app_id: "A1", event_id: `Ev${Math.random()}`, event_time: 1, event: { type, ...extra } });
  const res = await fetch(`${h.base}/slack/events`, { method: "POST", body, headers: { ...signedHeaders(body, Math.floor(Date.now() / 1000)), "content-type": "application/json" } });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  ({ store, engine } = await testDesk({ delivers: false }));
  await engine.handle({ type: "company", ticker: "MSFT", sharesOutstanding: 7_433_000_000 });
  await watch("C_GONE", "T_GONE");
  await watch("C_STAYS", "T_STAYS");
  const desk: Desk = { engine, store, dataNow: () => engine.market.dataTime() ?? 0, wallNow: () => new Date(), source: "test", deliveryState: () => "" };
  h = await slackHarness(desk);
});
afterAll(async () => {
  await h?.close();
  await store?.close();
});

describe("GIVEN two workspaces' channels watching MSFT", () => {
  it("WHEN one workspace uninstalls capwatch THEN only its channel stops; its alert stays in history and the outbox; the other gets it", async () => {
    await event("T_GONE", "app_uninstalled");
    const stopped = async () => (await store.channelStatuses("slack")).find((s) => s.channel === "C_GONE")?.state === "stopped";
    for (let i = 0; i < 100 && !(await stopped()); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await stopped()).toBe(true);

    await engine.handle({ type: "quote", ts: Date.parse("2026-01-28T21:00:00Z"), ticker: "MSFT", price: 481.63, session: "regular" });
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-29T14:30:00Z"), ticker: "MSFT", price: 440, session: "regular" });
    await h.api.waitFor(() => h.api.posts().find((p) => p.params.channel === "C_STAYS"), 5_000);
    await h.slack.flush();
    expect(h.api.posts().map((p) => p.params.channel)).toEqual(["C_STAYS"]);
    expect(await store.recentAlerts("C_GONE", 5)).toHaveLength(1);
    expect((await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "slack")).map((e) => e.channel)).toEqual(["C_GONE"]);
    expect(h.slack.deliveryState("C_GONE")).toMatch(/^stopped/);
  });
});
