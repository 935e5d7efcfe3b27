// Rules of issue 10's fifth round (general mechanisms seen in all three development collections),
// each on sentences written for this test (not taken from the labelled sets).
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { ACME, levelsOf, type SentenceCase } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;

type Case = SentenceCase & { rule: string };

const CASES: Case[] = [
  {
    rule: "a mid-year call's plain capex outlook beside the quarter's EPS outlook is the coming quarter's",
    text: "We expect non-GAAP earnings per share of $0.52 to $0.58. We expect capital expenditures of $45 million to $55 million.",
    date: "2026-07-30",
    kind: "transcript",
    want: [["Q3-2026", 45 * M, 55 * M, "USD"]],
  },
  {
    rule: "the same plain outlook on the year-end results call is the new year's",
    text: "We expect non-GAAP earnings per share of $2.10 to $2.30. We expect capital expenditures of $45 million to $55 million.",
    date: "2026-02-05",
    kind: "transcript",
    want: [["FY2026", 45 * M, 55 * M, "USD"]],
  },
  {
    rule: "a mid-year outlook framed against the year's earlier one ('continue to expect') stays the year's",
    text: "Our tax rate is expected to be about 21%. We continue to expect capital expenditures of $45 million to $55 million.",
    date: "2026-07-30",
    kind: "transcript",
    want: [["FY2026", 45 * M, 55 * M, "USD"]],
  },
  {
    rule: "a mid-year outlook after a sentence naming the full year stays the year's",
    text: "We expect our full-year tax rate to be about 21%. Capital expenditures are expected to be approximately $45 million to $55 million.",
    date: "2026-07-30",
    kind: "transcript",
    want: [["FY2026", 45 * M, 55 * M, "USD"]],
  },
  {
    rule: "an amount for each of years named one by one is each year's level",
    text: "Acme intends to invest roughly $3 billion in capital projects in each of 2027 and 2028.",
    date: "2026-11-10",
    want: [["FY2027", 3 * B, 3 * B, "USD"], ["FY2028", 3 * B, 3 * B, "USD"]],
  },
  {
    rule: "'each for this fiscal and the next' names the year under way and the one after",
    text: "Acme has set aside capex of $600 million each for this fiscal and the next.",
    date: "2026-03-10",
    want: [["FY2026", 600 * M, 600 * M, "USD"], ["FY2027", 600 * M, 600 * M, "USD"]],
  },
  {
    rule: "a hyphenated capex noun ('capital-expenditure forecast', 'capital-spending plan') names capex",
    text: "Acme lowered its capital-expenditure forecast for 2026 to $2.4 billion.",
    date: "2026-06-10",
    want: [["FY2026", 2.4 * B, 2.4 * B, "USD"]],
  },
  {
    rule: "after the sentence's level, 'down from the X to Y' is the old range, not a path to Y",
    text: "Acme will cut its capex for 2026 to between $3 billion and $3.5 billion, down from the $4 billion to $4.5 billion it forecast in March.",
    date: "2026-06-10",
    want: [["FY2026", 3 * B, 3.5 * B, "USD"]],
  },
  {
    rule: "a sentence opened by another name whose 'its' or 'said it planned to' follows gives that name's figures, not the company's",
    text: "Acme said it will cut its planned 2026 capital spending to $1.2 billion. Brightwell has suspended its share buyback and would cut total 2026 spending by $3 billion, including a capital spending reduction to $8.5 billion. Norvale said it planned to cut capital spending for 2026 to between $25 billion and $30 billion.",
    date: "2026-03-25",
    kind: "news",
    want: [["FY2026", 1.2 * B, 1.2 * B, "USD"]],
  },
  {
    rule: "a plan the company says it has completed is money spent; a plan still under way is a level",
    text: "Acme has completed its planned $400 million capex for 2026 ahead of schedule, part of its ongoing $1.6 billion capex program for 2025-2028.",
    date: "2026-09-15",
    kind: "news",
    want: [["FY2025-FY2028", 1.6 * B, 1.6 * B, "USD"]],
  },
  {
    rule: "every amount in a bracket opened after an amount converts it, also a second one after 'or'",
    text: "Acme said it had cut its capital expenditure guidance for this year to 450-500 billion roubles (Dh23.8bn-Dh26.4bn, or $6.5bn-$7.2bn) from 550 billion roubles.",
    date: "2026-05-28",
    kind: "news",
    want: [["FY2026", 450 * B, 500 * B, "RUB"]],
  },
  {
    rule: "Philippine pesos written 'P76 billion' or '₱76 billion' are money",
    text: "Acme raised its capital expenditure guidance for the year to P76 billion from P70 billion.",
    date: "2026-08-09",
    kind: "news",
    want: [["FY2026", 76 * B, 76 * B, "PHP"]],
  },
  {
    rule: "a bare '$' in a text that places the company in Canada ('Calgary-based') is the Canadian dollar",
    text: "Calgary-based Acme is increasing its capital expenditure to $4.05 billion in 2026, the company announced on Wednesday.",
    date: "2025-11-27",
    kind: "news",
    want: [["FY2026", 4.05 * B, 4.05 * B, "CAD"]],
  },
  {
    rule: "a range whose low end alone carries a bracketed conversion is one range, in the company's currency",
    text: "Canada's Acme said it expects capital expenditures to be between C$4.5 billion ($3.35 billion) and C$5.0 billion in 2026.",
    date: "2025-12-14",
    kind: "news",
    want: [["FY2026", 4.5 * B, 5 * B, "CAD"]],
  },
  {
    rule: "a verbless item of an outlook read out as a list keeps the outlook's forward sense and period",
    text: "Turning to our outlook for fiscal 2027, we expect net sales of $4.1 billion to $4.3 billion. Operating margin of about 12%. Capital expenditures of $210 million to $240 million, and a tax rate of approximately 24%.",
    date: "2026-08-20",
    kind: "transcript",
    want: [["FY2027", 210 * M, 240 * M, "USD"]],
  },
  {
    rule: "a past sentence after an outlook ends its list",
    text: "We expect net sales of $4.1 billion to $4.3 billion next year. Capital expenditures of $180 million were spent in the year.",
    date: "2026-08-20",
    kind: "transcript",
    want: [],
  },
  {
    rule: "a per-year word after a plan's total that goes on to money of its own describes that money, not the total",
    text: "Our five-year capital plan of $14 billion includes raising annual capital investments from $2.4 billion in 2026 to $3.2 billion in 2030.",
    date: "2026-02-20",
    kind: "transcript",
    want: [["FY2026-FY2030", 14 * B, 14 * B, "USD"], ["FY2026", 2.4 * B, 2.4 * B, "USD"], ["FY2030", 3.2 * B, 3.2 * B, "USD"]],
  },
  {
    rule: "a per-year word right after the amount is the amount's",
    text: "Acme plans to spend roughly $9 billion per year through 2029, up from $7 billion.",
    date: "2026-02-20",
    want: [["FY2026-FY2029", 9 * B, 9 * B, "USD"]],
  },
];

