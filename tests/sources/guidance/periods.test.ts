import { describe, expect, it } from "vitest";
import { formatPeriod, isEnded, parseCalendarDate, parseFiscalYearEnd, type Period } from "../../../src/sources/guidance/fiscal.js";
import { periodContext } from "../../../src/sources/guidance/period-context.js";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { findPeriods } from "../../../src/sources/guidance/periods.js";

function periods(text: string, date: string, fiscalYearEnd?: string, fiscalYearNamedBy?: "start" | "end"): (string | null)[] {
  const pc = periodContext({ date, ...(fiscalYearEnd !== undefined ? { fiscalYearEnd } : {}), ...(fiscalYearNamedBy !== undefined ? { fiscalYearNamedBy } : {}) });
  return findPeriods(text, pc).map((m) => (m.period ? formatPeriod(m.period) : null));
}

describe("periods: explicit", () => {
  it.each([
    ["in 2026", ["FY2026"]],
    ["for fiscal 2026", ["FY2026"]],
    ["For FY26,", ["FY2026"]],
    ["FY 2024", ["FY2024"]],
    ["in fiscal '26", ["FY2026"]],
    ["for fiscal year 2023-24", ["FY2024"]],
    ["during 2023-24 fiscal", ["FY2024"]],
    ["the 2025/26 financial year", ["FY2026"]],
    ["for Q1FY26", ["Q1-2026"]],
    ["in Q4 2025", ["Q4-2025"]],
    ["in 1Q25", ["Q1-2025"]],
    ["in the first quarter of fiscal 2025", ["Q1-2025"]],
    ["fourth-quarter 2025", ["Q4-2025"]],
    ["in the first half of 2026", ["H1-2026"]],
    ["H2 2026", ["H2-2026"]],
    ["the first nine months of 2025", ["9M-2025"]],
    ["full year 2025", ["FY2025"]],
    ["the fiscal year ending March 2026", ["FY2026"]],
    ["in the fiscal year starting January 1, 2026", ["FY2026"]],
  ])("GIVEN %j THEN %j", (text, want) => {
    expect(periods(text as string, "2025-06-15")).toEqual(want);
  });

  it("GIVEN calendar dates THEN they name no period", () => {
    expect(periods("released on January 30, 2026 and 30 January 2026 and 2026-01-30", "2026-02-02")).toEqual([null, null, null]);
  });
});

describe("periods: multi-year plans start with the coming fiscal year", () => {
  it.each([
    ["a five-year capital plan", "2025-11-07", "FY2026-FY2030"],
    ["its five-year plan for capital expenditures", "2025-02-13", "FY2025-FY2029"],
    ["over the next three years", "2025-06-01", "FY2025-FY2027"],
    ["in each of the next two years", "2025-10-20", "FY2026-FY2027"],
    ["its plan through 2027", "2022-12-09", "FY2023-FY2027"],
    ["a plan running through 2029", "2026-08-14", "FY2026-FY2029"],
    ["an eight-year investment programme", "2026-09-02", "FY2026-FY2033"],
    ["from 2025 to 2027", "2023-12-06", "FY2025-FY2027"],
    ["between 2026 and 2030", "2025-06-01", "FY2026-FY2030"],
    ["for FY26-FY28", "2025-07-15", "FY2026-FY2028"],
    ["this year and in each of the following three years", "2027-03-03", "FY2027-FY2030"],
    ["next year and the year after", "2026-05-20", "FY2027-FY2028"],
    ["until the 2031 calendar year", "2026-04-09", "FY2026-FY2031"],
    ["it will invest €30 billion by 2030", "2026-04-09", "FY2026-FY2030"],
    ["spending will climb to $8 billion by 2029", "2026-04-09", "FY2029"],
  ])("GIVEN %j on %s THEN %s", (text, date, want) => {
    expect(periods(text, date)).toEqual([want]);
  });
});

