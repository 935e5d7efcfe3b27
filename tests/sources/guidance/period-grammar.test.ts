// Every way of naming a guidance period the extractor reads, each in one plain sentence of a
// calendar-year company's February release (and of March-, June- and January-year-end companies):
// a table of the grammar, written for this test from how periods are written, not taken from the
// labelled sets. Each row was read by a person: the period is the one a careful reader takes.
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { ACME } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;

// [document date, fiscal year end or "", sentence after "Acme expects ", [period, low, per?] per statement]
type Row = [string, string, string, Array<[string, number, ("year" | "")?]>];

const ROWS: Row[] = [
  ["2025-02-10", "", "capital expenditures of $1.1 billion for fiscal year 2025.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion for FY25.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in fiscal '25.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in FY’25.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in FY-25.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion for the 2025 fiscal year.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "full-year 2025 capital expenditures of $1.1 billion.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion for the full year.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion this year.", [["FY2025", 1.1 * B]]],
  // A plan per year from the year under way to a year named.
  ["2025-08-24", "", "to spend $1.2 billion in capex annually between this year and 2027.", [["FY2025-FY2027", 1.2 * B, "year"]]],
  // A rate per year written with a slash.
  ["2025-02-27", "", "to reduce capital expenditure to US$13-15bn/year through 2027.", [["FY2025-FY2027", 13 * B, "year"]]],
  // Split financial years as a plan's ends; a plan's last year after a comma; money set aside "as capex".
  ["2025-12-15", "03-31", "to invest Rs 1.25 lakh crore as capital expenditure between financial year 2025-26 (FY26) and 2029-30 (FY30).", [["FY2026-FY2030", 1.25e12]]],
  ["2025-12-15", "03-31", "to invest about Rs 25,000 crore in capex every year over the next five years, until 2030.", [["FY2026-FY2030", 2.5e11, "year"]]],
  ["2024-05-20", "03-31", "to set aside Rs 9,500 crore (Rs 9,187 crore in FY24) as capex for FY25.", [["FY2025", 9.5e10]]],
  // The year a level is compared with, however the comparison is put, is not the level's year.
  ["2025-06-10", "04-30", "capital expenditures of $325 million, about $75 million lower than we finished this past fiscal year.", [["FY2026", 325 * M]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion next year.", [["FY2026", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in the coming year.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures in the coming year of $1.1 billion.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in the coming fiscal year.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in the year ahead.", [["FY2025", 1.1 * B]]],
  ["2025-11-20", "", "capital expenditures of $1.1 billion in the new year.", [["FY2026", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion for the twelve months ending December 31, 2025.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in calendar 2025.", [["FY2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in the first half of 2025.", [["H1-2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in the second half of the year.", [["H2-2025", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $300 million in Q2.", [["Q2-2025", 300 * M]]],
  ["2025-02-10", "", "first-quarter capital expenditures of $300 million.", [["Q1-2025", 300 * M]]],
  ["2025-02-10", "", "capital expenditures of $300 million in 1Q25.", [["Q1-2025", 300 * M]]],
  ["2025-11-05", "", "capital expenditures of $300 million in next year's first quarter.", [["Q1-2026", 300 * M]]],
  ["2025-11-05", "", "capital expenditures of $600 million in 2026's second half.", [["H2-2026", 600 * M]]],
  ["2025-03-05", "06-30", "capital expenditures of $600 million in the current half.", [["H2-2025", 600 * M]]],
  ["2025-03-05", "06-30", "capital expenditures of $600 million in the next half.", [["H1-2026", 600 * M]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion over the next three years.", [["FY2025-FY2027", 1.1 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion a year over the next three years.", [["FY2025-FY2027", 1.1 * B, "year"]]],
  ["2025-02-10", "", "capital expenditures of $3.3 billion for the 2025-27 period.", [["FY2025-FY2027", 3.3 * B]]],
  ["2025-02-10", "12-31", "capital expenditures of $2.2 billion in 2025-26.", [["FY2025-FY2026", 2.2 * B]]],
  ["2025-02-10", "", "capital expenditures of about $1.1 billion annually through 2027.", [["FY2025-FY2027", 1.1 * B, "year"]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion per annum from 2025 to 2027.", [["FY2025-FY2027", 1.1 * B, "year"]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion in 2025 and $1.3 billion in 2026.", [["FY2025", 1.1 * B], ["FY2026", 1.3 * B]]],
  ["2025-02-10", "", "capital expenditures of $1.1 billion and $1.3 billion in 2025 and 2026, respectively.", [["FY2025", 1.1 * B], ["FY2026", 1.3 * B]]],
  ["2025-02-10", "", "2025 and 2026 capital expenditures of $1.1 billion and $1.3 billion, respectively.", [["FY2025", 1.1 * B], ["FY2026", 1.3 * B]]],
  ["2025-02-10", "", "to invest an average of $20 billion a year until 2028.", [["FY2025-FY2028", 20 * B, "year"]]],
  ["2025-02-10", "", "to invest $60 billion between now and 2028.", [["FY2025-FY2028", 60 * B]]],
  ["2025-02-10", "", "capital expenditures of about $3 billion a quarter.", []],
  ["2025-02-10", "", "cumulative capex of $30 billion over 2025-2027, or about $10 billion a year.", [["FY2025-FY2027", 30 * B], ["FY2025-FY2027", 10 * B, "year"]]],
  ["2025-02-10", "", "to invest $50 billion over the next five years.", [["FY2025-FY2029", 50 * B]]],
  ["2025-11-10", "", "to invest $15 billion over the three years from 2026.", [["FY2026-FY2028", 15 * B]]],
  ["2025-11-10", "", "to invest $15 billion over the three years from 2026 to 2028.", [["FY2026-FY2028", 15 * B]]],
  ["2025-11-10", "", "a four-year capital plan of $20 billion beginning in 2027.", [["FY2027-FY2030", 20 * B]]],
  ["2025-02-10", "", "capex of $12 billion in 2025, rising to $14 billion in 2026.", [["FY2025", 12 * B], ["FY2026", 14 * B]]],
  ["2025-02-10", "", "capex of $12 billion in 2026 and $14 billion the following year.", [["FY2026", 12 * B], ["FY2027", 14 * B]]],
  ["2025-02-10", "", "capex of $12 billion this year and $14 billion the year after.", [["FY2025", 12 * B], ["FY2026", 14 * B]]],
  ["2025-02-10", "", "capex of $14 billion the year after next.", [["FY2027", 14 * B]]],
  ["2025-02-10", "", "capital expenditure under its revised growth program (GP) to 2027 of $18 billion.", [["FY2025-FY2027", 18 * B]]],
  // The remaining years of a longer plan.
  ["2025-10-28", "", "over the remaining five years of our original 10-year capital investment plan that runs through 2030 to deploy approximately $26 billion of capital.", [["FY2026-FY2030", 26 * B]]],
  // "total" naming the metric does not make a per-year amount a total.
  ["2025-02-10", "", "that our total cash capex grows to between $28 and $33 billion per year through 2030.", [["FY2025-FY2030", 28 * B, "year"]]],
  // A year said by its last two digits on a call, not a count of things.
  ["2024-10-30", "", "that capital expenditures for 24 are forecast to approximate $3.7 billion and $4.1 billion in 2025.", [["FY2024", 3.7 * B], ["FY2025", 4.1e9]]],
  ["2024-10-30", "", "capital expenditures of $3.7 billion in 24 states in 2025.", [["FY2025", 3.7 * B]]],
  // With a plan's own span named, "early next year" dates when it is unveiled, not the money.
  ["2025-11-07", "", "to unveil an expanded five-year capital plan spanning $95 billion to $105 billion early next year.", [["FY2026-FY2030", 95 * B]]],
  ["2025-02-10", "", "capex of around $4 billion in each of 2025, 2026 and 2027.", [["FY2025", 4 * B], ["FY2026", 4 * B], ["FY2027", 4 * B]]],
  ["2025-02-10", "", "capex to remain around $12 billion annually for the next three years.", [["FY2025-FY2027", 12 * B, "year"]]],
  ["2025-05-20", "03-31", "capital expenditures of ¥500 billion for the fiscal year ending March 2026.", [["FY2026", 500 * B]]],
  ["2025-05-20", "03-31", "capital expenditures of ¥500 billion for FY3/2026.", [["FY2026", 500 * B]]],
  ["2025-05-20", "03-31", "capital expenditures of ¥500 billion for FY2025/26.", [["FY2026", 500 * B]]],
  ["2025-05-20", "03-31", "capital expenditures of ¥500 billion for FY3/27.", [["FY2027", 500 * B]]],
  ["2025-05-20", "03-31", "capital expenditures of ¥500 billion for the fiscal year through March 2027.", [["FY2027", 500 * B]]],
  ["2025-05-20", "03-31", "capital expenditures of ¥500 billion this fiscal year.", [["FY2026", 500 * B]]],
  ["2025-08-20", "06-30", "capital expenditures of $1.1 billion for the fiscal year.", [["FY2026", 1.1 * B]]],
  ["2025-08-20", "06-30", "capital expenditures of $1.1 billion next fiscal year.", [["FY2027", 1.1 * B]]],
  ["2025-08-20", "06-30", "capital expenditures of $300 million in the second fiscal quarter.", [["Q2-2026", 300 * M]]],
  ["2025-11-20", "01-31", "capital expenditures of $1.1 billion next year.", [["FY2027", 1.1 * B]]],
  ["2025-05-20", "03-31", "capital expenditures of £42 billion from April 2026 through March 2031.", [["FY2027-FY2031", 42 * B]]],
  ["2025-05-20", "03-31", "capital expenditures of £42 billion from April 1, 2026 to March 31, 2031.", [["FY2027-FY2031", 42 * B]]],
  ["2025-02-10", "", "capital expenditures of $3.3 billion from January 2025 through December 2027.", [["FY2025-FY2027", 3.3 * B]]],
  ["2025-08-20", "06-30", "capital expenditures of $1.1 billion between July 2025 and June 2026.", [["FY2026", 1.1 * B]]],
  ["2025-11-05", "06-30", "capital expenditures of $300 million in the quarter ending March 31, 2026.", [["Q3-2026", 300 * M]]],
  ["2025-11-05", "06-30", "capital expenditures of $300 million in the December 2025 quarter.", [["Q2-2026", 300 * M]]],
  ["2025-11-05", "", "capital expenditures of $300 million in the three months to December 2025.", [["Q4-2025", 300 * M]]],
  ["2025-11-05", "06-30", "capital expenditures of $600 million in the six months to June 2026.", [["H2-2026", 600 * M]]],
  // A period in a clause giving the work's reason or timing dates that, not the money before it.
  ["2025-08-06", "", "that for the year CapEx will be approximately $575 million as we ramp up in the second half of the year.", [["FY2025", 575 * M]]],
  // What is invested by a month's end, or a total reached by a year: the span from now, not that year's level.
  ["2025-06-01", "03-31", "to invest £18 billion by the end of March 2028.", [["FY2026-FY2028", 18 * B]]],
  ["2025-02-10", "", "that total investment will reach $109 billion by 2030.", [["FY2025-FY2030", 109 * B]]],
  ["2025-02-10", "", "that capex will rise to $5 billion by 2027.", [["FY2027", 5 * B]]],
  // "the year to be …" is the year under way ("the year to March", "the year to date" are not it).
  ["2024-07-23", "", "a sequential decline in Q2 and the year to be over $10 billion in capex.", [["FY2024", 10 * B]]],
  // A plan's length, then its money, then its name: the years from the one under way.
  ["2025-08-05", "", "to execute its five-year, $22.5 to $26 billion capital spending plan.", [["FY2025-FY2029", 22.5 * B]]],
  // A plan's length and last year, with a range between them whose ends carry decimals.
  ["2024-11-04", "", "a five-year $19 to $22.5 billion capital plan through 2028.", [["FY2024-FY2028", 19 * B]]],
  // The thirteenth round: the year a plan compared with is named for; the years following one named.
  ["2025-11-11", "", "FY 2026 capital spending in the $6.3 billion-$6.7 billion range, compared with its 2025 projection of $7.1 billion-$7.3 billion.", [["FY2026", 6.3 * B], ["FY2025", 7.1 * B]]],
  // A day written before its month ("30-Sep-2020"); a year's capex guidance labelled by its year before a comma.
  ["2019-11-20", "", "capital expenditure in the year to 30-Sep-2021 of around $1.35 billion.", [["FY2021", 1.35 * B]]],
  ["2025-08-07", "", "FY2025 CAPEX guidance, 3.1 billion dollars and 967.3 million dollars executed in 1H25.", [["FY2025", 3.1 * B]]],
  // A plan over split years named bare: "between 2025-26 and 2029-30", "from 2025-26 to 2029-30".
  ["2024-12-15", "03-31", "capex of Rs 1.25 lakh crore between 2025-26 and 2029-30.", [["FY2026-FY2030", 1.25e12]]],
  ["2024-12-15", "03-31", "capex of Rs 1.25 lakh crore from 2025-26 to 2029-30.", [["FY2026-FY2030", 1.25e12]]],
  // A plan named after "from" keeps its range whole ("from its expectation of X to Y"), and stands for its year.
  ["2023-11-01", "", "capital expenditures of $2.5 billion for 2024, up from its expectation of $2.2 billion to $2.4 billion in 2023.", [["FY2024", 2.5 * B], ["FY2023", 2.2 * B]]],
  ["2023-01-31", "", "its capital expenditures to be between $6.00 to $8.00 billion in 2023 and between $7.00 to $9.00 billion in each of the following two fiscal years.", [["FY2023", 6 * B], ["FY2024-FY2025", 7 * B, "year"]]],
];

describe("the period grammar (one written sentence per form)", () => {
  for (const [date, fiscalYearEnd, rest, want] of ROWS) {
    it(`GIVEN "${rest}" on ${date}${fiscalYearEnd ? ` (year ends ${fiscalYearEnd})` : ""} THEN ${want.map((w) => w[0]).join(", ")}`, () => {
      const got = extractCapexGuidance(`Acme expects ${rest}`, { date, company: ACME, companies: [], kind: "earnings_release", ...(fiscalYearEnd ? { fiscalYearEnd } : {}) });
      expect(got.map((s) => [s.period, s.low, s.per ?? ""])).toEqual(want.map(([period, value, per]) => [period, value, per ?? ""]));
    });
  }
});

describe("the year an outlook is for, named in a sentence with no money (written texts)", () => {
  // An October 2025 text: without the first sentence, "We expect capital …" would be 2025's.
  const TEXTS = [
    "Acme Industries Inc. confirms its fiscal 2026 annual guidance. We expect capital expenditures of $1.1 billion.",
    "We did want to provide some initial assumptions for our 2026 guidance. We expect capital spending to be roughly $1.1 billion.",
    "Additionally, the company expects the following for 2026. A tax rate of 22 to 25%. Capital expenditures of about $1.1 billion.",
    "The actions we took in Q3 go a long way towards delivering the 2026 financial commitments we outlined last quarter. We expect capital expenditures of about $1.1 billion.",
  ];
  for (const text of TEXTS) {
    it(`GIVEN ${JSON.stringify(text.slice(0, 70))} THEN 2026's $1.1 billion`, () => {
      const got = extractCapexGuidance(text, { date: "2025-10-27", company: ACME, companies: [], kind: "transcript" });
      expect(got.map((s) => [s.period, s.low])).toEqual([["FY2026", 1.1 * B]]);
    });
  }
});

describe("a year that dates a goal in other units (written text)", () => {
  it("GIVEN 'over the next three years, will invest $X … to increase capacity to 200 MTPA by 2030' THEN the three years, not 2030", () => {
    const text = "Acme, over the next three years, will invest $3.3 billion in capital expenditure or capex to increase capacity to 200 million tonne or MTPA per year by 2030.";
    const got = extractCapexGuidance(text, { date: "2025-02-10", company: ACME, companies: [], kind: "news" });
    expect(got.map((s) => [s.period, s.low])).toEqual([["FY2025-FY2027", 3.3 * B]]);
  });
});

describe("a quarter named without its year after a year's level (written text)", () => {
  it("GIVEN a year's plan, then 'Q2 capex to reach $3 billion to $3.5 billion' THEN both: the quarter is no part of the year's figure", () => {
    const text = "Acme announced plans to invest between $20 billion and $23 billion in capex in 2025. The company expects Q2 capex to reach $3 billion to $3.5 billion.";
    const got = extractCapexGuidance(text, { date: "2025-05-15", company: ACME, companies: [], kind: "news" });
    expect(got.map((s) => [s.period, s.low, s.high])).toEqual([["FY2025", 20 * B, 23 * B], ["Q2-2025", 3 * B, 3.5 * B]]);
  });
});

describe("'this FY' and 'last FY' (written text)", () => {
  it("GIVEN this year's plan, then a cut 'to Rs 14,198 crore last FY' THEN the cut is last year's and leaves this year's plan standing", () => {
    const text = "Acme has planned to invest Rs 20,000 crore in capital expenditure this financial year. The CFO said that the company had cut its planned capex of Rs 18,240 crore to Rs 14,198 crore last FY.";
    const got = extractCapexGuidance(text, { date: "2025-05-20", fiscalYearEnd: "03-31", company: ACME, companies: [], kind: "news" });
    expect(got.map((s) => [s.period, s.low])).toEqual([["FY2026", 200 * B]]);
  });
});

describe("a comparison in brackets after the level (written text)", () => {
  it("GIVEN an outlook for FY 2023 listing 'Capex of $3.5bn to $3.7bn ($3bn in FY 2022)' THEN FY2023: the bracket's year is the bracket's alone", () => {
    const text = "Acme has confirmed its guidance for FY 2023. Acme continues to expect:\n- Total income of $23bn to $25bn ($22bn in FY 2022)\n- Capex of $3.5bn to $3.7bn ($3bn in FY 2022)";
    const got = extractCapexGuidance(text, { date: "2022-08-11", fiscalYearEnd: "06-30", company: ACME, companies: [], kind: "news" });
    expect(got.map((s) => [s.period, s.low, s.high])).toEqual([["FY2023", 3.5 * B, 3.7 * B]]);
  });
});

describe("the results being reviewed, and a fragment that goes on from a forward sentence (written texts)", () => {
  const read = (text: string, date: string) => extractCapexGuidance(text, { date, company: ACME, companies: [], kind: "news" }).map((s) => [s.period, s.low, s.high]);
  it("GIVEN 'during its review of fiscal fourth quarter and full-year results … expect to spend $X … in 2015' THEN 2015: the quarter names the results, not the money", () => {
    const text = "As expected, management at Acme said on January 27 during its review of fiscal fourth quarter and full-year results that they expect to spend about $1.5 billion for capital expenditures (capex) in 2015.";
    expect(read(text, "2015-01-27")).toEqual([["FY2015", 1.5 * B, 1.5 * B]]);
  });
  it("GIVEN 'We continue to expect … Reflective of …, and CapEx of $X to $Y.' THEN the fragment's capex is the year's plan", () => {
    const text = "Turning to cash flow, we continue to expect fiscal 25 free cash flow to be in the range of $1.2 to $1.3 billion. Reflective of operating cash flow between $2.4 to $2.6 billion, and CapEx of $1.2 to $1.3 billion.";
    expect(read(text, "2025-02-10")).toEqual([["FY2025", 1.2 * B, 1.3 * B]]);
  });
});
