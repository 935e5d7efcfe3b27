import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addDays,
  easternDate,
  easternOffsetMinutes,
  easternWallTimeToUtc,
  weekday,
} from "../../src/market/eastern-time.js";
import { intlEasternDate, intlWallTime } from "./intl-reference.js";

const HOUR_MS = 3_600_000;
const at = (iso: string): number => Date.parse(iso);

/** Instants `from`..`to` (exclusive) every `stepHours` hours, each also one ms before the hour. */
function mismatchesAgainstIntl(from: string, to: string, stepHours: number): string[] {
  const bad: string[] = [];
  for (let ms = at(from); ms < at(to); ms += stepHours * HOUR_MS) {
    for (const t of [ms, ms - 1]) {
      const want = intlWallTime(t);
      if (easternDate(t) !== want.date || easternOffsetMinutes(t) !== want.offsetMinutes) {
        bad.push(`${new Date(t).toISOString()}: got ${easternDate(t)} ${easternOffsetMinutes(t)}, Intl ${want.date} ${want.offsetMinutes}`);
      }
    }
  }
  return bad;
}

describe("easternDate around midnight in New York", () => {
  it.each([
    ["2026-01-29T04:59:59.999Z", "2026-01-28"],
    ["2026-01-29T05:00:00Z", "2026-01-29"],
    ["2026-07-15T03:59:59Z", "2026-07-14"],
    ["2026-07-15T04:00:00Z", "2026-07-15"],
    ["2026-12-31T23:59:59Z", "2026-12-31"],
    ["2027-01-01T04:59:59Z", "2026-12-31"],
    ["2027-01-01T05:00:00Z", "2027-01-01"],
  ])("GIVEN %s THEN the New York date is %s", (iso, date) => {
    expect(easternDate(at(iso))).toBe(date);
  });

  it("GIVEN 2026-01-29T04:59:59Z and 05:00:00Z THEN the dates are 2026-01-28 and 2026-01-29", () => {
    expect(easternDate(at("2026-01-29T04:59:59Z"))).toBe("2026-01-28");
    expect(easternDate(at("2026-01-29T05:00:00Z"))).toBe("2026-01-29");
  });
});

describe("easternDate and easternOffsetMinutes around the 2026 DST changes", () => {
  it("GIVEN the spring-forward change at 2026-03-08T07:00Z THEN the offset goes from -300 to -240", () => {
    expect(easternOffsetMinutes(at("2026-03-08T06:59:59.999Z"))).toBe(-300);
    expect(easternOffsetMinutes(at("2026-03-08T07:00:00Z"))).toBe(-240);
  });

  it("GIVEN midnights either side of 2026-03-08 THEN midnight is 05:00Z before and 04:00Z after", () => {
    expect(easternDate(at("2026-03-08T04:59:59Z"))).toBe("2026-03-07");
    expect(easternDate(at("2026-03-08T05:00:00Z"))).toBe("2026-03-08");
    expect(easternDate(at("2026-03-09T03:59:59Z"))).toBe("2026-03-08");
    expect(easternDate(at("2026-03-09T04:00:00Z"))).toBe("2026-03-09");
  });

  it("GIVEN the fall-back change at 2026-11-01T06:00Z THEN the offset goes from -240 to -300", () => {
    expect(easternOffsetMinutes(at("2026-11-01T05:59:59.999Z"))).toBe(-240);
    expect(easternOffsetMinutes(at("2026-11-01T06:00:00Z"))).toBe(-300);
  });

  it("GIVEN midnights either side of 2026-11-01 THEN midnight is 04:00Z before and 05:00Z after", () => {
    expect(easternDate(at("2026-11-01T03:59:59Z"))).toBe("2026-10-31");
    expect(easternDate(at("2026-11-01T04:00:00Z"))).toBe("2026-11-01");
    expect(easternDate(at("2026-11-02T04:59:59Z"))).toBe("2026-11-01");
    expect(easternDate(at("2026-11-02T05:00:00Z"))).toBe("2026-11-02");
  });
});

