// earnings_result: reported EPS and revenue against their estimates.
import type { EarningsResultEvent } from "../../sources/events.js";
import { roundPct, type EarningsResultFigures } from "../types.js";

export type { EarningsResultFigures } from "../types.js";

/** (actual - estimate) / |estimate| in percent; null when either is missing or the estimate is 0. */
export function surprisePct(actual: number | undefined, estimate: number | undefined): number | null {
  if (actual === undefined || estimate === undefined || estimate === 0) return null;
  return roundPct(((actual - estimate) / Math.abs(estimate)) * 100);
}

export function earningsResultFigures(event: EarningsResultEvent): EarningsResultFigures {
  return {
    period: event.period ?? null,
    epsActual: event.epsActual ?? null,
    epsEstimate: event.epsEstimate ?? null,
    epsSurprisePct: surprisePct(event.epsActual, event.epsEstimate),
    revenueActual: event.revenueActual ?? null,
    revenueEstimate: event.revenueEstimate ?? null,
    revenueSurprisePct: surprisePct(event.revenueActual, event.revenueEstimate),
  };
}
