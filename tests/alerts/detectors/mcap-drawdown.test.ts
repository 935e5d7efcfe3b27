import { describe, expect, it } from "vitest";
import { detectDrawdown, drawdownLevel, drawdownPeak, windowStart } from "../../../src/alerts/detectors/mcap-drawdown.js";
import { DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";
import { previousNyseTradingDay } from "../../../src/market/nyse.js";

const thresholds = { drawdownPct: 10, drawdownUsd: 200e9 };

describe("windowStart", () => {
  it("GIVEN Thu Jan 29 2026 and 3 trading days THEN Mon Jan 26 (the weekend is skipped)", () => {
    expect(windowStart("2026-01-29", 3, previousNyseTradingDay)).toBe("2026-01-26");
    // Monday Jan 26 back 2: Thursday Jan 22 (Friday Jan 23 and the weekend).
    expect(windowStart("2026-01-26", 2, previousNyseTradingDay)).toBe("2026-01-22");
  });
  it("GIVEN a window over a holiday THEN the holiday is not counted (Jan 19 2026, Martin Luther King Jr. Day)", () => {
    expect(windowStart("2026-01-21", 2, previousNyseTradingDay)).toBe("2026-01-16");
  });
});

describe("drawdownPeak", () => {
  const closes = [
    { day: "2026-01-20", price: 100 },
    { day: "2026-01-21", price: 120 },
    { day: "2026-01-22", price: 110 },
    { day: "2026-01-23", price: 120 },
  ];
  it("GIVEN closes in the window THEN the highest, the earliest on a tie (one peak per episode)", () => {
    expect(drawdownPeak(closes, "2026-01-20", "2026-01-26")).toEqual({ day: "2026-01-21", price: 120 });
  });
  it("GIVEN closes before the window or on the quote's own day THEN they are not the peak", () => {
    expect(drawdownPeak(closes, "2026-01-22", "2026-01-23")).toEqual({ day: "2026-01-22", price: 110 });
    expect(drawdownPeak([...closes, undefined], "2026-01-27", "2026-01-28")).toBeNull();
  });
});

describe("detectDrawdown", () => {
  it("GIVEN $3.13T against a $3.58T peak THEN -12.57 %, level 2 by its $450B (over twice $200B)", () => {
    const d = detectDrawdown({ marketCap: 3.13e12, peakMarketCap: 3.58e12 }, thresholds, 0);
    expect(d).toEqual({ level: 2, marketCap: 3.13e12, referenceMarketCap: 3.58e12, changeUsd: -450e9, changePct: -12.57 });
  });
  it("GIVEN the level already fired in the episode THEN nothing; a deeper fall escalates", () => {
    expect(detectDrawdown({ marketCap: 3.13e12, peakMarketCap: 3.58e12 }, thresholds, 2)).toBeNull();
    expect(detectDrawdown({ marketCap: 2.7e12, peakMarketCap: 3.58e12 }, thresholds, 2)?.level).toBe(3);
  });
  it("GIVEN a rise or a fall under both thresholds THEN nothing", () => {
    expect(detectDrawdown({ marketCap: 3.6e12, peakMarketCap: 3.58e12 }, thresholds, 0)).toBeNull();
    expect(detectDrawdown({ marketCap: 95e9, peakMarketCap: 100e9 }, thresholds, 0)).toBeNull();
  });
  it("GIVEN the defaults THEN 10 % or $200B is level 1, and each level doubles", () => {
    expect(drawdownLevel(10, 1, DEFAULT_THRESHOLDS)).toBe(1);
    expect(drawdownLevel(9.99, 199e9, DEFAULT_THRESHOLDS)).toBe(0);
    expect(drawdownLevel(1, 200e9, DEFAULT_THRESHOLDS)).toBe(1);
    expect(drawdownLevel(40, 1, DEFAULT_THRESHOLDS)).toBe(3);
  });
});
