import { describe, expect, it } from "vitest";
import { replayThrough, writeReplayFile } from "../../helpers/desk.js";

const MSFT = { type: "company", ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7_433_000_000 };
const quote = (ts: string, price: number, extra: object = {}) => ({ type: "quote", ts, ticker: "MSFT", price, ...extra });

describe("replay: bad lines", () => {
  it("GIVEN bad JSON, an unknown type, a bad field and a line out of order THEN each is reported with its line number and the rest runs", async () => {
    const file = writeReplayFile([
      MSFT,
      "{not json",
      { type: "tweet", ts: "2026-01-28T21:00:00Z" },
      quote("2026-01-28T21:00:00Z", 481.63),
      { type: "quote", ts: "2026-01-29T14:30:00Z", ticker: "msft", price: 440 },
      { type: "quote", ts: "2026-01-29T14:30:00Z", ticker: "MSFT", price: -1 },
      quote("2026-01-27T14:30:00Z", 100),
      "",
      quote("2026-01-29T14:30:00Z", 440),
    ]);
    const { alerts, problems } = await replayThrough(file);
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^2: not valid JSON/);
    expect(problems[1]).toMatch(/^3: unknown type "tweet"/);
    expect(problems[2]).toMatch(/^5: ticker must be an upper-case symbol/);
    expect(problems[3]).toMatch(/^6: price /);
    expect(problems[4]).toMatch(/^7: ts 2026-01-27T14:30:00.000Z is earlier than the line before/);
    expect(alerts).toEqual([expect.objectContaining({ kind: "mcap_drop", ticker: "MSFT", level: 2 })]);
  });

  it("GIVEN an impossible date or a time without zone THEN the line is refused", async () => {
    const file = writeReplayFile([MSFT, quote("2026-02-30T14:30:00Z", 1), quote("2026-01-28T21:00:00", 1)]);
    const { problems } = await replayThrough(file);
    expect(problems).toEqual([expect.stringMatching(/^2: ts is not a real date/), expect.stringMatching(/^3: ts must be ISO-8601 with Z or an offset/)]);
  });
});

describe("replay: what applies from the start", () => {
  it("GIVEN the company and watchlist lines at the end of the file THEN they apply from the start", async () => {
    const file = writeReplayFile([quote("2026-01-28T21:00:00Z", 481.63), quote("2026-01-29T14:30:00Z", 440), MSFT, { type: "watchlist", channel: "#desk", tickers: ["MSFT"] }]);
    const { alerts } = await replayThrough(file);
    expect(alerts.map((a) => [a.channel, a.kind, a.level])).toEqual([["#desk", "mcap_drop", 2]]);
  });

  it("GIVEN no watchlist line THEN a channel named replay watches every ticker", async () => {
    const file = writeReplayFile([MSFT, quote("2026-01-28T21:00:00Z", 481.63), quote("2026-01-29T14:30:00Z", 440)]);
    expect((await replayThrough(file)).alerts.map((a) => a.channel)).toEqual(["replay"]);
  });

  it("GIVEN two channels with their own thresholds and a later line replacing one THEN each gets what its thresholds say, in declaration order", async () => {
    const file = writeReplayFile([
      MSFT,
      { type: "watchlist", channel: "#loud", tickers: ["MSFT"], thresholds: { mcapDropPct: 1 } },
      { type: "watchlist", channel: "#quiet", tickers: ["MSFT"], thresholds: { mcapDropPct: 50, mcapDropUsd: 1e12 } },
      { type: "watchlist", channel: "#loud", tickers: ["MSFT"], thresholds: { mcapDropPct: 2, mcapDropUsd: 1e12 } },
      quote("2026-01-28T21:00:00Z", 481.63),
      quote("2026-01-29T14:30:00Z", 440),
    ]);
    const { alerts } = await replayThrough(file);
    // #loud: 8.64 % / 2 % = 4.32 → level 3; #quiet: nothing.
    expect(alerts.map((a) => [a.channel, a.level])).toEqual([["#loud", 3]]);
  });
});