describe("periods: what a period is set against", () => {
  it.each([
    ["spending will be above last year", "FY2026"],
    ["roughly flat to the prior year", "FY2026"],
    ["a 20% rise compared with the 2022-2025 plan", "FY2022-FY2025"],
    ["close to last year's level", "FY2026"],
  ])("GIVEN %j THEN the period is the one compared with", (text, want) => {
    const pc = periodContext({ date: "2027-03-01" });
    const [m] = findPeriods(text, pc);
    expect(m?.compared).toBe(true);
    expect(m?.period ? formatPeriod(m.period) : null).toEqual(want);
  });
});

describe("periods: relative to the document date and the fiscal year end", () => {
  it("GIVEN 'fiscal' as a noun ('the current fiscal', 'next fiscal') THEN it is a fiscal year; 'the fiscal deficit' is none", () => {
    expect(periods("capex in the current fiscal, and next fiscal.", "2026-06-01", "03-31")).toEqual(["FY2027", "FY2028"]);
    expect(periods("spent in the last fiscal", "2026-06-01", "03-31")).toEqual(["FY2026"]);
    expect(periods("the current fiscal deficit", "2026-06-01", "03-31")).toEqual([]);
  });

  it("GIVEN a fiscal year named by the day it starts, without a year THEN the next such start, or the last if it 'began'", () => {
    expect(periods("the fiscal year starting April 1", "2026-11-10", "03-31")).toEqual(["FY2028"]);
    expect(periods("the fiscal year that began in April", "2026-11-10", "03-31")).toEqual(["FY2027"]);
  });

  it("GIVEN a span of years after 'over' THEN it is the span spent in, not one compared with", () => {
    const pc = periodContext({ date: "2026-06-01", fiscalYearEnd: "03-31" });
    expect(findPeriods("₹9,000 crore over FY27-29", pc).map((m) => m.compared)).toEqual([false]);
  });

  it("GIVEN the last quarter of the fiscal year THEN it is the fourth quarter, not the one before this", () => {
    expect(periods("in the ongoing last quarter of the fiscal", "2027-01-12", "03-31")).toEqual(["Q4-2027"]);
    expect(periods("during the final quarter of last year", "2027-05-02")).toEqual(["Q4-2026"]);
    expect(periods("capex last quarter", "2027-05-02")).toEqual(["Q1-2027"]);
  });

  it("GIVEN year to date THEN it is the part of this fiscal year already over", () => {
    expect(periods("we have invested $1 billion year-to-date", "2026-11-18")).toEqual(["9M-2026"]);
    expect(periods("spending so far this year", "2026-08-05")).toEqual(["H1-2026"]);
    expect(periods("YTD capex", "2026-05-05", "01-31")).toEqual(["Q1-2027"]);
  });

  it("GIVEN a split fiscal year of a company naming its years by their start THEN it takes the first year's name", () => {
    expect(periods("for fiscal year 2026-27", "2026-05-01", "03-31", "start")).toEqual(["FY2026"]);
    expect(periods("for fiscal year 2026-27", "2026-05-01", "03-31")).toEqual(["FY2027"]);
  });

  it("GIVEN a year ending 06-30 and a date of 2026-01-28 THEN this fiscal year is FY2026, next is FY2027", () => {
    expect(periods("this fiscal year", "2026-01-28", "06-30")).toEqual(["FY2026"]);
    expect(periods("next fiscal year", "2026-01-28", "06-30")).toEqual(["FY2027"]);
  });

  it("GIVEN a year ending 06-30 and a date of 2025-07-30 THEN this fiscal year is FY2026", () => {
    expect(periods("this fiscal year", "2025-07-30", "06-30")).toEqual(["FY2026"]);
  });

  it("GIVEN a calendar year THEN this year, next year and last year follow the date", () => {
    expect(periods("this year, next year and last year", "2026-02-05")).toEqual(["FY2026", "FY2027", "FY2025"]);
  });

  it("GIVEN early in a year THEN the coming year is the one under way; late in a year, the next", () => {
    expect(periods("for the upcoming year", "2026-02-02")).toEqual(["FY2026"]);
    expect(periods("for the coming year", "2025-11-20")).toEqual(["FY2026"]);
  });

  it("GIVEN a date early in a quarter THEN the coming quarter is the one under way", () => {
    expect(periods("in the coming quarter", "2026-01-28", "06-30")).toEqual(["Q3-2026"]);
    expect(periods("in the coming quarter", "2026-03-20", "06-30")).toEqual(["Q4-2026"]);
    expect(periods("this quarter", "2026-01-28")).toEqual(["Q1-2026"]);
  });

  it("GIVEN a quarter without a year THEN it is this fiscal year's unless that one has ended", () => {
    expect(periods("for the first quarter", "2026-02-05")).toEqual(["Q1-2026"]);
    expect(periods("for the first quarter", "2025-10-30")).toEqual(["Q1-2026"]);
    expect(periods("the third quarter", "2026-01-28", "06-30")).toEqual(["Q3-2026"]);
  });

  it("GIVEN a quarter without a year that ended in the last two months THEN it is the one just reported", () => {
    expect(periods("spending in the fourth quarter", "2027-02-10")).toEqual(["Q4-2026"]);
    expect(periods("what we spent in Q3", "2026-11-02")).toEqual(["Q3-2026"]);
    expect(periods("the fiscal second quarter", "2026-12-15", "05-31")).toEqual(["Q2-2027"]);
    expect(periods("in the second quarter", "2026-09-20")).toEqual(["Q2-2027"]);
  });

  it("GIVEN Chinese period words THEN they resolve like the English ones", () => {
    expect(periods("今年資本支出", "2026-01-15")).toEqual(["FY2026"]);
    expect(periods("明年", "2026-01-15")).toEqual(["FY2027"]);
    expect(periods("去年實際資本支出", "2026-01-15")).toEqual(["FY2025"]);
    expect(periods("2026年資本預算", "2026-02-24")).toEqual(["FY2026"]);
    expect(periods("2024年前三季", "2025-02-18")).toEqual(["9M-2024"]);
  });
});

