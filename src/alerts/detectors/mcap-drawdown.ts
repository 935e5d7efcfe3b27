// mcap_drawdown: market value lost from the highest close of the last N trading days (the peak),
// in escalating levels like mcap_drop's. Pure: the closes, the quote's day and the trading calendar
// are given; no store, no clock.
import type { Thresholds } from "../types.js";
import { roundPct } from "../types.js";

export interface DayClose {
  price: number;
  /** The US/Eastern trading day of the close, YYYY-MM-DD. */
  day: string;
}

export interface Drawdown {
  level: number;
  marketCap: number;
  referenceMarketCap: number;
  changeUsd: number;
  changePct: number;
}

/**
 * The first day of the window of `days` trading days before `day`: the peak is looked for in
 * closes from it up to the day before `day`. `previousTradingDay` is the market kernel's.
 */
export function windowStart(day: string, days: number, previousTradingDay: (day: string) => string): string {
  let start = day;
  for (let i = 0; i < days; i++) start = previousTradingDay(start);
  return start;
}

/**
 * The highest close of the trading days from `start` to the day before `day` (the earliest such
 * close on a tie, so an episode keeps one peak), or null when no close falls in the window.
 */
export function drawdownPeak(closes: Iterable<DayClose | undefined>, start: string, day: string): DayClose | null {
  let peak: DayClose | null = null;
  for (const c of closes) {
    if (c === undefined || c.day < start || c.day >= day) continue;
    if (peak === null || c.price > peak.price || (c.price === peak.price && c.day < peak.day)) peak = c;
  }
  return peak;
}

/**
 * The level of a drawdown of `pct` percent and `usd` dollars (both positive): with
 * r = max(pct / drawdownPct, usd / drawdownUsd), level floor(log2 r) + 1 for r >= 1, else 0.
 */
export function drawdownLevel(pct: number, usd: number, thresholds: Pick<Thresholds, "drawdownPct" | "drawdownUsd">): number {
  const r = Math.max(pct / thresholds.drawdownPct, usd / thresholds.drawdownUsd);
  if (!(r >= 1)) return 0;
  return Math.floor(Math.log2(r)) + 1;
}

/**
 * The drawdown to alert on: the market cap below the peak's by a level above every level already
 * fired in its episode (the ticker, the channel and the peak); null otherwise.
 */
export function detectDrawdown(
  valuation: { marketCap: number; peakMarketCap: number },
  thresholds: Pick<Thresholds, "drawdownPct" | "drawdownUsd">,
  firedLevel: number,
): Drawdown | null {
  const changeUsd = valuation.marketCap - valuation.peakMarketCap;
  if (!(changeUsd < 0)) return null;
  const changePct = (changeUsd / valuation.peakMarketCap) * 100;
  const level = drawdownLevel(-changePct, -changeUsd, thresholds);
  if (level <= firedLevel) return null;
  return { level, marketCap: valuation.marketCap, referenceMarketCap: valuation.peakMarketCap, changeUsd, changePct: roundPct(changePct) };
}
