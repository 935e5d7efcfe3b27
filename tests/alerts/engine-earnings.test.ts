import { describe, expect, it } from "vitest";
import { replayThrough, writeReplayFile } from "../helpers/desk.js";

const scheduled = (ticker: string, date: string, time?: string, ts = "2026-01-16T12:00:00Z") => ({ type: "earnings_scheduled", ts, ticker, date, ...(time ? { time } : {}) });
const tick = (ts: string) => ({ type: "quote", ts, ticker: "SPY", price: 600 });

describe("engine: earnings digest at 08:00 US/Eastern on NYSE trading days", () => {
  it("GIVEN reports on Wed and Thu THEN Tue's digest lists Wed's, Wed's lists both, Thu's lists Thu's", async () => {
    const file = writeReplayFile([
      scheduled("MSFT", "2026-01-28", "amc"),
      scheduled("META", "2026-01-28", "amc"),
      scheduled("AAPL", "2026-01-29"),
      tick("2026-01-27T12:00:00Z"),
      tick("2026-01-30T20:00:00Z"),
    ]);
    const { alerts } = await replayThrough(file);
    expect(alerts).toEqual([
      { channel: "replay", kind: "earnings_upcoming", ts: "2026-01-27T13:00:00.000Z", items: [{ ticker: "META", date: "2026-01-28", time: "amc" }, { ticker: "MSFT", date: "2026-01-28", time: "amc" }] },
      {
        channel: "replay",
        kind: "earnings_upcoming",
        ts: "2026-01-28T13:00:00.000Z",
        items: [
          { ticker: "META", date: "2026-01-28", time: "amc" },
          { ticker: "MSFT", date: "2026-01-28", time: "amc" },
          { ticker: "AAPL", date: "2026-01-29", time: "unknown" },
        ],
      },
      { channel: "replay", kind: "earnings_upcoming", ts: "2026-01-29T13:00:00.000Z", items: [{ ticker: "AAPL", date: "2026-01-29", time: "unknown" }] },
    ]);
  });

  it("GIVEN a report on the Tuesday after a Monday holiday THEN Friday's digest lists it (next trading day) and nothing runs on the holiday", async () => {
    const file = writeReplayFile([scheduled("NFLX", "2026-01-20", "amc"), tick("2026-01-16T12:00:00Z"), tick("2026-01-20T20:00:00Z")]);
    expect((await replayThrough(file)).alerts.map((a) => a.ts)).toEqual(["2026-01-16T13:00:00.000Z", "2026-01-20T13:00:00.000Z"]);
  });

  it("GIVEN the week US clocks move forward THEN 08:00 ET is 12:00Z after the change and 13:00Z before", async () => {
    const file = writeReplayFile([scheduled("ORCL", "2026-03-09", "amc"), tick("2026-03-06T00:00:00Z"), tick("2026-03-09T20:00:00Z")]);
    expect((await replayThrough(file)).alerts.map((a) => a.ts)).toEqual(["2026-03-06T13:00:00.000Z", "2026-03-09T12:00:00.000Z"]);
  });

  it("GIVEN lines that end before 08:00 or start after it THEN no digest runs outside the file's time span", async () => {
    const file = writeReplayFile([scheduled("MSFT", "2026-01-28", "amc", "2026-01-28T09:00:00Z"), tick("2026-01-28T12:59:00Z")]);
    expect((await replayThrough(file)).alerts).toEqual([]);
    const atFirstLine = writeReplayFile([scheduled("MSFT", "2026-01-28", "amc")]);
    expect((await replayThrough(atFirstLine)).alerts).toEqual([]);
  });

  it("GIVEN a channel not watching the reporting ticker THEN its digest is empty and not sent", async () => {
    const file = writeReplayFile([
      { type: "watchlist", channel: "#chips", tickers: ["NVDA"] },
      { type: "watchlist", channel: "#cloud", tickers: ["MSFT"] },
      scheduled("MSFT", "2026-01-28", "amc", "2026-01-28T09:00:00Z"),
      tick("2026-01-28T20:00:00Z"),
    ]);
    expect((await replayThrough(file)).alerts.map((a) => a.channel)).toEqual(["#cloud"]);
  });

  it("GIVEN an earnings_result of a watched ticker THEN it fires with every key", async () => {
    const file = writeReplayFile([{ type: "earnings_result", ts: "2026-01-28T21:05:00Z", ticker: "MSFT", period: "Q2-2026", epsActual: 4.14, epsEstimate: 3.91, revenueActual: 81.3e9, revenueEstimate: 80.3e9 }]);
    expect((await replayThrough(file)).alerts).toEqual([
      { channel: "replay", kind: "earnings_result", ticker: "MSFT", ts: "2026-01-28T21:05:00.000Z", period: "Q2-2026", epsActual: 4.14, epsEstimate: 3.91, epsSurprisePct: 5.88, revenueActual: 81.3e9, revenueEstimate: 80.3e9, revenueSurprisePct: 1.25 },
    ]);
  });
});
