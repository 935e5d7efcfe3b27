// The daily recap: when it runs (16:15 ET on NYSE trading days), what it lists (close-to-close
// moves largest first, the day's alerts, the next trading day's reports), once per channel and day.
import { describe, expect, it } from "vitest";
import { DayAlerts, nextRecapAfter, recapAlerts } from "../../src/alerts/daily-recap.js";
import { recapMove, sortRecapMoves } from "../../src/alerts/detectors/daily-recap.js";
import { Episodes } from "../../src/alerts/episodes.js";
import { AlertRaiser } from "../../src/alerts/alert-raiser.js";
import { ChannelRouter } from "../../src/alerts/channel-router.js";
import { MarketState } from "../../src/alerts/market-state.js";
import type { Alert, DailyRecapAlert } from "../../src/alerts/types.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { alertStore, marketStore, settingsStore } from "../helpers/store-role-fakes.js";

const at = (iso: string) => Date.parse(iso);

describe("nextRecapAfter (the clock injected)", () => {
  it("GIVEN Thu Jan 29 2026 at noon ET THEN 16:15 ET (21:15 UTC) that day; just after it THEN Friday's", () => {
    expect(new Date(nextRecapAfter(at("2026-01-29T17:00:00Z"))).toISOString()).toBe("2026-01-29T21:15:00.000Z");
    expect(new Date(nextRecapAfter(at("2026-01-29T21:15:00Z"))).toISOString()).toBe("2026-01-30T21:15:00.000Z");
  });
  it("GIVEN a Friday evening THEN Monday's; GIVEN Good Friday 2026 (Apr 3, NYSE closed) THEN the next Monday's", () => {
    expect(new Date(nextRecapAfter(at("2026-01-30T22:00:00Z"))).toISOString()).toBe("2026-02-02T21:15:00.000Z");
    expect(new Date(nextRecapAfter(at("2026-04-02T22:00:00Z"))).toISOString()).toBe("2026-04-06T20:15:00.000Z");
  });
});

describe("recap moves", () => {
  it("GIVEN Microsoft's Jan 29 close 433.50 after 481.63 with 7.433B shares THEN -$357.8B (-9.99%); no share count THEN percent only; not traded that day THEN none", () => {
    const msft = recapMove("MSFT", { lastRegular: { price: 433.5, day: "2026-01-29" }, prevDayRegular: { price: 481.63, day: "2026-01-28" } }, 7.433e9, "2026-01-29");
    expect(msft).toMatchObject({ ticker: "MSFT", changePct: -9.99, close: 433.5, previousClose: 481.63 });
    expect(msft?.marketCapChange).toBeCloseTo(-357.75e9, -8);
    expect(recapMove("ORCL", { lastRegular: { price: 169.01, day: "2026-01-29" }, prevDayRegular: { price: 172.8, day: "2026-01-28" } }, undefined, "2026-01-29")).toMatchObject({ marketCapChange: null, marketCap: null, changePct: -2.19 });
    expect(recapMove("X", { lastRegular: { price: 1, day: "2026-01-28" }, prevDayRegular: { price: 2, day: "2026-01-27" } }, 1, "2026-01-29")).toBeNull();
  });
  it("GIVEN moves THEN largest market value first, then unknown ones by percent", () => {
    const m = (ticker: string, changePct: number, marketCapChange: number | null) => ({ ticker, changePct, marketCapChange, close: 1, previousClose: 1, marketCap: null });
    expect(sortRecapMoves([m("A", 1, 10e9), m("B", -2, -357e9), m("C", -7, null), m("D", 3, null)]).map((x) => x.ticker)).toEqual(["B", "A", "C", "D"]);
  });
});

describe("recapAlerts", () => {
  async function desk() {
    const market = new MarketState(marketStore([]));
    const router = new ChannelRouter(settingsStore([]));
    const raiser = new AlertRaiser(new Episodes(), router, alertStore());
    await market.onCompany({ type: "company", ts: 0, ticker: "MSFT", sharesOutstanding: 7.433e9 });
    const day = (price: number, iso: string) => market.recordQuote(market.hotMarket("MSFT"), { type: "quote", ts: at(iso), ticker: "MSFT", price, session: "regular" }, iso.slice(0, 10));
    day(481.63, "2026-01-28T21:00:00Z");
    day(433.5, "2026-01-29T21:00:00Z");
    await market.scheduleEarnings({ type: "earnings_scheduled", ts: at("2026-01-20T12:00:00Z"), ticker: "MSFT", date: "2026-01-30", time: "bmo" });
    const watch = (channel: string, recap: boolean) => ({ channel, tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS], options: { recap } });
    await router.setWatchlist(watch("#on", true));
    await router.setWatchlist(watch("#off", false));
    return { market, router, raiser };
  }

  it("GIVEN a channel that opted in THEN at 16:15 ET its recap has the -$357.8B close, its posted alerts of the day (not muted ones, not another channel's), and tomorrow's report; once per day", async () => {
    const { market, router, raiser } = await desk();
    const today = new DayAlerts();
    const posted = { channel: "#on", kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-29T14:30:00.000Z", level: 2, marketCap: 1, referenceMarketCap: 1, changeUsd: -1, changePct: -8.64 } as Alert;
    today.note(posted, false);
    today.note({ ...posted, ts: "2026-01-29T18:00:00.000Z" }, true);
    today.note({ ...posted, channel: "#off" }, false);
    const out = recapAlerts(router, raiser, market, market.earningsSchedule(), today, at("2026-01-29T21:15:00Z"));
    expect(out.map((o) => o.alert.channel)).toEqual(["#on"]);
    const recap = out[0]?.alert as DailyRecapAlert;
    expect(recap).toMatchObject({ kind: "daily_recap", day: "2026-01-29", ts: "2026-01-29T21:15:00.000Z", earnings: [{ ticker: "MSFT", date: "2026-01-30", time: "bmo" }] });
    expect(recap.moves.map((m) => [m.ticker, m.changePct, Math.round((m.marketCapChange ?? 0) / 1e8) / 10])).toEqual([["MSFT", -9.99, -357.8]]);
    expect(recap.alerts).toEqual([posted]);
    expect(recapAlerts(router, raiser, market, market.earningsSchedule(), today, at("2026-01-29T21:15:00Z"))).toEqual([]);
  });

  it("GIVEN a Saturday THEN no recap", async () => {
    const { market, router, raiser } = await desk();
    expect(recapAlerts(router, raiser, market, [], new DayAlerts(), at("2026-01-31T21:15:00Z"))).toEqual([]);
  });
});

describe("the day's alerts kept for the recap (DayAlerts): bounded", () => {
  const alert = (channel: string, ts: string, i: number): Alert => ({ channel, kind: "mcap_drop", ticker: `T${i}`, ts, level: 1, marketCap: 1, referenceMarketCap: 2, changeUsd: -1, changePct: -50 });

  it("GIVEN 200 alerts in one channel on one day THEN only the latest MAX_PER_CHANNEL are held; GIVEN the next day THEN the day before is dropped", () => {
    const today = new DayAlerts();
    for (let i = 0; i < 200; i++) today.note(alert("#busy", "2026-01-29T15:00:00.000Z", i), false);
    const held = today.of("#busy", "2026-01-29");
    expect(held).toHaveLength(DayAlerts.MAX_PER_CHANNEL);
    expect(held.at(-1)).toMatchObject({ ticker: "T199" });
    today.note(alert("#other", "2026-01-30T15:00:00.000Z", 0), false);
    expect(today.of("#busy", "2026-01-29")).toEqual([]);
    expect(today.of("#busy", "2026-01-30")).toEqual([]);
  });
});
