// capex_actual: reported capital expenditures against the consensus for the same period.
import type { Thresholds } from "../types.js";
import { roundPct } from "../types.js";

export interface CapexActualSurprise {
  value: number;
  consensus: number;
  surprisePct: number;
}

/** The surprise when a consensus is known and the gap reaches the threshold; null otherwise. */
export function capexActualSurprise(
  value: number,
  consensus: number | undefined,
  thresholds: Thresholds,
): CapexActualSurprise | null {
  if (consensus === undefined) return null;
  const pct = ((value - consensus) / consensus) * 100;
  if (Math.abs(pct) < thresholds.capexSurprisePct) return null;
  return { value, consensus, surprisePct: roundPct(pct) };
}
