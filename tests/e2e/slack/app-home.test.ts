// The App Home with the real Bolt against the fake Web API: published on app_home_opened with the
// user's channels of that workspace, an admin's Edit opening a modal, and its submission changing
// the channel's settings through the command layer, with an audit entry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS, type Alert } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { interactionBody, signedHeaders } from "../../fakes/slack/sign.js";
import { testDesk } from "../../helpers/desk.js";

let h: SlackHarness;
let desk: Desk;
let n = 0;

const drop = (channel: string): Alert => ({ channel, kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-29T14:30:00.000Z", level: 2, marketCap: 3.27e12, referenceMarketCap: 3.58e12, changeUsd: -309.4e9, changePct: -8.64 });

beforeAll(async () => {
  const { engine, store } = await testDesk({ delivers: false });
  // watch add takes only tickers capwatch knows: in a desk without live data, the store's companies.
  for (const ticker of ["MSFT", "NVDA", "AAPL", "TSLA", "GOOGL"]) await engine.handle({ type: "company", ticker, sharesOutstanding: 1e9 });
  const base = { platform: "slack" as const, thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] };
  await engine.routing.setWatchlist({ ...base, channel: "C_MARKETS", workspace: "T1", tickers: ["MSFT", "NVDA"] });
  await engine.routing.setWatchlist({ ...base, channel: "C_PRIVATE", workspace: "T1", tickers: ["AAPL"] });
  await engine.routing.setWatchlist({ ...base, channel: "C_T2", workspace: "T2", tickers: ["TSLA"] });
  // A public channel capwatch posts to without being in it (chat:write.public), and a private one
  // it is not in: users.conversations (bot token) lists neither.
  await engine.routing.setWatchlist({ ...base, channel: "C_PUBLIC", workspace: "T1", tickers: ["GOOGL"] });
  await engine.routing.setWatchlist({ ...base, channel: "C_SECRET", workspace: "T1", tickers: ["GOOGL"] });
  await store.recordAlerts([{ alert: drop("C_MARKETS"), dedupe: { channel: "C_MARKETS", key: "k", value: 2 }, platform: "slack" }]);
  desk = { engine, store, dataNow: () => Date.parse("2026-02-13T21:00:00Z"), wallNow: () => new Date("2026-02-16T15:42:00Z"), source: "test data", deliveryState: () => "delivering" };
  h = await slackHarness(desk, {
    prepare: (api) => {
      api.admins.add("U_ADMIN");
      // Both users are in C_MARKETS and in another workspace's channel; neither in C_PRIVATE. The
      // member is also in C_PUBLIC and C_SECRET, two channels the bot is not in.
      api.memberships.set("U_ADMIN", ["C_MARKETS", "C_T2"]);
      api.memberships.set("U_MEMBER", ["C_MARKETS", "C_T2", "C_PUBLIC", "C_SECRET"]);
      api.botChannels = new Set(["C_MARKETS", "C_PRIVATE", "C_T2"]);
      for (const c of ["C_PRIVATE", "C_SECRET"]) api.privateChannels.add(c);
    },
  });
});
afterAll(() => h?.close());

async function post(body: string, contentType: string): Promise<Response> {
  const headers = { ...signedHeaders(body, Math.floor(Date.now() / 1000)), "content-type": contentType };
  return fetch(`${h.base}/slack/events`, { method: "POST", body, headers });
}

async function openHome(user: string, team = "T1"): Promise<{ blocks: Array<Record<string, unknown>> }> {
  const before = h.api.calls.filter((c) => c.method === "views.publish" && c.params.user_id === user).length;
  const event = { token: "t", team_id: team, api_app_id: "A1", type: "event_callback", event_id: `Ev${++n}`, event_time: 1700000000, event: { type: "app_home_opened", user, channel: "D1", tab: "home", event_ts: "1700000000.000100" } };
  expect((await post(JSON.stringify(event), "application/json")).status).toBe(200);
  await h.api.waitFor(() => h.api.calls.filter((c) => c.method === "views.publish" && c.params.user_id === user).length > before);
  return h.api.homes.get(user) as { blocks: Array<Record<string, unknown>> };
}

function submission(user: string, channelMetadata: string, values: Record<string, { value?: string; selected_options?: Array<{ value: string }> }>) {
  return {
    type: "view_submission",
    team: { id: "T1", domain: "test" },
    user: { id: user, username: "ana", name: "ana", team_id: "T1" },
    api_app_id: "A1",
    token: "t",
    trigger_id: "1.2.3",
    view: {
      id: "V_MODAL", team_id: "T1", type: "modal", callback_id: "capwatch_home_edit", private_metadata: channelMetadata, blocks: [], hash: "h", title: { type: "plain_text", text: "Edit settings" },
      state: { values: Object.fromEntries(Object.entries(values).map(([block, v]) => [block, { value: { type: v.selected_options ? "multi_static_select" : "plain_text_input", ...v } }])) },
      app_id: "A1", bot_id: "B1", root_view_id: "V_MODAL", previous_view_id: null, external_id: "", clear_on_close: false, notify_on_close: false,
    },
    response_urls: [],
  };
}

describe("GIVEN a workspace whose channels watch tickers", () => {
  it("WHEN an admin opens the App Home THEN it is published with their channels of this workspace only: settings, last alerts, data, and Edit", async () => {
    const home = await openHome("U_ADMIN");
    const text = JSON.stringify(home.blocks);
    expect(text).toContain("<#C_MARKETS>");
    expect(text).toContain("MSFT, NVDA");
    expect(text).toContain("mcap-pct 5% · mcap-usd $100B · capex-pct 10%");
    expect(text).toContain("MSFT market cap down $309.4B (-8.64%), level 2");
    expect(text).toContain("data: test data");
    expect(text).not.toContain("C_T2"); // another workspace's channel
    expect(text).not.toContain("C_PRIVATE"); // a channel the user is not in
    const edit = home.blocks.find((b) => b.type === "actions") as { elements: Array<{ action_id: string; value: string }> };
    expect(edit.elements).toEqual([expect.objectContaining({ action_id: "capwatch_home:edit", value: "C_MARKETS" })]);
  });

  it("WHEN a member opens it THEN the workspace's capwatch channels they are in, also a public one the bot never joined, and no Edit button", async () => {
    const home = await openHome("U_MEMBER");
    const text = JSON.stringify(home.blocks);
    expect(text).toContain("<#C_MARKETS>");
    // Not listed by users.conversations (the bot is not in it): found through conversations.members.
    expect(text).toContain("<#C_PUBLIC>");
    expect(h.api.calls.some((c) => c.method === "conversations.members" && c.params.channel === "C_PUBLIC")).toBe(true);
    // A private channel the bot is not in: Slack does not say who is there, so it is not shown.
    expect(text).not.toContain("C_SECRET");
    expect(text).not.toContain("C_PRIVATE");
    expect(text).not.toContain("C_T2"); // their other workspace's channel, though they are in it
    expect(home.blocks.some((b) => b.type === "actions")).toBe(false);

    // Opened again within the minute: the same view, and Slack is not asked about each channel again.
    const asked = () => h.api.calls.filter((c) => c.method === "conversations.members" || c.method === "users.conversations").length;
    const before = asked();
    expect(JSON.stringify((await openHome("U_MEMBER")).blocks)).toBe(text);
    expect(asked()).toBe(before);
  });

  it("WHEN someone of the other workspace opens it THEN only that workspace's channels they are in", async () => {
    h.api.memberships.set("U_T2", ["C_T2", "C_MARKETS", "C_PUBLIC"]);
    const text = JSON.stringify((await openHome("U_T2", "T2")).blocks);
    expect(text).toContain("<#C_T2>");
    expect(text).not.toContain("C_MARKETS");
    expect(text).not.toContain("C_PUBLIC");
  });

  it("WHEN an admin clicks Edit THEN a modal opens with the channel's current settings", async () => {
    const payload = { type: "block_actions", user: { id: "U_ADMIN", username: "ana", name: "ana", team_id: "T1" }, api_app_id: "A1", token: "t", container: { type: "view", view_id: "V_HOME" }, trigger_id: "9.9.9", team: { id: "T1", domain: "test" }, view: { id: "V_HOME", type: "home" }, actions: [{ action_id: "capwatch_home:edit", block_id: "b", value: "C_MARKETS", type: "button", action_ts: "1" }] };
    expect((await post(interactionBody(payload), "application/x-www-form-urlencoded")).status).toBe(200);
    const opened = await h.api.waitFor(() => h.api.calls.find((c) => c.method === "views.open"));
    expect(opened.params.trigger_id).toBe("9.9.9");
    const view = JSON.parse(opened.params.view!) as { callback_id: string; private_metadata: string; blocks: Array<{ block_id?: string; element?: { initial_value?: string } }> };
    expect(view.callback_id).toBe("capwatch_home_edit");
    expect(JSON.parse(view.private_metadata)).toEqual({ channel: "C_MARKETS" });
    expect(view.blocks.find((b) => b.block_id === "mcap_usd")?.element?.initial_value).toBe("$100B");
  });

  it("WHEN the modal is submitted with a new threshold and a ticker THEN the settings change with audit entries and the Home is published again", async () => {
    const publishes = h.api.calls.filter((c) => c.method === "views.publish").length;
    const body = submission("U_ADMIN", JSON.stringify({ channel: "C_MARKETS" }), { watch_add: { value: "googl" }, mcap_pct: { value: "4" }, mcap_usd: { value: "$100B" }, capex_pct: { value: "10" } });
    const res = await post(interactionBody(body), "application/x-www-form-urlencoded");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    await h.api.waitFor(() => h.api.calls.filter((c) => c.method === "views.publish").length > publishes);
    const w = desk.engine.routing.watchlistOf("C_MARKETS")!;
    expect(w.thresholds.mcapDropPct).toBe(4);
    expect([...(w.tickers as Set<string>)].sort()).toEqual(["GOOGL", "MSFT", "NVDA"]);
    expect((await desk.store.recentAudit("C_MARKETS", 10)).map((e) => [e.action, e.userId]).sort()).toEqual([["thresholds set", "U_ADMIN"], ["watch add", "U_ADMIN"]]);
    expect(JSON.stringify(h.api.homes.get("U_ADMIN"))).toContain("mcap-pct 4%");
  });

  it("WHEN a submission holds a wrong value THEN Slack gets the message under that field and nothing changes", async () => {
    const before = await desk.store.recentAudit("C_MARKETS", 10);
    const res = await post(interactionBody(submission("U_ADMIN", JSON.stringify({ channel: "C_MARKETS" }), { mcap_pct: { value: "lots" } })), "application/x-www-form-urlencoded");
    const answer = (await res.json()) as { response_action: string; errors: Record<string, string> };
    expect(answer.response_action).toBe("errors");
    expect(Object.keys(answer.errors)).toEqual(["mcap_pct"]);
    expect(answer.errors.mcap_pct).toMatch(/lots/);
    expect(await desk.store.recentAudit("C_MARKETS", 10)).toEqual(before);
  });

  it("WHEN an admin's submission adds a ticker capwatch does not know THEN nothing is added and the admin is told why in the app's messages", async () => {
    const before = await desk.store.recentAudit("C_MARKETS", 10);
    const res = await post(interactionBody(submission("U_ADMIN", JSON.stringify({ channel: "C_MARKETS" }), { watch_add: { value: "ZZZZ" } })), "application/x-www-form-urlencoded");
    expect(res.status).toBe(200);
    const told = await h.api.waitFor(() => h.api.calls.find((c) => c.method === "chat.postMessage" && c.params.channel === "U_ADMIN"));
    expect(told.params.text).toContain("ZZZZ is not a ticker capwatch knows");
    expect([...(desk.engine.routing.watchlistOf("C_MARKETS")!.tickers as Set<string>)]).not.toContain("ZZZZ");
    expect(await desk.store.recentAudit("C_MARKETS", 10)).toEqual(before);
  });

  it("WHEN a submission names another workspace's channel, or a member submits THEN nothing changes there", async () => {
    const forged = await post(interactionBody(submission("U_ADMIN", JSON.stringify({ channel: "C_T2" }), { watch_add: { value: "IBM" } })), "application/x-www-form-urlencoded");
    expect(((await forged.json()) as { response_action: string }).response_action).toBe("errors");
    expect([...(desk.engine.routing.watchlistOf("C_T2")!.tickers as Set<string>)]).toEqual(["TSLA"]);
    expect(await desk.store.recentAudit("C_T2", 10)).toEqual([]);

    const before = await desk.store.recentAudit("C_MARKETS", 10);
    const member = await post(interactionBody(submission("U_MEMBER", JSON.stringify({ channel: "C_MARKETS" }), { watch_add: { value: "IBM" } })), "application/x-www-form-urlencoded");
    expect(await member.json()).toEqual({ response_action: "errors", errors: { watch_add: "Only admins can change this channel's settings; nothing was changed." } });
    expect([...(desk.engine.routing.watchlistOf("C_MARKETS")!.tickers as Set<string>)]).not.toContain("IBM");
    expect(await desk.store.recentAudit("C_MARKETS", 10)).toEqual(before);
  });
});
