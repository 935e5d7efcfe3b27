import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import type { ExtractionContext } from "../../../src/sources/guidance/types.js";
import { CASES, ROLE_CASES } from "./written-cases.js";

type Want = [period: string, low: number | null, high: number | null, currency: string];

function read(text: string, date: string, fiscalYearEnd?: string): Want[] {
  const ctx: ExtractionContext = fiscalYearEnd === undefined ? { date } : { date, fiscalYearEnd };
  return extractCapexGuidance(text, ctx).map((s) => [s.period, s.low, s.high, s.currency]);
}

describe("extract: the bundled episode's own sentences", () => {
  it("GIVEN Meta's 2026-01-28 sentence THEN FY2026 $115B-$135B USD, with the sentence kept", () => {
    const text = "We expect 2026 capital expenditures, including principal payments on finance leases, to be in the range of $115-135 billion.";
    expect(extractCapexGuidance(text, { date: "2026-01-28" })).toEqual([
      { metric: "capex", period: "FY2026", low: 115e9, high: 135e9, currency: "USD", text },
    ]);
  });

  it("GIVEN Alphabet's 2026-02-04 sentence THEN FY2026 $175B-$185B", () => {
    expect(read("We expect our 2026 capital expenditures to be in a range of $175 billion to $185 billion.", "2026-02-04")).toEqual([["FY2026", 175e9, 185e9, "USD"]]);
  });

  it("GIVEN Amazon's 2026-02-05 sentence THEN a point of $200B for FY2026", () => {
    expect(read("We expect to invest about $200 billion in capital expenditures across Amazon in 2026", "2026-02-05")).toEqual([["FY2026", 200e9, 200e9, "USD"]]);
  });

  it("GIVEN Tesla's 'to exceed $20 billion in 2026' THEN low $20B and no high", () => {
    expect(read("we expect capital expenditures to exceed $20 billion in 2026", "2026-01-28")).toEqual([["FY2026", 20e9, null, "USD"]]);
  });
});

describe("extract: what gives nothing", () => {
  it.each([
    ["capex already spent", "Capital expenditures for the quarter were $9.3 billion, up 40% from a year ago."],
    ["capex already spent, past tense verb", "The group spent $14 billion on capital projects last year."],
    ["a change without a level", "The board raised the capital budget by $10 billion."],
    ["a percentage of revenue", "Capex should run at about 12% of revenue in 2026."],
    ["analysts' estimate", "Analysts expect the company to lift capital expenditures to $48 billion next year."],
    ["a bank's estimate", "Morgan Stanley forecasts 2026 capex of $60 billion for the retailer."],
    ["consensus", "The consensus for next year's capital spending stands at $31 billion."],
    ["revenue", "The company expects revenue of $12 billion to $12.5 billion in 2026."],
    ["operating expenses", "Operating expenses are forecast at $7 billion next year."],
    ["EBITDA", "EBITDA for 2026 is expected to be around $3.4 billion."],
    ["free cash flow", "Free cash flow is projected at $2 billion to $2.5 billion for the year."],
    ["buybacks", "The company plans buybacks of up to $10 billion in 2026."],
    ["interest", "Interest expense is expected to be about $600 million next year."],
    ["vague talk", "We expect capital expenditures to grow meaningfully in 2026."],
    ["a pledge to a country", "The chipmaker will invest $100 billion in the United States over four years."],
    ["aggregate of several companies", "The four largest cloud companies are expected to spend a combined $400 billion on capex in 2026."],
    ["a stale year's guidance", "Capital expenditures for 2024 were expected to be about $8 billion."],
  ])("GIVEN %s THEN no statement", (_why, text) => {
    expect(read(text, "2025-11-04")).toEqual([]);
  });

  it("GIVEN 'raised from X to Y' THEN only Y", () => {
    expect(read("The company raised its 2026 capex forecast from $12 billion to $14 billion.", "2025-11-04")).toEqual([["FY2026", 14e9, 14e9, "USD"]]);
  });

  it("GIVEN 'increased from our prior outlook of …' THEN only the new range", () => {
    expect(read("We now expect 2025 capital expenditures of $6.6-7.0 billion, increased from our prior outlook of $6.0-6.5 billion.", "2025-07-30")).toEqual([["FY2025", 6.6e9, 7e9, "USD"]]);
  });

  it("GIVEN an actual and a plan in one sentence THEN only the plan", () => {
    expect(read("Capex reached $4.1 billion in 2025 and should climb to $5 billion in 2026.", "2026-02-10")).toEqual([["FY2026", 5e9, 5e9, "USD"]]);
  });
});

