// Ways of stating a level the extractor reads (bands, bounds, ranges around a point), each in one
// plain sentence written for this test from how guidance is worded, not taken from the labelled
// sets; the readings are LABELLING.md's ("low-$70 billion range": 70 to 73 billion).
import { describe, expect, it } from "vitest";
import { ACME, levelsOf } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;

// [the words after "Acme Industries Inc. expects 2026 capex ", low, high]
const ROWS: Array<[string, number | null, number | null]> = [
  ["in the low-$70 billion range.", 70 * B, 73 * B],
  ["in the mid-$70 billion range.", 74 * B, 76 * B],
  ["in the high-$70 billion range.", 77 * B, 80 * B],
  ["in the late $70 billion range.", 77 * B, 80 * B],
  ["in the range of two to $2.1 billion.", 2 * B, 2.1 * B],
  ["of $800 to $1 billion.", 800 * M, 1 * B],
  ["of five and a half billion dollars.", 5.5 * B, 5.5 * B],
  ["in the range of five to five and a half billion dollars.", 5 * B, 5.5 * B],
  ["in the early-$70 billion range.", 70 * B, 73 * B],
  ["of $750 million plus or minus five percent.", 712.5 * M, 787.5 * M],
  ["of $750 million, +/- 5%.", 712.5 * M, 787.5 * M],
  ["in the low $70 billions.", 70 * B, 73 * B],
  ["in the low-$1 billion range.", 1.0 * B, 1.3 * B],
  ["in the high-$300 million range.", 370 * M, 400 * M],
  ["of $1.1 billion plus or minus $100 million.", 1.0 * B, 1.2 * B],
  ["of $1.1 billion, give or take $100 million.", 1.0 * B, 1.2 * B],
  ["of $1.1 billion, +/- $100 million.", 1.0 * B, 1.2 * B],
  ["not to exceed $1.1 billion.", null, 1.1 * B],
  ["to exceed $1.1 billion.", 1.1 * B, null],
  ["of at least $1.1 billion.", 1.1 * B, null],
  ["of no more than $1.1 billion.", null, 1.1 * B],
  ["of $1.0 to 1.2 billion.", 1.0 * B, 1.2 * B],
  ["of $1.0bn-$1.2bn.", 1.0 * B, 1.2 * B],
  ["of between 1.0 and 1.2 billion dollars.", 1.0 * B, 1.2 * B],
  ["of one point two billion dollars.", 1.2 * B, 1.2 * B],
  ["of two point five five billion dollars.", 2.55 * B, 2.55 * B],
  ["on the order of $1.2 billion.", 1.2 * B, 1.2 * B],
  ["on the scale of $1.2 billion.", 1.2 * B, 1.2 * B],
  ["to top out at $1.2 billion.", null, 1.2 * B],
  ["to peak at $1.2 billion.", null, 1.2 * B],
];

describe("the wording of a level (one written sentence per form)", () => {
  for (const [rest, low, high] of ROWS) {
    it(`GIVEN capex "${rest}" THEN ${low ?? "open"} to ${high ?? "open"}`, () => {
      expect(levelsOf({ text: `${ACME.name} expects 2026 capex ${rest}`, want: [] }, [])).toEqual([["FY2026", low, high, "USD"]]);
    });
  }

  it("GIVEN 'capital expenditures incurred of $X' in an outlook THEN 'incurred' names the measure (capex as incurred), not money spent", () => {
    expect(levelsOf({ text: "Our 2026 guidance includes capital expenditures incurred of $750 million plus or minus five percent.", date: "2026-02-13", kind: "transcript", want: [] }, [])).toEqual([["FY2026", 712.5 * M, 787.5 * M, "USD"]]);
    expect(levelsOf({ text: "We incurred capex of $750 million in 2025.", date: "2026-02-13", kind: "transcript", want: [] }, [])).toEqual([]);
  });

  it("GIVEN a negation before an earlier number of the clause ('does not expect 2026 capex to exceed $X') THEN a ceiling, not a floor", () => {
    expect(levelsOf({ text: `${ACME.name} does not expect 2026 capex to exceed $1.1 billion.`, want: [] }, [])).toEqual([["FY2026", null, 1.1 * B, "USD"]]);
  });
});

