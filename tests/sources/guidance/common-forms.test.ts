// The common forms of capex guidance, one sentence each, written for this test (Dec 6 2026) and
// taken from no labelled set: how releases, calls and news usually say a plan, a revision, a range,
// a bound, a currency, a fiscal year or a multi-year plan, and the figures that are not guidance
// (analysts', last year's actuals). A check that the everyday forms are read before the long tail
// of real text is measured (eval-set-*-score.test.ts). Documents dated Dec 15 2025.
import { describe, expect, it } from "vitest";
import { levelsOf, type SentenceCase } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;
const DATE = "2025-12-15";

const WRITTEN: SentenceCase[] = [
  { text: "For fiscal 2026, we expect capital expenditures of approximately $2.5 billion.", want: [["FY2026", 2.5 * B, 2.5 * B, "USD"]] },
  { text: "Capital expenditures for 2026 are expected to be in the range of $1.8 billion to $2.0 billion.", want: [["FY2026", 1.8 * B, 2 * B, "USD"]] },
  { text: "The company now expects full-year capex of $8 billion to $8.5 billion, up from its previous forecast of $7 billion to $7.5 billion.", want: [["FY2025", 8 * B, 8.5 * B, "USD"]] },
  { text: "We are raising our capex outlook for the year to about $12 billion.", want: [["FY2025", 12 * B, 12 * B, "USD"]] },
  { text: "2026 capital spending is planned at roughly $3.2 billion.", want: [["FY2026", 3.2 * B, 3.2 * B, "USD"]] },
  { text: "Capex is projected to be between $600 million and $650 million in fiscal 2026.", want: [["FY2026", 600 * M, 650 * M, "USD"]] },
  { text: "The board approved a 2026 capital budget of $1.1 billion.", want: [["FY2026", 1.1 * B, 1.1 * B, "USD"]] },
  { text: "Management guided 2026 capex to $900 million at the midpoint.", want: [["FY2026", 900 * M, 900 * M, "USD"]] },
  { text: "We anticipate total capital expenditures of $4.0 to $4.4 billion in 2026.", want: [["FY2026", 4 * B, 4.4 * B, "USD"]] },
  { text: "Capital investments in 2026 are expected to total approximately €3 billion.", want: [["FY2026", 3 * B, 3 * B, "EUR"]] },
  { text: "The company reiterated its full-year capital expenditure guidance of $550 million.", want: [["FY2025", 550 * M, 550 * M, "USD"]] },
  { text: "For next year, we are planning capex in the range of $2 billion.", want: [["FY2026", 2 * B, 2 * B, "USD"]] },
  { text: "Our 2026 capital plan calls for investments of $6.5 billion.", want: [["FY2026", 6.5 * B, 6.5 * B, "USD"]] },
  { text: "The company expects to spend between $700 million and $800 million on capital projects in 2026.", want: [["FY2026", 700 * M, 800 * M, "USD"]] },
  { text: "Capital expenditures are now expected to be approximately $1.5 billion for the full year, compared with prior guidance of $1.7 billion.", want: [["FY2025", 1.5 * B, 1.5 * B, "USD"]] },
  { text: "We plan to invest about $40 billion in capital expenditures this year.", want: [["FY2025", 40 * B, 40 * B, "USD"]] },
  { text: "Capex guidance for fiscal 2026 was lowered to $3.0-$3.3 billion.", want: [["FY2026", 3 * B, 3.3 * B, "USD"]] },
  { text: "Full-year 2026 capital expenditure is forecast at ¥500 billion.", want: [["FY2026", 500 * B, 500 * B, "JPY"]] },
  { text: "The company has budgeted capital expenditures of $275 million for 2026.", want: [["FY2026", 275 * M, 275 * M, "USD"]] },
  { text: "Acme said it expects 2026 capital expenditures of $5 billion, compared with $4.2 billion in 2025.", want: [["FY2026", 5 * B, 5 * B, "USD"]] },
  { text: "Acme expects to spend $5 billion on capital projects next year, up 20% from this year.", want: [["FY2026", 5 * B, 5 * B, "USD"]] },
  { text: "Acme raised its capital spending forecast for the year to $5 billion from $4.5 billion.", want: [["FY2025", 5 * B, 5 * B, "USD"]] },
  { text: "Acme cut its 2026 capex budget by 15% to $3.4 billion.", want: [["FY2026", 3.4 * B, 3.4 * B, "USD"]] },
  { text: "Analysts had expected Acme to guide capex of $6 billion for 2026.", want: [] },
  { text: "Acme's capital expenditures totaled $4.1 billion in 2025.", want: [] },
  { text: "Acme sees 2026 capex between $2.2 billion and $2.4 billion, the company said in a statement.", want: [["FY2026", 2.2 * B, 2.4 * B, "USD"]] },
  { text: "Capex for the year is now seen at $900 million, versus an earlier forecast of $1 billion.", want: [["FY2025", 900 * M, 900 * M, "USD"]] },
  { text: "Acme plans capital expenditures of C$1.2 billion in 2026, mostly on its oil sands operations.", want: [["FY2026", 1.2 * B, 1.2 * B, "CAD"]] },
  { text: "Acme said its capital budget for 2026 would be about 1.3 trillion yen.", want: [["FY2026", 1.3e12, 1.3e12, "JPY"]] },
  { text: "Acme will invest $10 billion over the next five years.", want: [["FY2026-FY2030", 10 * B, 10 * B, "USD"]] },
  { text: "In 2026, we expect capital expenditures to be approximately $750 million.", want: [["FY2026", 750 * M, 750 * M, "USD"]] },
  { text: "We're targeting capex of roughly $1.0 billion to $1.1 billion for the full year 2026.", want: [["FY2026", 1 * B, 1.1 * B, "USD"]] },
  { text: "Our capital expenditure guidance remains unchanged at $2.5 billion.", want: [["FY2025", 2.5 * B, 2.5 * B, "USD"]] },
  { text: "Acme expects fiscal 2027 capital expenditures of about $1.8 billion.", want: [["FY2027", 1.8 * B, 1.8 * B, "USD"]] },
  { text: "Acme guided to capex of $11 billion to $12 billion for 2026, below the $13 billion analysts expected.", want: [["FY2026", 11 * B, 12 * B, "USD"]] },
];
const FORMS = WRITTEN.map((c) => ({ date: DATE, ...c }));

describe("the common forms of capex guidance", () => {
  it.each(FORMS.map((c) => [c.text, c] as const))("GIVEN %s THEN what a careful reader takes", (_t, c) => {
    expect(levelsOf(c, [])).toEqual(c.want);
  });

  it("GIVEN an amount per year over the next three years THEN a per-year plan for those years", () => {
    const text = "Acme expects capital expenditure to be around $3 billion annually over the next three years.";
    expect(levelsOf({ text, date: DATE, want: [] }, [])).toEqual([["FY2026-FY2028", 3 * B, 3 * B, "USD"]]);
  });

  it("GIVEN a share of revenue stated as dollars too THEN the dollars, for the year", () => {
    const text = "We continue to expect capex of around 10% of revenue, or about $1.2 billion, in 2026.";
    expect(levelsOf({ text, date: DATE, want: [] }, [])).toEqual([["FY2026", 1.2 * B, 1.2 * B, "USD"]]);
  });

  it("GIVEN revenue of a stated amount after a capex share THEN that amount stays the revenue's", () => {
    const text = "We expect capex of around 10% of revenue of $12 billion in 2026.";
    expect(levelsOf({ text, date: DATE, want: [] }, [])).toEqual([]);
  });
});