describe("extract: several statements and their periods", () => {
  it("GIVEN two periods in one sentence THEN each figure gets its own", () => {
    expect(read("The company expects capex of $3.1-3.3 billion in 2026, rising to $3.5-4.0 billion a year from 2027 to 2029.", "2025-12-04")).toEqual([
      ["FY2026", 3.1e9, 3.3e9, "USD"],
      ["FY2027-FY2029", 3.5e9, 4e9, "USD"],
    ]);
  });

  it("GIVEN several sentences THEN statements come out in order with their own sentences", () => {
    const got = extractCapexGuidance(
      "Revenue rose 8%. We expect capital expenditures of about $2 billion in the first quarter. For the full year, capex is expected to be $8 billion to $9 billion.",
      { date: "2026-02-03" },
    );
    expect(got.map((s) => [s.period, s.low, s.high, s.text])).toEqual([
      ["Q1-2026", 2e9, 2e9, "We expect capital expenditures of about $2 billion in the first quarter."],
      ["FY2026", 8e9, 9e9, "For the full year, capex is expected to be $8 billion to $9 billion."],
    ]);
  });

  it("GIVEN a fiscal year ending 06-30 THEN 'this fiscal year' on 2026-01-28 is FY2026 and 'next quarter' is Q3-2026", () => {
    expect(read("We now expect capital expenditures of about $140 billion this fiscal year and roughly $37 billion next quarter.", "2026-01-28", "06-30")).toEqual([
      ["FY2026", 140e9, 140e9, "USD"],
      ["Q3-2026", 37e9, 37e9, "USD"],
    ]);
  });

  it("GIVEN 'up from $X this year' THEN the plan without a year is for the next year", () => {
    expect(read("The refiner said it plans to spend $4 billion, up from about $3.6 billion this year.", "2025-12-08")).toEqual([["FY2026", 4e9, 4e9, "USD"]]);
  });

  it("GIVEN the same guidance twice in a text THEN it comes out once", () => {
    expect(read("Capex is expected to be $5 billion in 2026. Again: capex of $5 billion is planned for 2026.", "2025-11-01")).toHaveLength(1);
  });

  it("GIVEN a heading that names capex and a line under it THEN the line is read as capex", () => {
    expect(read("Segment Capital Expenditures Q2 2025\n\n$2B\n\nFull year expected $8B-$8.8B", "2025-07-23")).toEqual([["FY2025", 8e9, 8.8e9, "USD"]]);
  });

  it("GIVEN an outlook heading and bullet points THEN the capex bullet takes the heading's year", () => {
    const text = "Fiscal 2026 Outlook\nThe Company expects:\n- Net sales growth of 3% to 5%\n- Adjusted EPS of $4.10 to $4.30\n- Capital expenditures of approximately $1.2 billion";
    expect(read(text, "2025-11-12")).toEqual([["FY2026", 1.2e9, 1.2e9, "USD"]]);
  });
});

describe("extract: sentences written for these tests", () => {
  it.each(CASES.map((c) => [c.text.replace(/\n/g, " / "), c] as const))("GIVEN %s THEN the listed statements", (_text, c) => {
    const got = read(c.text, c.date, c.fye);
    expect(got.map((g) => [g[0], g[3]])).toEqual(c.want.map((w) => [w[0], w[3]]));
    c.want.forEach((w, i) => {
      const g = got[i] as Want;
      for (const k of [1, 2] as const) {
        if (w[k] === null) expect(g[k]).toBeNull();
        else expect(Math.abs((g[k] as number) - (w[k] as number))).toBeLessThanOrEqual(0.005 * (w[k] as number));
      }
    });
  });
});

describe("extract: roles, wording and periods of issue 10", () => {
  it.each(ROLE_CASES.map((c) => [c.text, c] as const))("GIVEN %s THEN the listed statements, with per-year and segment marked", (_text, c) => {
    const got = extractCapexGuidance(c.text, { date: c.date, ...(c.fye !== undefined ? { fiscalYearEnd: c.fye } : {}) });
    expect(got.map((s) => [s.period, s.low, s.high, s.currency])).toEqual(c.want);
    expect(got.map((s) => s.per ?? null)).toEqual(c.want.map(() => c.per ?? null));
    expect(got.map((s) => s.segment ?? null)).toEqual(c.want.map(() => c.segment ?? null));
  });
});

describe("extract: money split by kind with no total", () => {
  it("GIVEN '$X of growth and $Y of recurring' THEN two parts named by their kinds, and neither is the company's total", () => {
    const got = extractCapexGuidance("For 2026, we expect capital expenditures of approximately $1.8 billion of growth and approximately $150 million of recurring.", { date: "2026-02-13" });
    expect(got.map((s) => [s.period, s.low, s.segment ?? null])).toEqual([
      ["FY2026", 1.8e9, "growth"],
      ["FY2026", 150e6, "recurring"],
    ]);
  });

  it("GIVEN two years' levels joined by 'and' ('$X for 2026 and $Y for 2027') THEN two totals, no parts", () => {
    const got = extractCapexGuidance("We expect capex of $1.8 billion for 2026 and $2 billion for 2027.", { date: "2026-02-13" });
    expect(got.map((s) => [s.period, s.low, s.segment ?? null])).toEqual([
      ["FY2026", 1.8e9, null],
      ["FY2027", 2e9, null],
    ]);
  });
});