describe("a level given as a change from another (written sentences)", () => {
  it("GIVEN a rise 'by $X from' an earlier level THEN the level it comes to", () => {
    expect(levelsOf({ text: `${ACME.name} expects 2026 capex to rise by about $1 billion from 2025's $3 billion.`, want: [] }, [])).toEqual([["FY2026", 4 * B, 4 * B, "USD"]]);
    expect(levelsOf({ text: `${ACME.name} expects its capital budget to increase by $500 million from the prior $3 billion for 2026.`, want: [] }, [])).toEqual([["FY2026", 3.5 * B, 3.5 * B, "USD"]]);
  });

  it("GIVEN a change with no 'by' before an earlier year's level THEN the change is no level of its own", () => {
    expect(levelsOf({ text: `${ACME.name} expects 2026 capex to increase $1 billion from $3 billion in 2025.`, want: [] }, [])).not.toContainEqual(["FY2026", 1 * B, 1 * B, "USD"]);
  });

  it("GIVEN a change with no 'by' before the new level ('increased more than $X to $Y') THEN Y is the level, not a range from X", () => {
    const on2026 = { date: "2026-01-20", want: [] };
    expect(levelsOf({ text: "The overall capital budget for 2026 increased more than $100 million to $340 million from $238 million in 2025.", ...on2026 }, [])).toEqual([["FY2026", 340 * M, 340 * M, "USD"]]);
    expect(levelsOf({ text: "The capital budget for 2026 rose $1 billion to $5 billion.", ...on2026 }, [])).toEqual([["FY2026", 5 * B, 5 * B, "USD"]]);
    // The new level written without its scale takes the old level's, when the two are of one size.
    expect(levelsOf({ text: "The overall capital budget for 2026 increased more than $100 million to $340 from $238 million in 2025.", ...on2026 }, [])).toEqual([["FY2026", 340 * M, 340 * M, "USD"]]);
  });
});

describe("outlooks as releases lay them out (written texts)", () => {
  // [text of a February 2025 release, the 2025 level low, high]
  const LAYOUTS: Array<[string, number, number]> = [
    ["2025 Outlook\nRevenue: $5.0 billion to $5.2 billion\nCapital expenditures: $1.1 billion to $1.3 billion", 1.1 * B, 1.3 * B],
    ["Full-year 2025 guidance:\n- Revenue of $5.0-5.2 billion\n- Capital expenditures of approximately $1.2 billion", 1.2 * B, 1.2 * B],
    ["Acme provided the following outlook for 2025: revenue of $5.0 billion; capital expenditures of $1.2 billion; and free cash flow of $800 million.", 1.2 * B, 1.2 * B],
    ["Outlook | 2025\nRevenue | $5.0B\nCapex | $1.2B", 1.2 * B, 1.2 * B],
    ["For fiscal 2025, Acme expects:\n• Net sales growth of 3% to 5%\n• Capital expenditures of $1.2 billion", 1.2 * B, 1.2 * B],
    ["Acme reaffirmed its 2025 capex guidance of $1.2 billion.", 1.2 * B, 1.2 * B],
    ["Acme maintained its full-year capex outlook at $1.2 billion.", 1.2 * B, 1.2 * B],
    ["Acme narrowed its 2025 capex range to $1.15 billion to $1.25 billion.", 1.15 * B, 1.25 * B],
    ["Capex: ~$1.2B in 2025.", 1.2 * B, 1.2 * B],
    ["Additionally, the company expects the following for 2025. An adjusted annual effective tax rate of 22 to 25%. Net interest expense in the range of $280 to $310 million. Capital expenditures in the range of $1.1 to $1.3 billion.", 1.1 * B, 1.3 * B],
    // A bracket labelled with another period holds that period's figure, set beside the new one.
    ["Acme guided 2025 capex at $1.2bn (2024: $1.0bn).", 1.2 * B, 1.2 * B],
    ["Acme expects 2025 capex of $1.2 billion (2024 actual: $1.0 billion).", 1.2 * B, 1.2 * B],
  ];
  for (const [text, low, high] of LAYOUTS) {
    it(`GIVEN ${JSON.stringify(text.slice(0, 60))} THEN 2025's ${low}-${high} alone`, () => {
      expect(levelsOf({ text, date: "2025-02-10", kind: "earnings_release", want: [] }, [])).toEqual([["FY2025", low, high, "USD"]]);
    });
  }
});

describe("the verbs that make a sentence a plan (written sentences)", () => {
  const PLANS: string[] = [
    `${ACME.name} is looking to spend $1.2 billion as capex this year, 25 per cent higher than 2024, a company official said.`,
    // A plan said to be unchanged is the plan, stated again: after an outlook for the year, with no year of its own.
    "We are raising our outlook for free cash flow for fiscal 2025 by $50 million to $820 million. CAPEX remains unchanged at $1.2 billion.",
  ];
  for (const text of PLANS) {
    it(`GIVEN ${JSON.stringify(text)} in August 2025 THEN 2025's $1.2 billion`, () => {
      expect(levelsOf({ text, date: "2025-08-01", want: [] }, [])).toEqual([["FY2025", 1.2 * B, 1.2 * B, "USD"]]);
    });
  }
});