describe("fiscal calendar", () => {
  const msft = parseFiscalYearEnd("06-30");
  const day = (s: string) => parseCalendarDate(s) ?? { y: 0, m: 0, d: 0 };

  it("GIVEN a year ending 06-30 THEN Q2-2026 ends on 2025-12-31 and FY2026 on 2026-06-30", () => {
    if (!msft) throw new Error("bad fiscal year end");
    const q2: Period = { kind: "Q", fy: 2026, q: 2 };
    expect(isEnded(q2, day("2026-01-01"), msft)).toBe(true);
    expect(isEnded(q2, day("2025-12-31"), msft)).toBe(false);
    expect(isEnded({ kind: "FY", fy: 2026 }, day("2026-06-30"), msft)).toBe(false);
    expect(isEnded({ kind: "FY", fy: 2026 }, day("2026-07-01"), msft)).toBe(true);
  });

  it("GIVEN fiscal years named by the year they start in THEN FY2024 of a March year-end ends in March 2025", () => {
    const start = parseFiscalYearEnd("03-31");
    if (!start) throw new Error("bad fiscal year end");
    const sony = { ...start, namedBy: "start" as const };
    expect(isEnded({ kind: "FY", fy: 2024 }, day("2025-03-31"), sony)).toBe(false);
    expect(isEnded({ kind: "FY", fy: 2024 }, day("2025-04-01"), sony)).toBe(true);
    expect(isEnded({ kind: "Q", fy: 2024, q: 3 }, day("2025-01-01"), sony)).toBe(true);
    expect(isEnded({ kind: "Q", fy: 2024, q: 4 }, day("2025-01-01"), sony)).toBe(false);
    expect(periods("this fiscal year", "2025-06-10", "03-31", "start")).toEqual(["FY2025"]);
    expect(periods("the third quarter", "2025-11-20", "01-31", "start")).toEqual(["Q3-2025"]);
    expect(periods("this fiscal year", "2025-06-10", "03-31", "end")).toEqual(["FY2026"]);
  });

  it("GIVEN a calendar year named by its start THEN nothing changes", () => {
    expect(periods("this year", "2025-06-10", "12-31", "start")).toEqual(["FY2025"]);
  });

  it("GIVEN malformed dates and fiscal year ends THEN they are refused", () => {
    expect(parseCalendarDate("2026-02-30")).toBeNull();
    expect(parseFiscalYearEnd("13-01")).toBeNull();
    expect(parseFiscalYearEnd("6-30")).toBeNull();
  });
});

