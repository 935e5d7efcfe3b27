// A market-cap alert's chart upload that Slack answers with a 429, then a 500: the real Bolt
// client's files.uploadV2 against the fake Web API. The alert's text is posted once; the chart is
// tried again after the wait Slack asked for, then after the delivery loop's backoff, and arrives;
// the outbox row is delivered only then (kept pending, for the chart alone, until it is).
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import type { Desk } from "../../../src/bot/commands/context.js";
import { slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { testDesk } from "../../helpers/desk.js";
import { pngSize } from "../../helpers/png.js";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("GIVEN Slack refuses a chart upload with a 429 and then a 500", () => {
  it("THEN the text is posted once, the chart is retried with the wait and the backoff and arrives, and the row is delivered only then", async () => {
    let now = Date.parse("2026-01-29T14:31:00Z");
    const clock = () => new Date(now);
    const { engine, store } = await testDesk({ delivers: false, clock });
    await engine.routing.setWatchlist({ channel: "C_MARKETS", platform: "slack", workspace: "T1", tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] });
    const desk: Desk = { engine, store, dataNow: () => now, wallNow: clock, source: "test data", deliveryState: () => "delivering" };
    let uploads = 0;
    h = await slackHarness(desk, {
      clock,
      sleep: async (ms) => void (now += ms),
      prepare: (api) =>
        (api.script = (call) => {
          if (call.method !== "files.getUploadURLExternal") return undefined;
          uploads++;
          if (uploads === 1) return { status: 429, headers: { "retry-after": "3" }, body: { ok: false, error: "ratelimited" } };
          if (uploads === 2) return { status: 500, body: { ok: false, error: "internal_error" } };
          return undefined;
        }),
    });
    const api = h.api;
    await engine.handle({ type: "company", ts: Date.parse("2026-01-01T00:00:00Z"), ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7.43e9 });
    // Two days of quotes: the chart has a history to draw, the second day's open is the drop.
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-28T15:00:00Z"), ticker: "MSFT", price: 478, session: "regular" });
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-28T21:00:00Z"), ticker: "MSFT", price: 480, session: "regular" });
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-29T14:30:00Z"), ticker: "MSFT", price: 400, session: "regular" });
    await engine.flush();
    const pending = () => store.pendingOutbox(10, new Date("2100-01-01"), "slack");

    // First pass: the text is taken, the upload is rate limited.
    await h.slack.flush();
    expect(api.posts().map((p) => p.params.text?.split(":")[0])).toEqual(["MARKET-CAP DROP · MSFT · level 3"]);
    expect(api.sharedFiles("C_MARKETS")).toEqual([]);
    const [waiting] = await pending();
    expect(waiting?.textPostedAt).toBeDefined();
    expect(h.logs.some((l) => l.includes("the chart of alert") && l.includes("(ratelimited); its text is posted, the chart is tried again in 3 s"))).toBe(true);

    // Not before the 3 s Slack asked for.
    now += 2_000;
    await h.slack.flush();
    expect(uploads).toBe(1);

    // Then the chart alone: a 500, so the delivery loop's backoff.
    now += 1_000;
    await h.slack.flush();
    expect(uploads).toBe(2);
    expect(api.posts()).toHaveLength(1);
    expect(await pending()).toHaveLength(1);
    expect(h.logs.some((l) => l.includes("(HTTP 500); its text is posted, the chart is tried again in 2 s"))).toBe(true);

    now += 2_000;
    await h.slack.flush();
    expect(uploads).toBe(3);
    expect(api.posts()).toHaveLength(1);
    const [file] = api.sharedFiles("C_MARKETS");
    expect(pngSize(file!.bytes!)).toEqual({ width: 800, height: 400 });
    expect(file!.bytes!.length).toBe(file!.length);
    expect(await pending()).toEqual([]);
    // The three tries, spaced by the 429's wait and the backoff, all after the one text.
    const tries = api.calls.filter((c) => c.method === "files.getUploadURLExternal").map((c) => c.at);
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(3_000);
    expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(2_000);
    expect(api.posts()[0]!.at).toBeLessThanOrEqual(tries[0]!);
  });
});
