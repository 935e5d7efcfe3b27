import { describe, expect, it } from "vitest";
import { addDays, weekday } from "../../src/market/eastern-time.js";
import {
  isNyseTradingDay,
  nextNyseTradingDay,
  nyseHolidays,
  nyseTradingDaysBetween,
  previousNyseTradingDay,
} from "../../src/market/nyse.js";

const dates = (year: number) => nyseHolidays(year).map((h) => h.date);

describe("nyseHolidays against the NYSE's published lists", () => {
  it("GIVEN 2025 THEN the closures are the published ones, including the Carter day of mourning", () => {
    expect(nyseHolidays(2025)).toEqual([
      { date: "2025-01-01", name: "New Year's Day" },
      { date: "2025-01-09", name: "National Day of Mourning for President Jimmy Carter" },
      { date: "2025-01-20", name: "Martin Luther King Jr. Day" },
      { date: "2025-02-17", name: "Washington's Birthday" },
      { date: "2025-04-18", name: "Good Friday" },
      { date: "2025-05-26", name: "Memorial Day" },
      { date: "2025-06-19", name: "Juneteenth National Independence Day" },
      { date: "2025-07-04", name: "Independence Day" },
      { date: "2025-09-01", name: "Labor Day" },
      { date: "2025-11-27", name: "Thanksgiving Day" },
      { date: "2025-12-25", name: "Christmas Day" },
    ]);
  });

  it("GIVEN 2026 THEN the closures are the published ones, with Independence Day observed on Friday July 3", () => {
    expect(dates(2026)).toEqual([
      "2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25",
      "2026-06-19", "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25",
    ]);
    expect(nyseHolidays(2026).find((h) => h.date === "2026-07-03")?.name).toBe("Independence Day (observed)");
  });

  it("GIVEN 2027 THEN the closures are the published ones, with three observed holidays", () => {
    expect(dates(2027)).toEqual([
      "2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31",
      "2027-06-18", "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24",
    ]);
    const observed = nyseHolidays(2027).filter((h) => h.name.endsWith("(observed)")).map((h) => h.date);
    expect(observed).toEqual(["2027-06-18", "2027-07-05", "2027-12-24"]);
  });

  it("GIVEN 2021 and 2022, when January 1 2022 was a Saturday THEN there is no closure on Friday December 31 2021", () => {
    expect(weekday("2022-01-01")).toBe(6);
    expect(dates(2021)).toEqual([
      "2021-01-01", "2021-01-18", "2021-02-15", "2021-04-02", "2021-05-31",
      "2021-07-05", "2021-09-06", "2021-11-25", "2021-12-24",
    ]);
    expect(dates(2022)).toEqual([
      "2022-01-17", "2022-02-21", "2022-04-15", "2022-05-30", "2022-06-20",
      "2022-07-04", "2022-09-05", "2022-11-24", "2022-12-26",
    ]);
    expect(isNyseTradingDay("2021-12-31")).toBe(true);
    expect(nextNyseTradingDay("2021-12-31")).toBe("2022-01-03");
  });

  it("GIVEN 2023 and 2024 THEN New Year's Day on a Sunday is observed on Monday January 2 2023", () => {
    expect(dates(2023)).toEqual([
      "2023-01-02", "2023-01-16", "2023-02-20", "2023-04-07", "2023-05-29",
      "2023-06-19", "2023-07-04", "2023-09-04", "2023-11-23", "2023-12-25",
    ]);
    expect(dates(2024)).toEqual([
      "2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27",
      "2024-06-19", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25",
    ]);
  });

  it("GIVEN the special closures since 2001 THEN each is in its year's list", () => {
    expect(dates(2001)).toEqual([
      "2001-01-01", "2001-01-15", "2001-02-19", "2001-04-13", "2001-05-28", "2001-07-04",
      "2001-09-03", "2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14", "2001-11-22", "2001-12-25",
    ]);
    expect(dates(2004)).toContain("2004-06-11");
    expect(dates(2007)).toContain("2007-01-02");
    expect(dates(2012)).toEqual(expect.arrayContaining(["2012-01-02", "2012-10-29", "2012-10-30"]));
    expect(dates(2018)).toContain("2018-12-05");
    for (const date of ["2001-09-11", "2004-06-11", "2007-01-02", "2012-10-29", "2012-10-30", "2018-12-05", "2025-01-09"]) {
      expect(isNyseTradingDay(date)).toBe(false);
    }
  });

  it("GIVEN years before 2022 THEN there is no Juneteenth closure, and before 1998 no MLK Day", () => {
    expect(dates(2021).some((d) => d.endsWith("-06-18") || d.endsWith("-06-19"))).toBe(false);
    expect(nyseHolidays(1997).some((h) => h.name.startsWith("Martin Luther King"))).toBe(false);
    expect(nyseHolidays(1998).find((h) => h.name.startsWith("Martin Luther King"))?.date).toBe("1998-01-19");
  });

  it.each([
    [2000, "2000-04-21"], [2008, "2008-03-21"], [2011, "2011-04-22"], [2019, "2019-04-19"],
    [2024, "2024-03-29"], [2028, "2028-04-14"], [2030, "2030-04-19"], [2038, "2038-04-23"],
  ])("GIVEN %i THEN Good Friday is %s", (year, date) => {
    expect(nyseHolidays(year).find((h) => h.name === "Good Friday")?.date).toBe(date);
  });

  it("GIVEN any year 1990-2100 THEN every closure is a weekday and the list is sorted and unique", () => {
    for (let year = 1990; year <= 2100; year++) {
      const list = dates(year);
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
      for (const d of list) {
        expect(d.startsWith(`${year}-`)).toBe(true);
        expect([1, 2, 3, 4, 5]).toContain(weekday(d));
      }
    }
  });

  it("GIVEN a caller mutates the returned list THEN the calendar is unaffected", () => {
    const list = nyseHolidays(2026);
    list.length = 0;
    nyseHolidays(2026)[0]!.date = "2026-01-02";
    expect(dates(2026)[0]).toBe("2026-01-01");
    expect(isNyseTradingDay("2026-01-02")).toBe(true);
  });
});