describe("easternDate against Intl", () => {
  it("GIVEN every hour of 2024-2027 (and the ms before each) THEN date and offset agree with Intl", () => {
    expect(mismatchesAgainstIntl("2024-01-01T00:00:00Z", "2028-01-01T00:00:00Z", 1)).toEqual([]);
  });

  it("GIVEN the 1987-2006 law (April to October) THEN every hour of 2005-2008 agrees with Intl", () => {
    expect(mismatchesAgainstIntl("2005-01-01T00:00:00Z", "2009-01-01T00:00:00Z", 1)).toEqual([]);
  });

  it("GIVEN a sparse sweep of 1987-2100 THEN date and offset agree with Intl", () => {
    expect(mismatchesAgainstIntl("1987-01-01T00:00:00Z", "2101-01-01T00:00:00Z", 37)).toEqual([]);
  });

  it("GIVEN history before 1987 (1974 energy crisis, standard time from 1883, local mean time) THEN it agrees with Intl", () => {
    expect(mismatchesAgainstIntl("1973-10-01T00:00:00Z", "1975-06-01T00:00:00Z", 1)).toEqual([]);
    expect(mismatchesAgainstIntl("1880-01-01T00:00:00Z", "1987-01-01T00:00:00Z", 97)).toEqual([]);
    expect(mismatchesAgainstIntl("1883-11-18T15:00:00Z", "1883-11-18T19:00:00Z", 1)).toEqual([]);
    expect(easternDate(at("1776-07-04T16:00:00Z"))).toBe(intlEasternDate(at("1776-07-04T16:00:00Z")));
  });

  it("GIVEN random instants in random order THEN the cached segments never give a stale answer", () => {
    fc.assert(
      fc.property(fc.integer({ min: at("1850-01-01T00:00:00Z"), max: at("2200-01-01T00:00:00Z") }), (ms) => {
        expect(easternDate(ms)).toBe(intlEasternDate(ms));
        expect(easternOffsetMinutes(ms)).toBe(intlWallTime(ms).offsetMinutes);
      }),
      { numRuns: 5_000 },
    );
  });

  it("GIVEN every hour of 1990-2039 THEN the New York hour agrees with Intl's", () => {
    // Intl's hour-only format is the cheapest full check: with offsets of whole hours, the wall
    // hour fixes the offset, and the date follows from it (checked hour by hour above for 2024-2027).
    const hourOnly = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", hourCycle: "h23" });
    const bad: string[] = [];
    for (let ms = at("1990-01-01T00:00:00Z"); ms < at("2040-01-01T00:00:00Z"); ms += HOUR_MS) {
      const offsetHours = easternOffsetMinutes(ms) / 60;
      const hour = (((Math.floor(ms / HOUR_MS) + offsetHours) % 24) + 24) % 24;
      if (hour !== Number(hourOnly.format(ms)) && bad.push(new Date(ms).toISOString()) > 10) break;
    }
    expect(bad).toEqual([]);
  });

  it("GIVEN four years of instants every 7 minutes THEN Intl is read a bounded number of times per year, not per instant", async () => {
    // A fresh copy of the module, so no years cached by the tests above hide the reads.
    const RealDateTimeFormat = Intl.DateTimeFormat;
    let reads = 0;
    function CountingDateTimeFormat(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions): Pick<Intl.DateTimeFormat, "format" | "formatToParts"> {
      const real = new RealDateTimeFormat(locales, options);
      return {
        format: (date) => (reads++, real.format(date)),
        formatToParts: (date) => (reads++, real.formatToParts(date)),
      };
    }
    const construct = vi.spyOn(Intl, "DateTimeFormat").mockImplementation(CountingDateTimeFormat as unknown as typeof Intl.DateTimeFormat);
    vi.resetModules();
    const fresh = await import("../../src/market/eastern-time.js");
    for (let ms = at("2024-01-01T00:00:00Z"); ms < at("2028-01-01T00:00:00Z"); ms += 7 * 60_000) fresh.easternDate(ms);
    fresh.easternWallTimeToUtc("2026-03-08", 2, 30);
    // Per year a probe every seven days (53-54) and about 20 per change to the second (2 × 20),
    // where one read per instant would be some 300,000.
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(4 * 100);
    expect(construct).toHaveBeenCalledTimes(1);
  });

  it("GIVEN time-zone data without daylight time THEN the offset follows the data, not a rule of ours", async () => {
    // Stand-in for a change in the law (e.g. permanent standard time): America/New_York's data is
    // replaced with America/Phoenix's, which has no daylight time. A hard-coded DST rule would fail.
    const RealDateTimeFormat = Intl.DateTimeFormat;
    function PhoenixDateTimeFormat(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
      return new RealDateTimeFormat(locales, { ...options, timeZone: "America/Phoenix" });
    }
    vi.spyOn(Intl, "DateTimeFormat").mockImplementation(PhoenixDateTimeFormat as unknown as typeof Intl.DateTimeFormat);
    vi.resetModules();
    const fresh = await import("../../src/market/eastern-time.js");
    expect(fresh.easternOffsetMinutes(at("2026-01-15T12:00:00Z"))).toBe(-420);
    expect(fresh.easternOffsetMinutes(at("2026-07-15T12:00:00Z"))).toBe(-420);
    expect(fresh.easternDate(at("2026-07-15T06:59:59Z"))).toBe("2026-07-14");
    expect(fresh.easternDate(at("2026-07-15T07:00:00Z"))).toBe("2026-07-15");
  });

  it("GIVEN something that is not a finite instant THEN easternDate throws RangeError", () => {
    expect(() => easternDate(Number.NaN)).toThrow(RangeError);
    expect(() => easternDate(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => easternOffsetMinutes(Number.NaN)).toThrow(RangeError);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    // Drop the copies imported under a stand-in Intl, so a file run after this one in the same
    // worker (isolate: false) imports the module afresh, with the real time-zone data.
    vi.resetModules();
  });
});

describe("easternWallTimeToUtc", () => {
  it.each([
    ["2026-03-06", 8, 0, "2026-03-06T13:00:00.000Z"],
    ["2026-03-07", 23, 59, "2026-03-08T04:59:00.000Z"],
    ["2026-03-08", 0, 0, "2026-03-08T05:00:00.000Z"],
    ["2026-03-08", 1, 59, "2026-03-08T06:59:00.000Z"],
    ["2026-03-08", 3, 0, "2026-03-08T07:00:00.000Z"],
    ["2026-03-09", 0, 0, "2026-03-09T04:00:00.000Z"],
    ["2026-03-09", 8, 0, "2026-03-09T12:00:00.000Z"],
    ["2026-03-09", 9, 30, "2026-03-09T13:30:00.000Z"],
    ["2026-10-30", 16, 0, "2026-10-30T20:00:00.000Z"],
    ["2026-11-01", 0, 0, "2026-11-01T04:00:00.000Z"],
    ["2026-11-01", 0, 59, "2026-11-01T04:59:00.000Z"],
    ["2026-11-01", 2, 0, "2026-11-01T07:00:00.000Z"],
    ["2026-11-02", 0, 0, "2026-11-02T05:00:00.000Z"],
    ["2026-11-02", 9, 30, "2026-11-02T14:30:00.000Z"],
    ["2026-11-02", 16, 0, "2026-11-02T21:00:00.000Z"],
  ])("GIVEN %s %i:%i in New York THEN it is %s", (date, hour, minute, iso) => {
    expect(new Date(easternWallTimeToUtc(date, hour, minute)).toISOString()).toBe(iso);
  });

  it("GIVEN 02:30 on 2026-03-08, which the clocks skip THEN it is read as 03:30 EDT (07:30Z)", () => {
    expect(new Date(easternWallTimeToUtc("2026-03-08", 2, 30)).toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });

  it("GIVEN 01:30 on 2026-11-01, which happens twice THEN it is the first, EDT occurrence (05:30Z)", () => {
    expect(new Date(easternWallTimeToUtc("2026-11-01", 1, 30)).toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("GIVEN every date of 2024-2027 at 00:00, 01:30, 04:00, 09:30, 16:00 and 23:59 THEN Intl reads back the same wall time", () => {
    const bad: string[] = [];
    for (let date = "2024-01-01"; date < "2028-01-01"; date = addDays(date, 1)) {
      for (const [hour, minute] of [[0, 0], [1, 30], [4, 0], [9, 30], [16, 0], [23, 59]] as const) {
        const got = intlWallTime(easternWallTimeToUtc(date, hour, minute));
        if (got.date !== date || got.hour !== hour || got.minute !== minute) bad.push(`${date} ${hour}:${minute}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("GIVEN every DST-change Sunday of 2024-2027 THEN each wall minute 00:00-04:00 maps as Intl says", () => {
    const sundays = ["2024-03-10", "2024-11-03", "2025-03-09", "2025-11-02", "2026-03-08", "2026-11-01", "2027-03-14", "2027-11-07"];
    for (const date of sundays) expect(weekday(date)).toBe(0);
    const bad: string[] = [];
    for (const date of sundays) {
      const spring = date.slice(5, 7) === "03";
      for (let m = 0; m < 4 * 60; m++) {
        const [hour, minute] = [Math.floor(m / 60), m % 60];
        const ms = easternWallTimeToUtc(date, hour, minute);
        const got = intlWallTime(ms);
        const skipped = spring && hour === 2;
        // Skipped minutes move forward an hour; repeated ones take their first (EDT) reading.
        const want = skipped ? { hour: 3, minute } : { hour, minute };
        const [offsetBefore, offsetAfter] = spring ? [-300, -240] : [-240, -300];
        const wantOffset = hour < 2 ? offsetBefore : offsetAfter;
        if (got.date !== date || got.hour !== want.hour || got.minute !== want.minute || got.offsetMinutes !== wantOffset) {
          bad.push(`${date} ${hour}:${minute} → ${new Date(ms).toISOString()}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("GIVEN an hour or minute out of range THEN it throws RangeError", () => {
    expect(() => easternWallTimeToUtc("2026-03-09", 24, 0)).toThrow(RangeError);
    expect(() => easternWallTimeToUtc("2026-03-09", -1, 0)).toThrow(RangeError);
    expect(() => easternWallTimeToUtc("2026-03-09", 8, 60)).toThrow(RangeError);
    expect(() => easternWallTimeToUtc("2026-03-09", 8.5, 0)).toThrow(RangeError);
    expect(() => easternWallTimeToUtc("2026-02-30", 8, 0)).toThrow(RangeError);
  });
});
