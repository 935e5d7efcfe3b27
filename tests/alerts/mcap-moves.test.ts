import { describe, expect, it } from "vitest";
import { AlertRaiser } from "../../src/alerts/alert-raiser.js";
import { ChannelRouter } from "../../src/alerts/channel-router.js";
import { Episodes } from "../../src/alerts/episodes.js";
import { MarketState } from "../../src/alerts/market-state.js";
import { McapMoves } from "../../src/alerts/mcap-moves.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { alertStore, marketStore, settingsStore } from "../helpers/store-role-fakes.js";

const quote = (ts: string, price: number) => ({ type: "quote" as const, ts: Date.parse(ts), ticker: "ACME", price, session: "regular" as const });
const watch = (channel: string, mcapDropPct: number) => ({ channel, tickers: ["ACME"], thresholds: { ...DEFAULT_THRESHOLDS, mcapDropPct }, kinds: [...DEFAULT_KINDS] });

/** ACME: 1B shares at $100 (a $100B company, so the $100B default never decides), closed on Wed 2026-01-28. */
async function desk() {
  const market = new MarketState(marketStore([]));
  const router = new ChannelRouter(settingsStore([]));
  const raiser = new AlertRaiser(new Episodes(), router, alertStore());
  await market.onCompany({ type: "company", ts: 0, ticker: "ACME", sharesOutstanding: 1e9 });
  const moves = new McapMoves(market, router, raiser);
  moves.onQuote(quote("2026-01-28T20:59:00Z", 100));
  return { moves, router };
}

const fired = (out: ReturnType<McapMoves["onQuote"]>) => (out ?? []).map((a) => [a.alert.channel, "level" in a.alert ? a.alert.level : undefined]);

describe("market-cap moves per quote (McapMoves): routing by each channel's threshold, one alert per level", () => {
  it("GIVEN channels at 3% and 5% THEN a 4% fall tells the 3% channel, a 7% fall escalates it and tells the 5% one, a further tick tells no one", async () => {
    const { moves, router } = await desk();
    await router.setWatchlist(watch("#loud", 3));
    await router.setWatchlist(watch("#calm", 5));
    expect(fired(moves.onQuote(quote("2026-01-29T14:31:00Z", 96)))).toEqual([["#loud", 1]]);
    expect(fired(moves.onQuote(quote("2026-01-29T15:00:00Z", 93)))).toEqual([["#loud", 2], ["#calm", 1]]);
    expect(moves.onQuote(quote("2026-01-29T15:01:00Z", 92.5))).toBeUndefined();
  });

  it("GIVEN a move under every channel's threshold THEN nothing is raised (the common case, decided before per-channel work)", async () => {
    const { moves, router } = await desk();
    await router.setWatchlist(watch("#calm", 5));
    expect(moves.onQuote(quote("2026-01-29T14:31:00Z", 99))).toBeUndefined();
  });

  it("GIVEN a channel added after the ticker's route was cached THEN the next quote reaches it", async () => {
    const { moves, router } = await desk();
    await router.setWatchlist(watch("#calm", 5));
    expect(moves.onQuote(quote("2026-01-29T14:31:00Z", 98))).toBeUndefined();
    await router.setWatchlist(watch("#late", 1));
    expect(fired(moves.onQuote(quote("2026-01-29T14:32:00Z", 98)))).toEqual([["#late", 2]]);
  });

  it("GIVEN no share count known THEN a 7% fall is a percentage-only level-1 alert (r = pct / mcapDropPct) with the dollar figures null", async () => {
    const market = new MarketState(marketStore([]));
    const router = new ChannelRouter(settingsStore([]));
    await router.setWatchlist({ ...watch("#calm", 5), tickers: ["NEW"] });
    const moves = new McapMoves(market, router, new AlertRaiser(new Episodes(), router, alertStore()));
    moves.onQuote({ ...quote("2026-01-28T20:59:00Z", 100), ticker: "NEW" });
    expect(moves.onQuote({ ...quote("2026-01-29T14:31:00Z", 96), ticker: "NEW" })).toBeUndefined();
    const out = moves.onQuote({ ...quote("2026-01-29T14:32:00Z", 93), ticker: "NEW" });
    expect(out?.map((a) => a.alert)).toEqual([
      expect.objectContaining({ channel: "#calm", kind: "mcap_drop", ticker: "NEW", level: 1, marketCap: null, referenceMarketCap: null, changeUsd: null, changePct: -7, price: 93, session: "regular" }),
    ]);
    // 10.5% is r = 2.1: level 2, never by a dollar threshold.
    expect(moves.onQuote({ ...quote("2026-01-29T15:00:00Z", 89.5), ticker: "NEW" })?.map((a) => "level" in a.alert && a.alert.level)).toEqual([2]);
    expect(market.marketOf("NEW")?.lastTrade?.price).toBe(89.5);
  });
});
