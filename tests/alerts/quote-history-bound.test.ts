// The quote history's memory on the quote path is bounded: each ticker holds its current day, and
// finished days are written once a batch of them waits (HISTORY_BATCH), not kept until a
// checkpoint. A replay of thousands of tickers over weeks held every finished day otherwise.
import { afterEach, describe, expect, it } from "vitest";
import { HISTORY_BATCH } from "../../src/alerts/quote-history.js";
import { testDesk, type TestDesk } from "../helpers/desk.js";

const TICKERS = Array.from({ length: 600 }, (_, i) => `T${i}`);
const DAYS = ["2026-01-26", "2026-01-27", "2026-01-28", "2026-01-29"];

/** Finished days still in memory across every ticker (each ticker's current day apart). */
function waitingDays(desk: TestDesk): number {
  return TICKERS.reduce((n, t) => n + desk.engine.market.unsavedHistory(t).filter((d) => typeof d.prices === "string").length, 0);
}

describe("quote history on the quote path", () => {
  let desk: TestDesk | undefined;
  afterEach(async () => desk?.close());

  it("GIVEN 600 tickers quoted over four days THEN fewer than a batch of finished days ever waits in memory, and a chart still gets every day", async () => {
    desk = await testDesk();
    let mostWaiting = 0;
    for (const day of DAYS) {
      for (const [i, ticker] of TICKERS.entries()) {
        for (const time of ["14:35:00", "20:55:00"]) {
          await desk.engine.handle({ type: "quote", ts: Date.parse(`${day}T${time}Z`), ticker, price: 100 + i / 100, session: "regular" });
        }
      }
      mostWaiting = Math.max(mostWaiting, waitingDays(desk));
    }
    // 600 tickers × 3 finished days = 1,800 finished days went by; the quote path wrote them in batches.
    expect(mostWaiting).toBeLessThan(HISTORY_BATCH);
    const stored = await desk.store.quoteDays("T7", DAYS[0] as string, DAYS.at(-1) as string);
    const held = desk.engine.market.unsavedHistory("T7");
    expect([...new Set([...stored.map((d) => d.day), ...held.map((d) => d.day)])].sort()).toEqual(DAYS);
  });
});
