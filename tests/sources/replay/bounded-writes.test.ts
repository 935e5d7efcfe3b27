// Alert writes come in bounded statements: a burst larger than one SQL statement can carry
// (SQLite: 4,680 alert rows) still replays, every alert recorded and delivered once.
import { describe, expect, it } from "vitest";
import { SCRATCH_STORE, openStore } from "../../../src/store/open-store.js";
import { replayThrough, writeReplayFile } from "../../helpers/desk.js";

/** 100 tickers watched by 100 channels, every ticker falling 10 % at the same moment: 10,000 alerts in one burst. */
function burstFile(): string {
  const tickers = Array.from({ length: 100 }, (_, i) => `B${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
  return writeReplayFile([
    ...tickers.map((ticker) => ({ type: "company", ticker, sharesOutstanding: 1e9 })),
    ...Array.from({ length: 100 }, (_, c) => ({ type: "watchlist", channel: `#c${c}`, tickers })),
    ...tickers.map((ticker) => ({ type: "quote", ts: "2026-01-29T14:30:00Z", ticker, price: 90, prevClose: 100 })),
  ]);
}

describe("replay: a burst of alerts of any size", () => {
  it("GIVEN 10,000 alerts raised in one burst THEN all are recorded and delivered, in order", async () => {
    const store = await openStore(SCRATCH_STORE);
    const outcome = await replayThrough(burstFile(), { store });
    expect(outcome.problems).toEqual([]);
    expect(outcome.raw).toHaveLength(10_000);
    expect(new Set(outcome.raw.map((a) => `${a.channel}|${"ticker" in a ? a.ticker : ""}`)).size).toBe(10_000);
    // File order first (ticker by ticker), then the channels in declaration order.
    expect(outcome.raw.slice(0, 2).map((a) => a.channel)).toEqual(["#c0", "#c1"]);
    expect((await store.recentAlerts(null, 20_000)).length).toBe(10_000);
    await store.close();
  }, 60_000);
});
