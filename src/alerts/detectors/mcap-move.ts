// mcap_drop / mcap_gain: how far a market cap moved from its reference close, in escalating levels.
import type { Thresholds } from "../types.js";
import { roundPct } from "../types.js";

export interface Valuation {
  marketCap: number;
  referenceMarketCap: number;
}

export interface McapMove {
  kind: "mcap_drop" | "mcap_gain";
  level: number;
  marketCap: number;
  referenceMarketCap: number;
  changeUsd: number;
  changePct: number;
}

/**
 * The level of a move of `pct` percent and `usd` dollars (both positive): with
 * r = max(pct / mcapDropPct, usd / mcapDropUsd), level floor(log2 r) + 1 for r >= 1, else 0.
 * Each level doubles the move needed, so a worsening fall escalates instead of repeating.
 */
export function mcapMoveLevel(pct: number, usd: number, thresholds: Thresholds): number {
  const r = Math.max(pct / thresholds.mcapDropPct, usd / thresholds.mcapDropUsd);
  if (!(r >= 1)) return 0;
  return Math.floor(Math.log2(r)) + 1;
}

/**
 * The move to alert on, if it is in the channel's enabled direction and above every level
 * already fired in its episode; null otherwise.
 */
export function detectMcapMove(
  valuation: Valuation,
  thresholds: Thresholds,
  firedLevel: number,
  direction: "mcap_drop" | "mcap_gain",
): McapMove | null {
  const changeUsd = valuation.marketCap - valuation.referenceMarketCap;
  if (direction === "mcap_drop" ? changeUsd >= 0 : changeUsd <= 0) return null;
  const changePct = (changeUsd / valuation.referenceMarketCap) * 100;
  const level = mcapMoveLevel(Math.abs(changePct), Math.abs(changeUsd), thresholds);
  if (level <= firedLevel) return null;
  return {
    kind: direction,
    level,
    marketCap: valuation.marketCap,
    referenceMarketCap: valuation.referenceMarketCap,
    changeUsd,
    changePct: roundPct(changePct),
  };
}
