import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type Alert } from "../../src/alerts/types.js";
import { localDelivery, sinkPlatform } from "../../src/bot/terminal/terminal-platform.js";
import { openStore } from "../../src/store/open-store.js";
import { replayPolicy } from "../../src/app/replay-policy.js";
import { runReplay } from "../../src/sources/replay/run-replay.js";
import { replayThrough, testDesk, writeReplayFile } from "../helpers/desk.js";

const MSFT = { type: "company", ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7_433_000_000 };
const quote = (ts: string, price: number) => ({ type: "quote", ts, ticker: "MSFT", price });
const tempDb = () => join(mkdtempSync(join(tmpdir(), "capwatch-store-")), "capwatch.db");

describe("store: live state survives a restart", () => {
  it("GIVEN a run stopped after the open's alert THEN the restarted run does not re-post it, but escalates to the low", async () => {
    const path = tempDb();
    const first = writeReplayFile([MSFT, quote("2026-01-28T21:00:00Z", 481.63), quote("2026-01-29T14:30:00Z", 440)]);
    const store1 = await openStore(path);
    expect((await replayThrough(first, { store: store1 })).alerts.map((a) => a.level)).toEqual([2]);
    await store1.close();

    // The restarted process has no file lines for the close: it must come from the store.
    const second = writeReplayFile([quote("2026-01-29T14:31:00Z", 439), quote("2026-01-29T18:00:00Z", 421.02)]);
    const store2 = await openStore(path);
    const again = await replayThrough(second, { store: store2 });
    expect(again.alerts.map((a) => [a.ts, a.level])).toEqual([["2026-01-29T18:00:00.000Z", 3]]);
    expect((await store2.recentAlerts("replay", 10)).map((a) => (a.alert as { level: number }).level)).toEqual([3, 2]);
    await store2.close();
  });

  it("GIVEN the same guidance document replayed into the same store THEN it is not posted twice", async () => {
    const path = tempDb();
    const file = writeReplayFile([
      { type: "consensus", ts: "2026-01-20T12:00:00Z", ticker: "AMZN", metric: "capex", period: "FY2026", value: 146.6e9 },
      { type: "document", ts: "2026-02-05T21:05:00Z", ticker: "AMZN", text: "GUIDE FY2026 200e9 200e9" },
    ]);
    for (const expected of [1, 0]) {
      const store = await openStore(path);
      expect((await replayThrough(file, { store })).alerts).toHaveLength(expected);
      await store.close();
    }
  });
});

describe("outbox: written before delivery, kept until delivered", () => {
  it("GIVEN a destination that fails THEN the alert stays in the outbox and goes out, once, when the destination is back", async () => {
    let now = new Date("2026-01-29T14:30:00Z");
    let up = false;
    const desk = await testDesk({
      follow: "asked",
      clock: () => now,
      deliver() {
        if (!up) throw new Error("destination unavailable");
      },
    });
    const { store, engine, delivered: received } = desk;
    await engine.handle({ type: "company", ticker: "MSFT", sharesOutstanding: 7_433_000_000 });
    await engine.routing.setWatchlist({ channel: "#desk", tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: ["mcap_drop"] });
    engine.handle({ type: "quote", ts: Date.parse("2026-01-28T21:00:00Z"), ticker: "MSFT", price: 481.63, session: "regular" });
    await engine.handle({ type: "quote", ts: Date.parse("2026-01-29T14:30:00Z"), ticker: "MSFT", price: 440, session: "regular" });

    expect(await desk.deliver()).toBe(0);
    const [pending] = await store.pendingOutbox(10, new Date("2026-01-29T15:00:00Z"));
    expect(pending).toMatchObject({ channel: "#desk", attempts: 1, alert: { kind: "mcap_drop", level: 2 } });

    up = true;
    expect(await desk.deliver()).toBe(0); // backing off: not due yet
    now = new Date("2026-01-29T14:30:05Z");
    expect(await desk.deliver()).toBe(1);
    expect(await desk.deliver()).toBe(0);
    expect(received.map((a) => a.kind)).toEqual(["mcap_drop"]);
    await store.close();
  });
});

describe("outbox: one failing channel holds up nobody else", () => {
  it("GIVEN 150 alerts alternating between a refusing channel and a working one THEN the working one gets all of its alerts in one pass, in order; the refusing one keeps all of its", async () => {
    const store = await openStore(":memory:");
    const alert = (channel: string, i: number): Alert => ({ channel, kind: "earnings_upcoming", ts: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), items: [] });
    for (let i = 0; i < 150; i++) {
      const channel = i % 2 === 0 ? "#refused" : "#open";
      await store.recordAlerts([{ alert: alert(channel, i), dedupe: { channel, key: `k${i}`, value: 1 } }]);
    }
    const received: string[] = [];
    const delivery = localDelivery(
      store,
      sinkPlatform({
        deliver(a) {
          if (a.channel === "#refused") throw new Error("not_in_channel");
          received.push(a.ts);
        },
      }),
    );
    expect(await delivery.drain()).toBe(75);
    expect(received).toEqual(Array.from({ length: 75 }, (_, k) => new Date(Date.UTC(2026, 0, 1, 0, 2 * k + 1)).toISOString()));
    const waiting = await store.pendingOutbox(200, new Date("2100-01-01T00:00:00Z"));
    expect(waiting).toHaveLength(75);
    expect(waiting.every((e) => e.channel === "#refused")).toBe(true);
    // Only the first of the refused channel's alerts was tried; the rest kept their turn.
    expect(waiting.filter((e) => e.attempts > 0)).toHaveLength(1);
    await store.close();
  });
});

describe("outbox: a row in flight", () => {
  it("GIVEN a row marked in flight and the store reopened THEN it comes back with the time of the mark, also after a failed post (its answer may have been lost)", async () => {
    const path = tempDb();
    const file = writeReplayFile([MSFT, quote("2026-01-28T21:00:00Z", 481.63), quote("2026-01-29T14:30:00Z", 440)]);
    const store1 = await openStore(path);
    const desk = await testDesk({ store: store1, delivers: false });
    await runReplay(file, desk.engine, { policy: replayPolicy(desk.engine), onProblem: (p) => { throw new Error(p.reason); } });
    const [row] = await store1.pendingOutbox(10, new Date("2100-01-01"));
    expect(row?.inFlightSince).toBeUndefined();
    const at = new Date("2026-02-16T15:00:00.000Z");
    await store1.markInFlight(row!.id, at);
    await store1.close();

    const store2 = await openStore(path);
    const [again] = await store2.pendingOutbox(10, new Date("2100-01-01"));
    expect(again).toMatchObject({ id: row!.id, inFlightSince: at });
    await store2.markDeliveryFailed(row!.id, "ratelimited", new Date("2026-02-16T15:00:01.000Z"));
    expect((await store2.pendingOutbox(10, new Date("2100-01-01")))[0]).toMatchObject({ id: row!.id, attempts: 1, inFlightSince: at });
    await store2.close();
  });
});