describe("NYSE trading days", () => {
  it.each([
    ["2026-01-16", "2026-01-20"], // Friday → over the weekend and MLK Day
    ["2026-01-30", "2026-02-02"], // Friday → Monday
    ["2026-04-02", "2026-04-06"], // Thursday → over Good Friday and the weekend
    ["2026-07-02", "2026-07-06"], // Thursday → over July 3 (observed) and the weekend
    ["2026-12-24", "2026-12-28"], // Thursday → over Christmas and the weekend
    ["2026-12-31", "2027-01-04"], // over New Year's Day and the weekend
    ["2026-01-17", "2026-01-20"], // from a Saturday
    ["2026-01-19", "2026-01-20"], // from the holiday itself
    ["2024-12-31", "2025-01-02"],
    ["2025-01-08", "2025-01-10"], // over the Carter closure
  ])("GIVEN %s THEN the next trading day is %s", (date, next) => {
    expect(nextNyseTradingDay(date)).toBe(next);
  });

  it.each([
    ["2026-02-17", "2026-02-13"], // Tuesday → over Washington's Birthday and the weekend
    ["2026-01-20", "2026-01-16"],
    ["2026-04-06", "2026-04-02"],
    ["2026-07-06", "2026-07-02"],
    ["2027-01-04", "2026-12-31"],
    ["2026-01-18", "2026-01-16"], // from a Sunday
    ["2026-01-21", "2026-01-20"], // ordinary Wednesday → Tuesday
    ["2012-10-31", "2012-10-26"], // over Hurricane Sandy
  ])("GIVEN %s THEN the previous trading day is %s", (date, previous) => {
    expect(previousNyseTradingDay(date)).toBe(previous);
  });

  it("GIVEN weekends, holidays and ordinary days THEN isNyseTradingDay says which are open", () => {
    expect(isNyseTradingDay("2026-01-29")).toBe(true);
    expect(isNyseTradingDay("2026-01-31")).toBe(false); // Saturday
    expect(isNyseTradingDay("2026-02-01")).toBe(false); // Sunday
    expect(isNyseTradingDay("2026-07-03")).toBe(false);
    expect(isNyseTradingDay("2026-11-27")).toBe(true); // day after Thanksgiving: early close, not closed
    expect(isNyseTradingDay("2026-12-24")).toBe(true);
    expect(() => isNyseTradingDay("2026-02-30")).toThrow(RangeError);
  });

  it("GIVEN January 2026 THEN nyseTradingDaysBetween lists its 20 sessions, ends included", () => {
    const days = nyseTradingDaysBetween("2026-01-01", "2026-01-31");
    expect(days).toHaveLength(20);
    expect(days[0]).toBe("2026-01-02");
    expect(days.at(-1)).toBe("2026-01-30");
    expect(days).not.toContain("2026-01-19");
    expect(nyseTradingDaysBetween("2026-01-02", "2026-01-02")).toEqual(["2026-01-02"]);
    expect(nyseTradingDaysBetween("2026-01-03", "2026-01-04")).toEqual([]);
    expect(nyseTradingDaysBetween("2026-01-31", "2026-01-01")).toEqual([]);
  });

  it("GIVEN whole years of 261 weekdays each THEN 2025 has 250 sessions and 2026 and 2027 have 251", () => {
    expect(nyseTradingDaysBetween("2025-01-01", "2025-12-31")).toHaveLength(250);
    expect(nyseTradingDaysBetween("2026-01-01", "2026-12-31")).toHaveLength(251);
    expect(nyseTradingDaysBetween("2027-01-01", "2027-12-31")).toHaveLength(251);
  });

  it("GIVEN every day of 2000-2030 THEN next and previous are consistent with isNyseTradingDay", () => {
    const bad: string[] = [];
    for (let d = "2000-01-01"; d < "2031-01-01"; d = addDays(d, 1)) {
      const next = nextNyseTradingDay(d);
      const prev = previousNyseTradingDay(d);
      if (!isNyseTradingDay(next) || !isNyseTradingDay(prev) || !(prev < d && d < next)) bad.push(d);
      for (let g = addDays(d, 1); g < next; g = addDays(g, 1)) if (isNyseTradingDay(g)) bad.push(`${d}→${g}`);
      if (previousNyseTradingDay(next) !== (isNyseTradingDay(d) ? d : prev)) bad.push(`${d} round trip`);
    }
    expect(bad).toEqual([]);
  });
});
