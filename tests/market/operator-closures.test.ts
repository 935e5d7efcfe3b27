// One-off closures from the operator's config make a day a non-trading day for every calendar
// reader: trading days, holidays, early closes and sessions.
import { afterEach, describe, expect, it } from "vitest";
import { isNyseEarlyClose, nyseEarlyCloses } from "../../src/market/nyse-early-close.js";
import { OPERATOR_CLOSURE, isNyseTradingDay, nextNyseTradingDay, nyseHolidays, nyseTradingDaysBetween, previousNyseTradingDay, setOperatorClosures } from "../../src/market/nyse.js";
import { isTradingDayAt, sessionAt } from "../../src/market/sessions.js";

const at = (iso: string) => Date.parse(iso);

describe("operator closures", () => {
  afterEach(() => setOperatorClosures([]));

  it("GIVEN Wednesday 2026-12-23 declared closed THEN it is no trading day and the days around it skip it", () => {
    expect(isNyseTradingDay("2026-12-23")).toBe(true);
    setOperatorClosures(["2026-12-23"]);
    expect(isNyseTradingDay("2026-12-23")).toBe(false);
    expect(nextNyseTradingDay("2026-12-22")).toBe("2026-12-24");
    expect(previousNyseTradingDay("2026-12-24")).toBe("2026-12-22");
    expect(nyseTradingDaysBetween("2026-12-21", "2026-12-24")).toEqual(["2026-12-21", "2026-12-22", "2026-12-24"]);
    expect(nyseHolidays(2026)).toContainEqual({ date: "2026-12-23", name: OPERATOR_CLOSURE });
  });

  it("GIVEN the session hours of a declared closure THEN the session is closed all day", () => {
    setOperatorClosures(["2026-12-23"]);
    expect(sessionAt(at("2026-12-23T12:00:00Z"))).toBe("closed"); // 07:00 ET, pre-market on a trading day
    expect(sessionAt(at("2026-12-23T15:00:00Z"))).toBe("closed"); // 10:00 ET
    expect(sessionAt(at("2026-12-23T22:00:00Z"))).toBe("closed"); // 17:00 ET
    expect(isTradingDayAt(at("2026-12-23T15:00:00Z"))).toBe(false);
    expect(sessionAt(at("2026-12-22T15:00:00Z"))).toBe("regular");
  });

  it("GIVEN Christmas Eve, an early close, declared closed THEN it is no longer an early close", () => {
    expect(isNyseEarlyClose("2026-12-24")).toBe(true);
    setOperatorClosures(["2026-12-24"]);
    expect(isNyseEarlyClose("2026-12-24")).toBe(false);
    expect(nyseEarlyCloses(2026)).not.toContain("2026-12-24");
    expect(sessionAt(at("2026-12-24T15:00:00Z"))).toBe("closed");
  });

  it("GIVEN closures replaced or cleared, a weekend date or an exchange holiday THEN only real extra closures count", () => {
    setOperatorClosures(["2026-12-23", "2026-12-26", "2026-12-25"]);
    const december = nyseHolidays(2026).filter((h) => h.date >= "2026-12-01");
    expect(december).toEqual([
      { date: "2026-12-23", name: OPERATOR_CLOSURE },
      { date: "2026-12-25", name: "Christmas Day" },
    ]);
    setOperatorClosures(["2027-01-04"]);
    expect(isNyseTradingDay("2026-12-23")).toBe(true);
    expect(isNyseTradingDay("2027-01-04")).toBe(false);
    setOperatorClosures([]);
    expect(isNyseTradingDay("2027-01-04")).toBe(true);
  });

  it("GIVEN a date that does not exist THEN RangeError and the closures before stay", () => {
    setOperatorClosures(["2026-12-23"]);
    expect(() => setOperatorClosures(["2026-02-30"])).toThrow(RangeError);
    expect(isNyseTradingDay("2026-12-23")).toBe(false);
  });
});
