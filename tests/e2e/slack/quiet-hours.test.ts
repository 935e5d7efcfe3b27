// Quiet hours on Slack, end to end with the real Bolt and the fake Web API: an admin sets them
// through the command layer, the drops raised at night are held (no chat.postMessage), and when the
// window ends on the test's clock the channel gets one message, the summary, and nothing else.
import { DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import { afterEach, describe, expect, it } from "vitest";
import type { Desk } from "../../../src/bot/commands/context.js";
import { slackHarness, type SlackHarness } from "../../fakes/slack/slack-harness.js";
import { answerCommand } from "../../../src/bot/commands/handle-command.js";
import { testDesk } from "../../helpers/desk.js";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const quote = (iso: string, ticker: string, price: number) => ({ type: "quote" as const, ts: Date.parse(iso), ticker, price, session: "regular" as const });

describe("GIVEN a Slack channel with quiet hours 22:00-07:00 ET", () => {
  it("WHEN three drops come in at night THEN nothing is posted until 07:00 ET, then one summary message, largest first, and the outbox is empty", async () => {
    let now = Date.parse("2026-01-29T20:00:00Z"); // 15:00 ET Thursday
    const clock = () => new Date(now);
    const { engine, store } = await testDesk({ delivers: false, clock });
    for (const [ticker, shares] of [["MSFT", 7.433e9], ["NVDA", 24.3e9]] as const) await engine.handle({ type: "company", ticker, sharesOutstanding: shares });
    await engine.routing.setWatchlist({ channel: "C_MARKETS", platform: "slack", workspace: "T1", tickers: ["MSFT", "NVDA"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: ["mcap_drop"] });
    const desk: Desk = { engine, store, dataNow: () => now, wallNow: clock, source: "test data", deliveryState: () => "delivering" };
    h = await slackHarness(desk, { clock, sleep: async (ms) => void (now += ms) });

    // Set through the command layer the slash command runs (Bolt checks a request's signature
    // time against the real clock, so this test's 2026-01-29 cannot sign one).
    const admin = { channel: "C_MARKETS", platform: "slack" as const, workspace: "T1", userId: "U_ADMIN", isAdmin: true };
    expect((await answerCommand("quiet 22:00-07:00", admin, desk)).title).toBe("Quiet hours set");
    expect((await store.recentAudit("C_MARKETS", 5)).map((a) => a.action)).toContain("quiet");

    await engine.handle(quote("2026-01-29T20:59:00Z", "MSFT", 480));
    await engine.handle(quote("2026-01-29T20:59:00Z", "NVDA", 190));
    now = Date.parse("2026-01-30T11:00:00Z");
    await engine.handle(quote("2026-01-30T09:00:00Z", "MSFT", 440)); // 04:00 ET Friday: -8.3 %
    await engine.handle(quote("2026-01-30T10:00:00Z", "NVDA", 170)); // 05:00 ET: -10.5 %, level 2
    await engine.handle(quote("2026-01-30T11:00:00Z", "MSFT", 380)); // 06:00 ET: -20.8 %, level 3
    await engine.flush();
    expect((await store.recentAlerts("C_MARKETS", 10)).length).toBe(3);

    now = Date.parse("2026-01-30T11:59:00Z"); // 06:59 ET: still quiet
    await h.slack.flush();
    expect(h.api.posts()).toEqual([]);
    expect(await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "slack")).toHaveLength(3);

    now = Date.parse("2026-01-30T12:00:00Z"); // 07:00 ET: the window ends
    await h.slack.flush();
    const posts = h.api.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.params.channel).toBe("C_MARKETS");
    expect(posts[0]?.params.text).toMatch(/^QUIET HOURS SUMMARY · 3 alerts/);
    const blocks = posts[0]?.params.blocks ?? "";
    expect(blocks).toContain("3 alerts came in during quiet hours (Fri, Jan 30, 2026, 04:00 ET to Fri, Jan 30, 2026, 06:00 ET): 3 market-cap drops.");
    // Largest first: MSFT's level 3, NVDA's level 2, MSFT's level 1.
    expect(blocks.indexOf("MSFT market cap down $743")).toBeGreaterThan(-1);
    expect(blocks.indexOf("MSFT market cap down $743")).toBeLessThan(blocks.indexOf("NVDA market cap down"));
    // A summary is one message: no alert's chart is uploaded after it.
    expect(h.api.calls.filter((c) => c.method.startsWith("files."))).toEqual([]);
    expect(await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "slack")).toEqual([]);

    // After the window, an alert posts on its own again.
    await engine.handle(quote("2026-01-30T14:30:00Z", "NVDA", 130));
    await engine.flush();
    now = Date.parse("2026-01-30T14:31:00Z");
    await h.slack.flush();
    expect(h.api.posts().map((p) => p.params.text?.split(":")[0])).toEqual([expect.stringMatching(/^QUIET HOURS SUMMARY/), "MARKET-CAP DROP · NVDA · level 4"]);
  });
});
