// Quiet hours end to end: an admin sets them, alerts raised in the window are recorded and held
// in the outbox (nothing posted, nothing lost across a restart), and when the window ends, on an
// injected clock, the channel gets one summary message and every held row is delivered.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Engine } from "../../../src/alerts/engine.js";
import { alertViewText } from "../../../src/alerts/render/text.js";
import { DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import { answerCommand } from "../../../src/bot/commands/handle-command.js";
import type { Caller, CommandDesk } from "../../../src/bot/commands/context.js";
import { ChannelStates } from "../../../src/bot/delivery/channel-states.js";
import type { ChatPlatform } from "../../../src/bot/delivery/chat-platform.js";
import { DeliveryLoop } from "../../../src/bot/delivery/delivery-loop.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";

const ADMIN: Caller = { channel: "C1", platform: "slack", workspace: "T1", userId: "U_ADMIN", isAdmin: true };
const MEMBER: Caller = { ...ADMIN, userId: "U_MEMBER", isAdmin: false };
const quote = (iso: string, ticker: string, price: number) => ({ type: "quote" as const, ts: Date.parse(iso), ticker, price, session: "regular" as const });

function deskOf(engine: Engine, store: Store, now: () => number): CommandDesk {
  return { engine, store, dataNow: now, wallNow: () => new Date(now()), source: "test", deliveryState: () => "delivering" };
}

async function deliveryOver(store: Store, clock: () => Date) {
  const posted: string[] = [];
  const platform: ChatPlatform<string> = {
    name: "slack",
    renderAlert: (view) => alertViewText(view),
    renderReply: (reply) => reply.title,
    post: (_target, text) => void posted.push(text),
    classify: (error) => ({ kind: "retry_later", reason: String(error) }),
    pacing: { channelIntervalMs: 0, channels: "parallel" },
    words: { delivering: "delivering", pausedReason: "refused", stoppedReason: "left", pausedHowTo: "invite it", tokenRefused: (r) => r },
  };
  const states = await ChannelStates.load("slack", platform.words, store, () => clock().getTime());
  return { loop: new DeliveryLoop({ outbox: store, platform, states, clock, channels: () => [{ channel: "C1", workspace: "T1" }] }), posted };
}

describe("quiet hours hold alerts and post one summary when they end", () => {
  it("GIVEN quiet 22:00-07:00 and three drops at night THEN nothing posts at night or after a restart, and one summary posts at 07:00 ET", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "capwatch-quiet-")), "store.db");
    let now = Date.parse("2026-01-29T20:00:00Z"); // 15:00 ET Thursday
    const clock = () => new Date(now);
    let store = await openStore(path, clock);
    let engine = await Engine.open(store);
    for (const [ticker, shares] of [["MSFT", 7.433e9], ["NVDA", 24.3e9]] as const) await engine.handle({ type: "company", ticker, sharesOutstanding: shares });
    await engine.routing.setWatchlist({ channel: "C1", platform: "slack", workspace: "T1", tickers: ["MSFT", "NVDA"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: ["mcap_drop"] });

    expect((await answerCommand("quiet 22:00-07:00", MEMBER, deskOf(engine, store, () => now))).title).toMatch(/Only admins/);
    const set = await answerCommand("quiet 22:00-07:00", ADMIN, deskOf(engine, store, () => now));
    expect(set.title).toBe("Quiet hours set");
    const list = await answerCommand("watch list", MEMBER, deskOf(engine, store, () => now));
    expect(list.fields?.find((f) => f.label === "Quiet hours")?.value).toBe("22:00–07:00 ET, every day: alerts held, then one summary");
    expect((await store.recentAudit("C1", 5)).map((a) => a.action)).toContain("quiet");

    await engine.handle(quote("2026-01-29T20:59:00Z", "MSFT", 480));
    await engine.handle(quote("2026-01-29T20:59:00Z", "NVDA", 190));
    // Friday's early quotes, 04:00–06:00 ET, against Thursday's close.
    await engine.handle(quote("2026-01-30T09:00:00Z", "MSFT", 440)); // 04:00 ET Friday: -8.3 %
    await engine.handle(quote("2026-01-30T10:00:00Z", "NVDA", 170)); // 05:00 ET: -10.5 %, level 2
    await engine.handle(quote("2026-01-30T11:00:00Z", "MSFT", 380)); // 06:00 ET: -20.8 %, level 3
    await engine.checkpoint();
    expect((await store.recentAlerts("C1", 10)).length).toBe(3);

    now = Date.parse("2026-01-30T11:30:00Z"); // 06:30 ET: still quiet
    let run = await deliveryOver(store, clock);
    await run.loop.flush();
    expect(run.posted).toEqual([]);
    await run.loop.stop();
    await store.close();

    // A restart in the night: the held rows are still there, still held.
    store = await openStore(path, clock);
    engine = await Engine.open(store);
    expect((await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "slack")).map((e) => e.heldUntil?.toISOString())).toEqual(Array(3).fill("2026-01-30T12:00:00.000Z"));
    run = await deliveryOver(store, clock);
    await run.loop.flush();
    expect(run.posted).toEqual([]);

    now = Date.parse("2026-01-30T12:00:00Z"); // 07:00 ET: the window ends
    await run.loop.flush();
    expect(run.posted).toHaveLength(1);
    const summary = run.posted[0] as string;
    expect(summary).toContain("QUIET HOURS SUMMARY · 3 alerts");
    expect(summary).toContain("3 alerts came in during quiet hours (Fri, Jan 30, 2026, 04:00 ET to Fri, Jan 30, 2026, 06:00 ET): 3 market-cap drops.");
    // Largest figure first: MSFT's -$743B, then NVDA's -$486B, then MSFT's first -$297B.
    const bullets = summary.split("\n").filter((l) => l.startsWith("• "));
    expect(bullets.map((l) => l.split(" ")[1])).toEqual(["MSFT", "NVDA", "MSFT"]);
    expect(bullets[0]).toContain("level 3");
    expect(await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"), "slack")).toEqual([]);

    // After the window, alerts post one by one again.
    await engine.handle(quote("2026-01-30T14:30:00Z", "NVDA", 130)); // -31.6 %, $1.46T: level 4
    await engine.flush();
    await run.loop.flush();
    expect(run.posted).toHaveLength(2);
    expect(run.posted[1]).toContain("MARKET-CAP DROP · NVDA · level 4");
    await run.loop.stop();
    await store.close();
  });

  it("GIVEN alerts held and then quiet off THEN they post at once as one summary, and the change is audited", async () => {
    let now = Date.parse("2026-01-30T04:00:00Z"); // 23:00 ET Thursday
    const clock = () => new Date(now);
    const store = await openStore(join(mkdtempSync(join(tmpdir(), "capwatch-quiet-")), "store.db"), clock);
    const engine = await Engine.open(store);
    await engine.handle({ type: "company", ticker: "MSFT", sharesOutstanding: 7.433e9 });
    await engine.routing.setWatchlist({ channel: "C1", platform: "slack", workspace: "T1", tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: ["mcap_drop"] });
    await answerCommand("quiet 22:00-07:00", ADMIN, deskOf(engine, store, () => now));
    await engine.handle(quote("2026-01-29T20:59:00Z", "MSFT", 480));
    await engine.handle({ ...quote("2026-01-30T04:00:00Z", "MSFT", 440), session: "post" as const, prevClose: 480 });
    await engine.flush();
    const run = await deliveryOver(store, clock);
    await run.loop.flush();
    expect(run.posted).toEqual([]);
    now += 60_000;
    expect((await answerCommand("quiet off", MEMBER, deskOf(engine, store, () => now))).title).toMatch(/Only admins/);
    expect((await answerCommand("quiet off", ADMIN, deskOf(engine, store, () => now))).title).toBe("Quiet hours off");
    await run.loop.flush();
    expect(run.posted).toHaveLength(1);
    expect(run.posted[0]).toContain("QUIET HOURS SUMMARY · 1 alert");
    expect((await store.recentAudit("C1", 5)).map((a) => a.action)).toEqual(expect.arrayContaining(["quiet", "quiet off"]));
    expect((await answerCommand("quiet off", ADMIN, deskOf(engine, store, () => now))).title).toBe("Nothing changed");
    await run.loop.stop();
    await store.close();
  });
});