describe("capex guidance on wording of the fifth round (written sentences)", () => {
  for (const c of CASES) {
    it(`GIVEN ${c.rule} THEN ${c.want.length === 0 ? "no statement" : c.want.map((w) => w[0]).join(", ")}`, () => {
      expect(levelsOf(c, [])).toEqual(c.want);
    });
  }
});

describe("a multi-year plan's total against an amount per year (written sentences)", () => {
  const perOf = (text: string): [string, number | null, string | null][] =>
    extractCapexGuidance(text, { date: "2026-02-20", company: ACME, companies: [], kind: "transcript" }).map((s) => [s.period, s.low, s.per ?? null]);

  it("GIVEN a per-year word after the total that goes on to money of its own THEN the total is over the years", () => {
    expect(perOf("Our five-year capital plan of $14 billion includes raising annual capital investments from $2.4 billion in 2026 to $3.2 billion in 2030.")).toContainEqual(["FY2026-FY2030", 14 * B, null]);
  });

  it("GIVEN a per-year word right after the amount THEN the amount is per year", () => {
    expect(perOf("We plan to spend roughly $9 billion per year through 2029, up from $7 billion.")).toEqual([["FY2026-FY2029", 9 * B, "year"]]);
  });

  it("GIVEN a plan over years the size of one year's figure in the same sentence THEN the amount is per year; many times its size THEN the total", () => {
    expect(perOf("Capital expenditure is expected to be between $22 billion and $25 billion for 2026 and 2027, against a guidance range of $23 billion to $27 billion in 2025.")).toContainEqual(["FY2026-FY2027", 22 * B, "year"]);
    expect(perOf("Capital expenditure is expected to be $48 billion for 2026 and 2027, against guidance of $23 billion to $27 billion in 2025.")).toContainEqual(["FY2026-FY2027", 48 * B, null]);
  });

  it("GIVEN two amounts of one plan after a per-year word, one many times the other THEN the larger is the plan's total", () => {
    expect(perOf("For the five years ending 2030, capital investments are expected to be in the range of $800 million to $900 million per year, or approximately $4.3 billion for the five-year period.")).toEqual([
      ["FY2026-FY2030", 800 * M, "year"],
      ["FY2026-FY2030", 4.3 * B, null],
    ]);
  });

  it("GIVEN a per-year word, then the plan's years and a comma before other money THEN the word is still the amount's", () => {
    expect(perOf("We expect $10.0 billion of capital investment per year between 2026 and 2028, including its $6.2 billion investment in the new mine.")).toContainEqual(["FY2026-FY2028", 10 * B, "year"]);
  });
});
