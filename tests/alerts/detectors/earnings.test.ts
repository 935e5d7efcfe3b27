import { describe, expect, it } from "vitest";
import { capexActualSurprise } from "../../../src/alerts/detectors/capex-actual.js";
import { earningsResultFigures, surprisePct } from "../../../src/alerts/detectors/earnings-result.js";
import { earningsDigestItems } from "../../../src/alerts/detectors/earnings-upcoming.js";
import { DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";

describe("earnings_result figures", () => {
  it("GIVEN Microsoft's $4.14 against $3.91 and $81.3B against $80.3B THEN +5.88 % and +1.25 %", () => {
    expect(
      earningsResultFigures({ type: "earnings_result", ts: 0, ticker: "MSFT", period: "Q2-2026", epsActual: 4.14, epsEstimate: 3.91, revenueActual: 81.3e9, revenueEstimate: 80.3e9 }),
    ).toEqual({ period: "Q2-2026", epsActual: 4.14, epsEstimate: 3.91, epsSurprisePct: 5.88, revenueActual: 81.3e9, revenueEstimate: 80.3e9, revenueSurprisePct: 1.25 });
  });
  it("GIVEN a negative estimate THEN the surprise is measured against its absolute value", () => {
    expect(surprisePct(-0.1, -0.2)).toBe(50);
  });
  it("GIVEN a missing figure or a zero estimate THEN null, and every key is still there", () => {
    expect(surprisePct(1, 0)).toBeNull();
    const f = earningsResultFigures({ type: "earnings_result", ts: 0, ticker: "AAPL", epsActual: 2.84 });
    expect(f).toEqual({ period: null, epsActual: 2.84, epsEstimate: null, epsSurprisePct: null, revenueActual: null, revenueEstimate: null, revenueSurprisePct: null });
  });
});

describe("capex_actual", () => {
  it("GIVEN Amazon's Q4 $39.5B against $34.5B THEN +14.49 %", () => {
    expect(capexActualSurprise(39.5e9, 34.5e9, DEFAULT_THRESHOLDS)).toEqual({ value: 39.5e9, consensus: 34.5e9, surprisePct: 14.49 });
  });
  it("GIVEN no consensus, or a gap under the threshold THEN nothing", () => {
    expect(capexActualSurprise(39.5e9, undefined, DEFAULT_THRESHOLDS)).toBeNull();
    expect(capexActualSurprise(37.5e9, 36.2e9, DEFAULT_THRESHOLDS)).toBeNull();
  });
});

describe("earnings digest items", () => {
  const schedule = [
    { ticker: "MSFT", date: "2026-01-28", time: "amc" as const },
    { ticker: "AAPL", date: "2026-01-29", time: "amc" as const },
    { ticker: "META", date: "2026-01-28", time: "amc" as const },
    { ticker: "AMZN", date: "2026-02-05", time: "unknown" as const },
  ];
  it("GIVEN reports today and next trading day THEN they are listed by date then ticker", () => {
    expect(earningsDigestItems(schedule, "2026-01-28", "2026-01-29", () => true).map((i) => i.ticker)).toEqual(["META", "MSFT", "AAPL"]);
  });
  it("GIVEN a channel that does not watch a ticker THEN the ticker is left out", () => {
    expect(earningsDigestItems(schedule, "2026-01-28", "2026-01-29", (t) => t !== "META").map((i) => i.ticker)).toEqual(["MSFT", "AAPL"]);
  });
  it("GIVEN nothing on either day THEN an empty list", () => {
    expect(earningsDigestItems(schedule, "2026-01-20", "2026-01-21", () => true)).toEqual([]);
  });
});
