// capex_guidance: a guided figure against consensus, the prior guidance and last year's actual.
import type { Thresholds } from "../types.js";
import type { CapexBasis, CapexGuidanceFigures } from "../types.js";
import { roundPct } from "../types.js";

export interface GuidanceRange {
  low: number | null;
  high: number | null;
}

/** What a statement is measured against; each is absent when unknown. */
export interface CapexBaselines {
  consensus?: number;
  priorGuidance?: number;
  priorYearActual?: number;
}

export interface CapexGuidanceSurprise extends CapexGuidanceFigures {
  fires: boolean;
}

/** The midpoint of a range, or its one bound for "up to" / "at least". */
export function guidanceValue(range: GuidanceRange): number {
  if (range.low !== null && range.high !== null) return (range.low + range.high) / 2;
  const bound = range.low ?? range.high;
  if (bound === null) throw new Error("a guidance range needs at least one bound");
  return bound;
}

function pctVs(value: number, basis: number | undefined): number | null {
  return basis === undefined ? null : ((value - basis) / basis) * 100;
}

/**
 * Compares a statement with its baselines. Null when there is no basis at all (nothing to be
 * surprised against); otherwise `fires` says whether the surprise or the change against the
 * prior guidance reaches the channel's threshold.
 */
export function capexGuidanceSurprise(
  range: GuidanceRange,
  baselines: CapexBaselines,
  thresholds: Thresholds,
): CapexGuidanceSurprise | null {
  const value = guidanceValue(range);
  const basis: CapexBasis | null =
    baselines.consensus !== undefined
      ? "consensus"
      : baselines.priorGuidance !== undefined
        ? "prior_guidance"
        : baselines.priorYearActual !== undefined
          ? "prior_year_actual"
          : null;
  if (basis === null) return null;
  const basisValue = {
    consensus: baselines.consensus,
    prior_guidance: baselines.priorGuidance,
    prior_year_actual: baselines.priorYearActual,
  }[basis] as number;
  const surprise = pctVs(value, basisValue) as number;
  const vsPrior = pctVs(value, baselines.priorGuidance);
  const limit = thresholds.capexSurprisePct;
  const fires = Math.abs(surprise) >= limit || (vsPrior !== null && Math.abs(vsPrior) >= limit);
  const rounded = (pct: number | null) => (pct === null ? null : roundPct(pct));
  return {
    value,
    basis,
    basisValue,
    surprisePct: roundPct(surprise),
    vsConsensusPct: rounded(pctVs(value, baselines.consensus)),
    vsPriorGuidancePct: rounded(vsPrior),
    vsPriorYearActualPct: rounded(pctVs(value, baselines.priorYearActual)),
    fires,
  };
}
