import { describe, expect, it } from "vitest";
import {
  MAX_DAY,
  MIN_DAY,
  addDays,
  daysFromCivil,
  formatDay,
  nthWeekdayOfMonth,
  parseDay,
  weekday,
  yearOfDay,
} from "../../src/market/civil-date.js";

const DAY_MS = 86_400_000;

describe("civil dates", () => {
  it("GIVEN every day from 1800 to 2200 THEN day numbers, years and strings agree with Date", () => {
    const mismatches: string[] = [];
    for (let day = daysFromCivil(1800, 1, 1); day <= daysFromCivil(2200, 12, 31); day++) {
      const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
      if (formatDay(day) !== iso || parseDay(iso) !== day || yearOfDay(day) !== Number(iso.slice(0, 4))) {
        mismatches.push(`${day} ${iso}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("GIVEN the ends of the supported range THEN 0000-01-01 and 9999-12-31 round-trip and beyond throws", () => {
    expect(formatDay(MIN_DAY)).toBe("0000-01-01");
    expect(formatDay(MAX_DAY)).toBe("9999-12-31");
    expect(parseDay("0000-01-01")).toBe(MIN_DAY);
    expect(parseDay("9999-12-31")).toBe(MAX_DAY);
    expect(() => formatDay(MIN_DAY - 1)).toThrow(RangeError);
    expect(() => formatDay(MAX_DAY + 1)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });

  it.each(["2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01", "26-01-01", "2026-01-01T00:00Z", "", "+026-01-01", "2026-0a-01", "2026-01-1 ", "2026/01/01"])(
    "GIVEN the malformed or impossible date %j THEN parsing throws RangeError",
    (bad) => {
      expect(() => parseDay(bad)).toThrow(RangeError);
      expect(() => weekday(bad)).toThrow(RangeError);
    },
  );

  it("GIVEN leap days THEN 2024-02-29 and 2000-02-29 are real dates", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
  });

  it("GIVEN addDays across month and year ends THEN it lands on the right date", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-03-08", 0)).toBe("2026-03-08");
    expect(addDays("2026-01-29", 365)).toBe("2027-01-29");
    expect(() => addDays("2026-01-29", 1.5)).toThrow(RangeError);
  });

  it("GIVEN known dates THEN weekday is 0 for Sunday through 6 for Saturday", () => {
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("2026-03-08")).toBe(0);
    expect(weekday("2026-01-19")).toBe(1);
    expect(weekday("2026-07-03")).toBe(5);
    expect(weekday("2022-01-01")).toBe(6);
    expect(weekday("1969-12-31")).toBe(3);
  });

  it("GIVEN month and weekday rules THEN nthWeekdayOfMonth finds second Sunday, fourth Thursday and last Monday", () => {
    expect(formatDay(nthWeekdayOfMonth(2026, 3, 0, 2))).toBe("2026-03-08");
    expect(formatDay(nthWeekdayOfMonth(2026, 11, 4, 4))).toBe("2026-11-26");
    expect(formatDay(nthWeekdayOfMonth(2026, 5, 1, -1))).toBe("2026-05-25");
    expect(formatDay(nthWeekdayOfMonth(2027, 5, 1, -1))).toBe("2027-05-31");
    expect(formatDay(nthWeekdayOfMonth(2026, 11, 0, 1))).toBe("2026-11-01");
  });
});
