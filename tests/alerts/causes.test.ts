// Cause and effect: a market-cap move in the same channel and episode as the company's guidance
// or results says what it followed.
import { describe, expect, it } from "vitest";
import { Causes } from "../../src/alerts/causes.js";
import type { Alert, CauseAlert } from "../../src/alerts/types.js";
import { causeText } from "../../src/alerts/views/alert-view.js";

const amznGuidance = {
  channel: "#markets", kind: "capex_guidance", ticker: "AMZN", ts: "2026-02-05T21:05:00.000Z", period: "FY2026", low: 200e9, high: 200e9, value: 200e9,
  basis: "consensus", basisValue: 146.6e9, surprisePct: 36.43, vsConsensusPct: 36.43, vsPriorGuidancePct: null, vsPriorYearActualPct: 51.75, sentence: "We expect…",
} as Alert;

describe("Causes", () => {
  it("GIVEN Amazon's guidance at 16:05 ET Feb 5 THEN the after-hours fall against Feb 5's close and Feb 6's against it follow it; another channel's or ticker's do not", () => {
    const causes = new Causes();
    causes.note(amznGuidance);
    expect(causes.causeOf("#markets", "AMZN", "2026-02-05", Date.parse("2026-02-05T22:00:00Z"))).toMatchObject({ kind: "capex_guidance", period: "FY2026" });
    expect(causes.causeOf("#markets", "AMZN", "2026-02-05", Date.parse("2026-02-05T22:00:00Z"))).not.toHaveProperty("sentence");
    expect(causes.causeOf("#other", "AMZN", "2026-02-05", Date.parse("2026-02-05T22:00:00Z"))).toBeUndefined();
    expect(causes.causeOf("#markets", "MSFT", "2026-02-05", Date.parse("2026-02-05T22:00:00Z"))).toBeUndefined();
  });

  it("GIVEN a move before the guidance, or in a later episode THEN no cause", () => {
    const causes = new Causes();
    causes.note(amznGuidance);
    expect(causes.causeOf("#markets", "AMZN", "2026-02-04", Date.parse("2026-02-05T21:00:00Z"))).toBeUndefined();
    expect(causes.causeOf("#markets", "AMZN", "2026-02-09", Date.parse("2026-02-10T15:00:00Z"))).toBeUndefined();
  });

  it("GIVEN a mcap alert or a digest THEN nothing is noted", () => {
    const causes = new Causes();
    causes.note({ channel: "#markets", kind: "earnings_upcoming", ts: "2026-02-05T13:00:00.000Z", items: [] });
    expect(causes.causeOf("#markets", "AMZN", "2026-02-05", Date.parse("2026-02-05T22:00:00Z"))).toBeUndefined();
  });
});

describe("causeText", () => {
  it("GIVEN guidance on the move's day THEN the time alone; on an earlier day THEN the day too", () => {
    expect(causeText(amznGuidance as CauseAlert, "2026-02-05T22:00:00.000Z")).toBe("after guiding FY2026 capex $200B, +36.43% vs consensus, at 16:05 ET");
    expect(causeText(amznGuidance as CauseAlert, "2026-02-06T14:30:00.000Z")).toBe("after guiding FY2026 capex $200B, +36.43% vs consensus, on Thu, Feb 5, 16:05 ET");
  });

  it("GIVEN an earnings result THEN the period and EPS against the estimate", () => {
    const result = { channel: "#markets", kind: "earnings_result", ticker: "MSFT", ts: "2026-01-28T21:05:00.000Z", period: "Q2-2026", epsActual: 4.14, epsEstimate: 3.97, epsSurprisePct: 4.28, revenueActual: null, revenueEstimate: null, revenueSurprisePct: null } as CauseAlert;
    expect(causeText(result, "2026-01-28T22:00:00.000Z")).toBe("after reporting Q2-2026 results: EPS $4.14 (+4.28% vs estimate), at 16:05 ET");
  });
});