describe("periods: how the text shows the company names its fiscal years", () => {
  it("GIVEN 'fiscal 2026, ending March 2027' THEN years are named by their start, for the rest of the text", () => {
    const pc = periodContext({ date: "2026-07-01", fiscalYearEnd: "03-31" });
    expect(findPeriods("Our plan for fiscal 2026, ending March 2027, is unchanged.", pc).map((m) => m.period && formatPeriod(m.period))).toContain("FY2026");
    expect(pc.namedBy).toBe("start");
    expect(findPeriods("this fiscal year", pc).map((m) => m.period && formatPeriod(m.period))).toEqual(["FY2026"]);
  });

  it("GIVEN 'the year ending March 2027 (fiscal 2027)' THEN years are named by their end", () => {
    const pc = periodContext({ date: "2026-07-01", fiscalYearEnd: "03-31" });
    findPeriods("Spending in the year ending March 31, 2027 (fiscal 2027) will rise.", pc);
    expect(pc.namedBy).toBe("end");
  });

  it("GIVEN 'fiscal 2026 (February 2026 to January 2027)' THEN years are named by their start", () => {
    const pc = periodContext({ date: "2026-03-10", fiscalYearEnd: "01-31" });
    findPeriods("Fiscal 2026 (February 2026 to January 2027) will be a 52-week year.", pc);
    expect(pc.namedBy).toBe("start");
  });

  it("GIVEN a plan for a January year-end's fiscal year that, named by its end, was over months ago THEN it is named by its start", () => {
    expect(periods("The retailer plans to spend about $2 billion on stores in fiscal 2026.", "2026-06-12", "01-31")).toEqual(["FY2026"]);
    const pc = periodContext({ date: "2026-06-12", fiscalYearEnd: "01-31" });
    findPeriods("The retailer plans to spend about $2 billion on stores in fiscal 2026.", pc);
    expect(pc.namedBy).toBe("start");
    expect(pc.currentFy).toBe(2026);
  });

  it("GIVEN a results preview, a past year or a context that names the years THEN nothing is learned", () => {
    for (const [text, date, named] of [
      ["Analysts expect the chain to report fiscal 2026 capex of $2 billion.", "2026-03-20", undefined],
      ["The chain spent $2 billion in fiscal 2026.", "2026-06-12", undefined],
      ["The chain plans capex of $2 billion in fiscal 2026.", "2026-02-20", undefined],
      ["The chain plans capex of $2 billion in fiscal 2026.", "2026-06-12", "end"],
    ] as const) {
      const pc = periodContext({ date, fiscalYearEnd: "01-31", ...(named ? { fiscalYearNamedBy: named } : {}) });
      findPeriods(text, pc);
      expect(pc.cal.namedBy ?? "end", text).toBe("end");
    }
  });

  it("GIVEN an Indian or Japanese March year-end and a plan for a year over, or a span THEN no naming is guessed from it", () => {
    const pc = periodContext({ date: "2026-06-12", fiscalYearEnd: "03-31" });
    findPeriods("The company plans capex of Rs 5,000 crore for FY26.", pc);
    findPeriods("It will invest Rs 9,000 crore from FY2026 through March 2027.", pc);
    expect(pc.namedBy).toBeNull();
  });
});

