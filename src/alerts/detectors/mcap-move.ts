// mcap_drop / mcap_gain: how far a market cap moved from its reference close, in escalating levels.
// A ticker with no known share count has no market cap: its moves are measured on the price alone
// (percentage-only: r = pct / mcapDropPct, the dollar figures null).
import type { Thresholds } from "../types.js";
import { roundPct } from "../types.js";

/** The two values compared: market caps, or (no share count known) prices with `shares` null. */
export interface Valuation {
  marketCap: number;
  referenceMarketCap: number;
}

export interface McapMove {
  kind: "mcap_drop" | "mcap_gain";
  level: number;
  /** Null when the ticker's share count is unknown (a percentage-only move). */
  marketCap: number | null;
  referenceMarketCap: number | null;
  changeUsd: number | null;
  changePct: number;
}

/**
 * The level of a move of `pct` percent and `usd` dollars (both positive; `usd` null when the
 * market cap is unknown): with r = max(pct / mcapDropPct, usd / mcapDropUsd) — or pct / mcapDropPct
 * alone — level floor(log2 r) + 1 for r >= 1, else 0.
 * Each level doubles the move needed, so a worsening fall escalates instead of repeating.
 */
export function mcapMoveLevel(pct: number, usd: number | null, thresholds: Thresholds): number {
  const byPct = pct / thresholds.mcapDropPct;
  const r = usd === null ? byPct : Math.max(byPct, usd / thresholds.mcapDropUsd);
  if (!(r >= 1)) return 0;
  return Math.floor(Math.log2(r)) + 1;
}

/**
 * The move to alert on, if it is in the channel's enabled direction and above every level
 * already fired in its episode; null otherwise. With `priceOnly`, the valuation holds prices (the
 * share count is unknown): the move is percentage-only and its dollar figures are null.
 */
export function detectMcapMove(
  valuation: Valuation,
  thresholds: Thresholds,
  firedLevel: number,
  direction: "mcap_drop" | "mcap_gain",
  priceOnly = false,
): McapMove | null {
  const change = valuation.marketCap - valuation.referenceMarketCap;
  if (direction === "mcap_drop" ? change >= 0 : change <= 0) return null;
  const changePct = (change / valuation.referenceMarketCap) * 100;
  const level = mcapMoveLevel(Math.abs(changePct), priceOnly ? null : Math.abs(change), thresholds);
  if (level <= firedLevel) return null;
  return {
    kind: direction,
    level,
    marketCap: priceOnly ? null : valuation.marketCap,
    referenceMarketCap: priceOnly ? null : valuation.referenceMarketCap,
    changeUsd: priceOnly ? null : change,
    changePct: roundPct(changePct),
  };
}
