import { describe, expect, it } from "vitest";
import { isNyseEarlyClose, nyseEarlyCloses } from "../../src/market/nyse-early-close.js";

describe("NYSE early closes (13:00 ET)", () => {
  it.each([
    [2024, ["2024-07-03", "2024-11-29", "2024-12-24"]],
    [2025, ["2025-07-03", "2025-11-28", "2025-12-24"]],
    // July 3 2026 is the observed Independence Day holiday: no early close that week.
    [2026, ["2026-11-27", "2026-12-24"]],
    // Dec 24 2027 is the observed Christmas holiday.
    [2027, ["2027-11-26"]],
  ])("GIVEN %i THEN the published early closes", (year, days) => {
    expect(nyseEarlyCloses(year)).toEqual(days);
  });

  it("GIVEN an ordinary day or a holiday THEN no early close", () => {
    expect(isNyseEarlyClose("2026-01-29")).toBe(false);
    expect(isNyseEarlyClose("2026-07-03")).toBe(false);
    expect(isNyseEarlyClose("2026-11-27")).toBe(true);
  });
});