describe("replay: market-cap references", () => {
  it("GIVEN an after-hours fall and the next session's fall against the same close THEN one episode with rising levels", async () => {
    const file = writeReplayFile([
      MSFT,
      quote("2026-01-28T21:00:00Z", 481.63),
      quote("2026-01-28T22:00:00Z", 456.1, { session: "post" }), // -5.30 %, $188B: level 1
      quote("2026-01-29T13:00:00Z", 445, { session: "pre" }), // -7.6 %, $272B: level 2
      quote("2026-01-29T14:30:00Z", 440), // level 2 again: nothing
      quote("2026-01-29T18:00:00Z", 421.02), // level 3
    ]);
    const { alerts } = await replayThrough(file);
    expect(alerts.map((a) => [a.ts, a.level])).toEqual([
      ["2026-01-28T22:00:00.000Z", 1],
      ["2026-01-29T13:00:00.000Z", 2],
      ["2026-01-29T18:00:00.000Z", 3],
    ]);
  });

  it("GIVEN a post-market quote with no regular quote that day THEN no reference and no alert", async () => {
    const file = writeReplayFile([MSFT, quote("2026-01-27T21:00:00Z", 481.63), quote("2026-01-28T22:00:00Z", 400, { session: "post" })]);
    expect((await replayThrough(file)).alerts).toEqual([]);
  });

  it("GIVEN a prevClose THEN it is the reference, and a new day's fall is a new episode", async () => {
    const file = writeReplayFile([
      MSFT,
      quote("2026-01-29T14:30:00Z", 440, { prevClose: 481.63 }),
      quote("2026-01-30T14:30:00Z", 400, { prevClose: 440 }),
    ]);
    expect((await replayThrough(file)).alerts.map((a) => [a.ts, a.level, a.changePct])).toEqual([
      ["2026-01-29T14:30:00.000Z", 2, -8.64],
      ["2026-01-30T14:30:00.000Z", 2, -9.09],
    ]);
  });

  it("GIVEN a 10-for-1 split THEN earlier closes are divided and shares multiplied: no false drop", async () => {
    const file = writeReplayFile([
      { type: "company", ticker: "NVDA", sharesOutstanding: 2.47e9 },
      { type: "quote", ts: "2024-06-07T20:00:00Z", ticker: "NVDA", price: 1208.88 },
      { type: "split", ts: "2024-06-10T08:00:00Z", ticker: "NVDA", ratio: 10 },
      { type: "quote", ts: "2024-06-10T13:30:00Z", ticker: "NVDA", price: 120.37 },
      { type: "quote", ts: "2024-06-10T14:30:00Z", ticker: "NVDA", price: 108 },
    ]);
    const { alerts } = await replayThrough(file);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.ts).toBe("2024-06-10T14:30:00.000Z");
    expect(alerts[0]?.referenceMarketCap as number).toBeCloseTo(1208.88 * 2.47e9, -2);
  });

  it("GIVEN a share-count change alone THEN the reference moves with it and nothing fires", async () => {
    const file = writeReplayFile([
      MSFT,
      quote("2026-01-28T21:00:00Z", 481.63),
      { type: "shares", ts: "2026-01-29T12:00:00Z", ticker: "MSFT", value: 6_000_000_000 },
      quote("2026-01-29T14:30:00Z", 481.63),
    ]);
    expect((await replayThrough(file)).alerts).toEqual([]);
  });

  it("GIVEN a ticker without shares THEN a percentage-only alert: r = lossPct / mcapDropPct, market-cap fields null", async () => {
    const file = writeReplayFile([{ type: "quote", ts: "2026-02-11T21:00:00Z", ticker: "AAPL", price: 275.5 }, { type: "quote", ts: "2026-02-12T21:00:00Z", ticker: "AAPL", price: 200 }]);
    // -27.40 % is r = 5.48: level 3, whatever the dollar threshold.
    expect((await replayThrough(file)).alerts).toEqual([
      { channel: "replay", kind: "mcap_drop", ticker: "AAPL", ts: "2026-02-12T21:00:00.000Z", level: 3, marketCap: null, referenceMarketCap: null, changeUsd: null, changePct: -27.4 },
    ]);
  });

  it("GIVEN mcap_gain enabled THEN a rise fires it", async () => {
    const file = writeReplayFile([
      { ...MSFT },
      { type: "watchlist", channel: "#all", tickers: ["MSFT"], kinds: ["mcap_gain", "mcap_drop"] },
      quote("2026-01-28T21:00:00Z", 400),
      quote("2026-01-29T21:00:00Z", 440),
    ]);
    expect((await replayThrough(file)).alerts.map((a) => [a.kind, a.level, a.changePct])).toEqual([["mcap_gain", 2, 10]]);
  });
});