describe("periods: the period a text is talking about", () => {
  function topicAfter(sentences: string[], date = "2026-12-03"): string | null {
    const pc = periodContext({ date });
    for (const s of sentences) findPeriods(s, pc);
    return pc.topic ? formatPeriod(pc.topic) : null;
  }

  it("GIVEN a sentence with an amount for one year not yet over THEN later sentences carry it", () => {
    expect(topicAfter(["The 2027 budget is set at $9 billion, down from 2026."])).toBe("FY2027");
    const pc = periodContext({ date: "2026-12-03" });
    findPeriods("The 2027 budget is set at $9 billion.", pc);
    expect(findPeriods("Refining will get about $1 billion.", pc).carried).toEqual({ kind: "FY", fy: 2027 });
  });

  it("GIVEN a sentence naming a year that is over, or two years, THEN the topic ends", () => {
    expect(topicAfter(["The 2027 budget is set at $9 billion.", "In 2025 it spent $8 billion."])).toBeNull();
    expect(topicAfter(["The 2027 budget is set at $9 billion.", "It plans $9 billion in 2027 and $10 billion in 2028."])).toBeNull();
  });

  it("GIVEN a sentence without an amount, or a quarter named in passing THEN the topic stays", () => {
    expect(topicAfter(["The 2027 budget is set at $9 billion.", "Output will peak in 2029."])).toBe("FY2027");
    expect(topicAfter(["The 2027 budget is set at $9 billion.", "About $2 billion goes to the first quarter."])).toBe("FY2027");
  });

  it("GIVEN a period away from the money THEN it is not the topic, unless it names a plan", () => {
    expect(topicAfter(["A partner will pay $4 billion, covering 60% of the cost in both 2027 and 2028."])).toBeNull();
    expect(topicAfter(["Domestic spending will be about $6 billion, half of the 2027 capex budget."])).toBe("FY2027");
  });

  it("GIVEN a sentence that opens with 'For the fourth quarter,' THEN the quarter is the topic", () => {
    expect(topicAfter(["For the fourth quarter, we expect capex of $3 billion."], "2026-10-29")).toBe("Q4-2026");
  });
});

describe("periods: which figure a period belongs to", () => {
  it.each([
    // A rate or a bound between a figure and its period: "a year between …", "or less next year".
    ["2027-11-30", "It plans capex of $12 billion or less next year and $13 billion to $15 billion a year between 2029 and 2032.", [["FY2028", null, 12e9, undefined], ["FY2029-FY2032", 13e9, 15e9, "year"]]],
    // A year in brackets right after a figure is that figure's.
    ["2027-11-12", "The CFO walked through the 2028 capex outlook, starting from $4.1 billion (2027 midpoint) and ending at a $3.6 billion-$3.9 billion range.", [["FY2028", 3.6e9, 3.9e9, undefined]]],
    // A period that opens a later stretch does not date the figures before it.
    ["2027-10-28", "Next quarter we see revenue of $3 billion; capital spending of $200 million, For the full year, we expect capital spending of $900 million.", [["Q4-2027", 200e6, 200e6, undefined], ["FY2027", 900e6, 900e6, undefined]]],
    // Set against last year (a March year-end), the figure is for the year after it.
    ["2027-05-20/03-31", "Capital expenditures are expected to be $300 million to $320 million, above last year.", [["FY2028", 300e6, 320e6, undefined]]],
    // A baseline "for the year ended …" dates the figure beside it: a target met is that year's, not a plan for the next.
    ["2026-09-14/03-31", "The utility beat its capex target of $2.0 billion and recorded $2.2 billion for the year ended March 31, 2026.", []],
    // A figure without a period takes the one the text was talking about.
    ["2027-12-04", "Total capital spending for 2028 is set at $9 billion, a $1 billion cut compared to 2027. Refining capex is budgeted at about $2 billion.", [["FY2028", 9e9, 9e9, undefined], ["FY2028", 2e9, 2e9, undefined]]],
  ] as const)("GIVEN on %s %j", (on, text, want) => {
    const [date = "", fiscalYearEnd] = on.split("/");
    const got = extractCapexGuidance(text, { date, ...(fiscalYearEnd ? { fiscalYearEnd } : {}) }).map((g) => [g.period, g.low, g.high, g.per]);
    expect(got).toEqual(want);
  });
});
