import { describe, expect, it } from "vitest";
import { MarketState } from "../../src/alerts/market-state.js";
import type { QuoteEvent } from "../../src/sources/events.js";
import { marketStore, type Call } from "../helpers/store-role-fakes.js";

const quote = (ts: string, price: number, session: QuoteEvent["session"] = "regular"): QuoteEvent => ({ type: "quote", ts: Date.parse(ts), ticker: "MSFT", price, session });

function record(state: MarketState, q: QuoteEvent, day: string): void {
  state.recordQuote(state.hotMarket(q.ticker), q, day);
}

describe("market state (MarketState), on its own", () => {
  it("GIVEN regular quotes on two days THEN the first day's last quote becomes the close the second day is measured against", () => {
    const state = new MarketState(marketStore([]));
    record(state, quote("2026-01-28T20:59:00Z", 480), "2026-01-28");
    record(state, quote("2026-01-29T14:31:00Z", 440), "2026-01-29");
    expect(state.marketOf("MSFT")?.prevDayRegular).toEqual({ price: 480, day: "2026-01-28" });
    expect(state.marketOf("MSFT")?.lastRegular).toEqual({ price: 440, day: "2026-01-29" });
    expect(state.marketOf("MSFT")?.lastTrade?.price).toBe(440);
  });

  it("GIVEN a post-market quote THEN it is the latest trade but not the day's close", () => {
    const state = new MarketState(marketStore([]));
    record(state, quote("2026-01-28T20:59:00Z", 480), "2026-01-28");
    record(state, quote("2026-01-28T22:00:00Z", 450, "post"), "2026-01-28");
    expect(state.marketOf("MSFT")?.lastRegular).toEqual({ price: 480, day: "2026-01-28" });
    expect(state.marketOf("MSFT")?.lastTrade).toMatchObject({ price: 450, session: "post" });
  });

  it("GIVEN a checkpoint THEN only the tickers changed since the last one are saved", async () => {
    const calls: Call[] = [];
    const state = new MarketState(marketStore(calls));
    record(state, quote("2026-01-28T20:59:00Z", 480), "2026-01-28");
    await state.saveChanged();
    await state.saveChanged();
    expect(calls.map(([m, states]) => [m, (states as Array<{ ticker: string }>).map((s) => s.ticker)])).toEqual([
      ["saveMarketState", ["MSFT"]],
      ["saveQuoteDays", ["MSFT"]],
      ["saveMarketState", []],
    ]);
  });

  it("GIVEN quotes over two days THEN the history keeps each five-minute bucket's last price, the finished day waits to be written and the current one is in memory", async () => {
    const calls: Call[] = [];
    const state = new MarketState(marketStore(calls));
    record(state, quote("2026-01-28T20:56:00Z", 480), "2026-01-28");
    record(state, quote("2026-01-28T20:59:00Z", 481), "2026-01-28"); // same bucket (15:55 ET): the last price wins
    record(state, quote("2026-01-29T14:31:00Z", 440), "2026-01-29");
    const held = state.unsavedHistory("MSFT");
    expect(held.map((d) => d.day)).toEqual(["2026-01-28", "2026-01-29"]);
    expect(held[0]?.prices).toBe(`${(15 * 60 + 55) / 5}:481`);
    expect(calls).toEqual([]); // nothing written on the quote path below a batch
    await state.saveChanged();
    const written = calls.find(([m]) => m === "saveQuoteDays")?.[1] as Array<{ day: string; prices: string }>;
    expect(written.map((d) => [d.day, d.prices])).toEqual([
      ["2026-01-28", "191:481"],
      ["2026-01-29", `${(9 * 60 + 30) / 5}:440`],
    ]);
    expect(state.unsavedHistory("MSFT").map((d) => d.day)).toEqual(["2026-01-29"]);
  });

  it("GIVEN a market state that keeps no quote history (a scratch replay) THEN the same closes, and no history held or written", async () => {
    const calls: Call[] = [];
    const state = new MarketState(marketStore(calls), { quoteHistory: false });
    record(state, quote("2026-01-28T20:59:00Z", 481), "2026-01-28");
    record(state, quote("2026-01-29T14:31:00Z", 440), "2026-01-29");
    expect(state.marketOf("MSFT")?.prevDayRegular).toEqual({ price: 481, day: "2026-01-28" });
    expect(state.unsavedHistory("MSFT")).toEqual([]);
    await state.saveChanged();
    expect(calls.map(([m]) => m)).not.toContain("saveQuoteDays");
  });

  it("GIVEN a 2-for-1 split THEN closes halve and shares double, and the company is saved", async () => {
    const calls: Call[] = [];
    const state = new MarketState(marketStore(calls));
    await state.onCompany({ type: "company", ts: Date.parse("2026-01-01T00:00:00Z"), ticker: "MSFT", name: "Microsoft", sharesOutstanding: 7.4e9 });
    record(state, quote("2026-01-28T20:59:00Z", 480), "2026-01-28");
    await state.applySplit("MSFT", 2);
    expect(state.marketOf("MSFT")?.lastRegular?.price).toBe(240);
    expect(state.sharesOf("MSFT")).toBe(14.8e9);
    expect(calls.at(-1)).toEqual(["saveCompany", { ticker: "MSFT", name: "Microsoft", cik: undefined, fiscalYearEnd: undefined, sharesOutstanding: 14.8e9 }]);
  });

  it("GIVEN a company line saying how it names its fiscal years, then one that does not say THEN the naming is kept, saved and answered; a restart loads it back", async () => {
    const calls: Call[] = [];
    const state = new MarketState(marketStore(calls));
    await state.onCompany({ type: "company", ticker: "TGT", name: "Target", fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" });
    await state.onCompany({ type: "company", ticker: "TGT", name: "Target Corporation", fiscalYearEnd: "02-01" });
    expect([state.fiscalYearEndOf("TGT"), state.fiscalYearNamingOf("TGT"), state.fiscalYearNamingOf("MSFT")]).toEqual(["02-01", "start", undefined]);
    expect(calls.at(-1)).toEqual(["saveCompany", { ticker: "TGT", name: "Target Corporation", fiscalYearEnd: "02-01", fiscalYearNamedBy: "start" }]);
    const restarted = new MarketState(marketStore([]));
    restarted.load({ companies: [{ ticker: "TGT", fiscalYearEnd: "02-01", fiscalYearNamedBy: "start" }], earningsSchedule: [], marketState: [] });
    expect(restarted.fiscalYearNamingOf("TGT")).toBe("start");
  });

  it("GIVEN a company line saying the currency it reports in, then one that does not say THEN the currency is kept, saved and answered; a restart loads it back", async () => {
    const calls: Call[] = [];
    const state = new MarketState(marketStore(calls));
    await state.onCompany({ type: "company", ticker: "SU", name: "Suncor Energy", currency: "CAD" });
    await state.onCompany({ type: "company", ticker: "SU", name: "Suncor Energy Inc." });
    expect([state.currencyOf("SU"), state.currencyOf("MSFT")]).toEqual(["CAD", undefined]);
    expect(calls.at(-1)).toEqual(["saveCompany", { ticker: "SU", name: "Suncor Energy Inc.", currency: "CAD" }]);
    const restarted = new MarketState(marketStore([]));
    restarted.load({ companies: [{ ticker: "SU", currency: "CAD" }], earningsSchedule: [], marketState: [] });
    expect(restarted.currencyOf("SU")).toBe("CAD");
  });

  it("GIVEN events in and out of order THEN the data clock shows the latest time seen, and nothing before the first", () => {
    const state = new MarketState(marketStore([]));
    expect(state.dataTime()).toBeUndefined();
    state.observe(2_000);
    state.observe(1_000);
    state.observe(undefined);
    expect(state.dataTime()).toBe(2_000);
  });

  it("GIVEN companies, quotes and a schedule THEN lookups answer from them and known tickers are sorted once each", async () => {
    const state = new MarketState(marketStore([]));
    await state.onCompany({ type: "company", ts: 0, ticker: "NVDA", name: "NVIDIA", fiscalYearEnd: "01-31" });
    record(state, quote("2026-01-28T20:59:00Z", 480), "2026-01-28");
    await state.scheduleEarnings({ type: "earnings_scheduled", ts: 0, ticker: "MSFT", date: "2026-01-28", time: "amc" });
    expect(state.knownTickers()).toEqual(["MSFT", "NVDA"]);
    expect([state.companyName("NVDA"), state.fiscalYearEndOf("NVDA")]).toEqual(["NVIDIA", "01-31"]);
    expect(state.earningsScheduleOf("MSFT")).toMatchObject({ date: "2026-01-28", time: "amc", ts: "1970-01-01T00:00:00.000Z" });
    expect(state.earningsSchedule()).toHaveLength(1);
  });
});
