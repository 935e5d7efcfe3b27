import { describe, expect, it } from "vitest";
import { capexGuidanceSurprise, guidanceValue } from "../../../src/alerts/detectors/capex-guidance.js";
import { DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";

describe("guidanceValue", () => {
  it("GIVEN a range THEN its midpoint; GIVEN one bound THEN that bound", () => {
    expect(guidanceValue({ low: 115e9, high: 135e9 })).toBe(125e9);
    expect(guidanceValue({ low: null, high: 135e9 })).toBe(135e9);
    expect(guidanceValue({ low: 20e9, high: null })).toBe(20e9);
  });
});

describe("capexGuidanceSurprise", () => {
  it("GIVEN Meta's $115-135B against a $110.7B consensus and $72.22B in 2025 THEN +12.92 % vs consensus fires", () => {
    const s = capexGuidanceSurprise({ low: 115e9, high: 135e9 }, { consensus: 110.7e9, priorYearActual: 72.22e9 }, DEFAULT_THRESHOLDS);
    expect(s).toEqual({
      value: 125e9,
      basis: "consensus",
      basisValue: 110.7e9,
      surprisePct: 12.92,
      vsConsensusPct: 12.92,
      vsPriorGuidancePct: null,
      vsPriorYearActualPct: 73.08,
      fires: true,
    });
  });
  it("GIVEN Amazon's ~$200B against $146.6B THEN +36.43 %", () => {
    expect(capexGuidanceSurprise({ low: 200e9, high: 200e9 }, { consensus: 146.6e9 }, DEFAULT_THRESHOLDS)).toMatchObject({ surprisePct: 36.43, fires: true });
  });
  it("GIVEN no consensus THEN the prior guidance is the basis, then the prior-year actual", () => {
    expect(capexGuidanceSurprise({ low: 64e9, high: 72e9 }, { priorGuidance: 62.5e9, priorYearActual: 39.2e9 }, DEFAULT_THRESHOLDS)).toMatchObject({ basis: "prior_guidance", basisValue: 62.5e9, surprisePct: 8.8, fires: false });
    expect(capexGuidanceSurprise({ low: 64e9, high: 72e9 }, { priorYearActual: 39.2e9 }, DEFAULT_THRESHOLDS)).toMatchObject({ basis: "prior_year_actual", fires: true });
  });
  it("GIVEN guidance in line with consensus but 12 % above the prior guidance THEN it fires on the change", () => {
    const s = capexGuidanceSurprise({ low: 112e9, high: 112e9 }, { consensus: 110e9, priorGuidance: 100e9 }, DEFAULT_THRESHOLDS);
    expect(s).toMatchObject({ basis: "consensus", surprisePct: 1.82, vsPriorGuidancePct: 12, fires: true });
  });
  it("GIVEN a surprise just under the threshold THEN it does not fire", () => {
    expect(capexGuidanceSurprise({ low: 109.9e9, high: 109.9e9 }, { consensus: 100e9 }, DEFAULT_THRESHOLDS)?.fires).toBe(false);
    expect(capexGuidanceSurprise({ low: 90e9, high: 90e9 }, { consensus: 100e9 }, DEFAULT_THRESHOLDS)?.fires).toBe(true);
  });
  it("GIVEN nothing to compare with THEN null", () => {
    expect(capexGuidanceSurprise({ low: 20e9, high: null }, {}, DEFAULT_THRESHOLDS)).toBeNull();
  });
});
