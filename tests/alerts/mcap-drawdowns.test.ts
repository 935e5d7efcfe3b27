// mcap_drawdown through the engine and a real store: the close history survives a restart, the
// episode is the peak, a deeper fall escalates, a split keeps the peak comparable.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Engine } from "../../src/alerts/engine.js";
import { DEFAULT_THRESHOLDS, type Alert } from "../../src/alerts/types.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

const quote = (day: string, price: number, time = "20:00:00") => ({ type: "quote" as const, ts: Date.parse(`${day}T${time}Z`), ticker: "ACME", price, session: "regular" as const });

async function open(path: string): Promise<{ store: Store; engine: Engine }> {
  const store = await openStore(path);
  return { store, engine: await Engine.open(store) };
}

async function drawdowns(store: Store): Promise<Alert[]> {
  return (await store.recentAlerts("#dd", 50)).map((a) => a.alert).filter((a) => a.kind === "mcap_drawdown").reverse();
}

/** ACME: 1B shares, so $1 of price is $1B of market value; #dd: 10 %, $1T (never decides), 5 days. */
async function setUp(path: string) {
  const { store, engine } = await open(path);
  await engine.handle({ type: "company", ticker: "ACME", sharesOutstanding: 1e9 });
  await engine.routing.setWatchlist({ channel: "#dd", tickers: ["ACME"], thresholds: { ...DEFAULT_THRESHOLDS, drawdownPct: 10, drawdownUsd: 1e12, drawdownDays: 5 }, kinds: ["mcap_drawdown"] });
  return { store, engine };
}

describe("mcap_drawdown in the engine", () => {
  it("GIVEN closes saved before a restart THEN the peak is still known after it, and the episode's level is not raised twice", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "capwatch-dd-")), "store.db");
    const first = await setUp(path);
    for (const [day, price] of [["2026-01-20", 200], ["2026-01-21", 190], ["2026-01-22", 185]] as const) await first.engine.handle(quote(day, price));
    await first.engine.handle(quote("2026-01-23", 178)); // -11 % from the Jan 20 peak: level 1
    await first.engine.checkpoint();
    expect((await drawdowns(first.store)).map((a) => [a.ts, "level" in a ? a.level : 0])).toEqual([["2026-01-23T20:00:00.000Z", 1]]);
    await first.store.close();

    const second = await open(path);
    await second.engine.handle(quote("2026-01-26", 176)); // still level 1: nothing new
    await second.engine.handle(quote("2026-01-26", 158, "20:30:00")); // -21 %: level 2, same peak
    await second.engine.flush();
    const alerts = await drawdowns(second.store);
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatchObject({ level: 2, peakDate: "2026-01-20", days: 5, referenceMarketCap: 200e9, marketCap: 158e9, changeUsd: -42e9, changePct: -21 });
    await second.store.close();
  });

  it("GIVEN the peak leaves the window THEN the next peak opens a new episode", async () => {
    const { store, engine } = await setUp(join(mkdtempSync(join(tmpdir(), "capwatch-dd-")), "store.db"));
    const days = ["2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16", "2026-01-20", "2026-01-21"];
    await engine.handle(quote(days[0] as string, 200));
    for (const day of days.slice(1, 6)) await engine.handle(quote(day, 150));
    await engine.handle(quote(days[6] as string, 130));
    await engine.flush();
    const alerts = await drawdowns(store);
    // Jan 13: -25 % from the Jan 12 peak (level 2). Jan 21: the window is Jan 13–20, its peak $150
    // (the earliest of equal closes), -13.3 %: a new episode, so level 1 posts again.
    expect(alerts.map((a) => ("peakDate" in a ? [a.peakDate, a.level] : []))).toEqual([["2026-01-12", 2], ["2026-01-13", 1]]);
    await store.close();
  });

  it("GIVEN a 10-for-1 split THEN earlier closes are divided too: no drawdown from the split alone", async () => {
    const { store, engine } = await setUp(join(mkdtempSync(join(tmpdir(), "capwatch-dd-")), "store.db"));
    await engine.handle(quote("2026-01-20", 200));
    await engine.handle(quote("2026-01-21", 199));
    await engine.handle({ type: "split", ts: Date.parse("2026-01-22T12:00:00Z"), ticker: "ACME", ratio: 10 });
    await engine.handle(quote("2026-01-22", 19.8));
    await engine.flush();
    expect(await drawdowns(store)).toEqual([]);
    await store.close();
  });
});
