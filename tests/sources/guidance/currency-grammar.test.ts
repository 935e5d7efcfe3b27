// Every way of writing a currency the extractor reads, each in one plain guidance sentence: a
// table of the grammar (symbols, prefixes, ISO codes before and after, currency words with and
// without a country, scale words and letters), written for this test from how the currencies are
// written, not taken from the labelled sets. A form missing here reads as no statement at all.
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { ACME, levelsOf } from "./sentence-levels.js";

const B = 1e9;
const M = 1e6;
const T = 1e12;

// [amount as written, value, currency]
const FORMS: Array<[string, number, string]> = [
  ["$1.1B", 1.1 * B, "USD"], ["$1.1 bln", 1.1 * B, "USD"], ["USD 1.1 bn", 1.1 * B, "USD"], ["US$1.1 billion", 1.1 * B, "USD"],
  ["$1,100 million", 1.1 * B, "USD"], ["1.1 billion dollars", 1.1 * B, "USD"],
  ["€2.5bn", 2.5 * B, "EUR"], ["EUR2.5bn", 2.5 * B, "EUR"], ["1.1 billion euros", 1.1 * B, "EUR"],
  ["£800m", 800 * M, "GBP"], ["GBP 800 million", 800 * M, "GBP"], ["900 million pounds", 900 * M, "GBP"],
  ["¥500 billion", 500 * B, "JPY"], ["500 billion yen", 500 * B, "JPY"], ["500 billion Japanese yen", 500 * B, "JPY"],
  ["Bt83.66 billion", 83.66 * B, "THB"], ["Dh1.5 billion", 1.5 * B, "AED"], ["30 trillion won", 30 * T, "KRW"], ["KRW 30 trillion", 30 * T, "KRW"], ["1 trillion Korean won", 1 * T, "KRW"], ["1 trillion South Korean won", 1 * T, "KRW"],
  ["50 billion yuan", 50 * B, "CNY"], ["RMB 50 billion", 50 * B, "CNY"],
  ["Rs 5,000 crore", 50 * B, "INR"], ["₹5,000 crore", 50 * B, "INR"], ["Rs. 12,000 crores", 120 * B, "INR"], ["INR 1.2 lakh crore", 1.2 * T, "INR"],
  ["1.2 lakh crore rupees", 1.2 * T, "INR"], ["30 billion Indian rupees", 30 * B, "INR"],
  ["NT$40 billion", 40 * B, "TWD"], ["40 billion New Taiwan dollars", 40 * B, "TWD"], ["HK$3.5 billion", 3.5 * B, "HKD"], ["12 billion Hong Kong dollars", 12 * B, "HKD"],
  ["S$1.2 billion", 1.2 * B, "SGD"], ["C$1.1 billion", 1.1 * B, "CAD"], ["5 billion Canadian dollars", 5 * B, "CAD"],
  ["A$900 million", 900 * M, "AUD"], ["AUD 900m", 900 * M, "AUD"], ["5 billion Australian dollars", 5 * B, "AUD"], ["3 billion New Zealand dollars", 3 * B, "NZD"],
  ["R$ 12 billion", 12 * B, "BRL"], ["3 billion reais", 3 * B, "BRL"], ["3 billion Brazilian reais", 3 * B, "BRL"],
  ["CHF 1.5 billion", 1.5 * B, "CHF"], ["2 billion Swiss francs", 2 * B, "CHF"],
  ["SEK 8 billion", 8 * B, "SEK"], ["6 billion Swedish kronor", 6 * B, "SEK"], ["NOK 25 billion", 25 * B, "NOK"], ["6 billion Norwegian crowns", 6 * B, "NOK"],
  ["DKK 4 billion", 4 * B, "DKK"], ["4 billion Danish kroner", 4 * B, "DKK"],
  ["MXN 20 billion", 20 * B, "MXN"], ["40 billion Mexican pesos", 40 * B, "MXN"], ["ZAR 10 billion", 10 * B, "ZAR"], ["10 billion rand", 10 * B, "ZAR"],
  ["SAR 30 billion", 30 * B, "SAR"], ["30 billion riyals", 30 * B, "SAR"], ["5 billion dirhams", 5 * B, "AED"],
  ["PLN 2 billion", 2 * B, "PLN"], ["2 billion zlotys", 2 * B, "PLN"], ["30 billion Turkish lira", 30 * B, "TRY"],
  ["3 trillion rupiah", 3 * T, "IDR"], ["IDR 3 trillion", 3 * T, "IDR"], ["30 billion baht", 30 * B, "THB"], ["300 billion rubles", 300 * B, "RUB"],
  // The English financial press's abbreviations (the FT's style, and Asian papers'), spaced and glued.
  ["DKr2bn", 2 * B, "DKK"], ["NKr 20bn", 20 * B, "NOK"], ["SKr8bn", 8 * B, "SEK"], ["SFr1.5bn", 1.5 * B, "CHF"],
  ["Rp 20 trillion", 20 * T, "IDR"], ["RM2.5 billion", 2.5 * B, "MYR"],
  // South Africa's rand, written "R" before a scaled amount.
  ["R28bn", 28 * B, "ZAR"], ["R1.2 billion", 1.2 * B, "ZAR"],
  // Any ISO code glued to the number, as news wires write it.
  // A letter scale with its code after.
  ["28B USD", 28 * B, "USD"],
  ["MYR4 billion", 4 * B, "MYR"], ["SEK8bn", 8 * B, "SEK"], ["BRL12 billion", 12 * B, "BRL"], ["ZAR10bn", 10 * B, "ZAR"], ["NZD900m", 900 * M, "NZD"],
];

describe("the currency grammar (one written sentence per form)", () => {
  for (const [written, value, currency] of FORMS) {
    it(`GIVEN capex of ${written} THEN ${value} ${currency}`, () => {
      const text = `${ACME.name} expects 2026 capital expenditure of ${written}.`;
      expect(levelsOf({ text, want: [] }, [])).toEqual([["FY2026", value, value, currency]]);
    });
  }

  it("GIVEN 'R35-39 billion' THEN a range in rand: the R before the low end, the scale after the high", () => {
    expect(levelsOf({ text: `${ACME.name} is targeting capex (ex-leases) of R35-39 billion for FY 2026.`, want: [] }, [])).toEqual([["FY2026", 35 * B, 39 * B, "ZAR"]]);
  });

  it("GIVEN pesos of no named country, or 'real' as a word THEN no currency is guessed (so no statement)", () => {
    // Mexico, the Philippines, Chile, Colombia and Argentina all count in pesos; "real" is mostly an adjective.
    expect(levelsOf({ text: `${ACME.name} expects 2026 capital expenditure of 40 billion pesos.`, want: [] }, [])).toEqual([]);
    expect(levelsOf({ text: `${ACME.name} expects 2026 capital expenditure of 3 billion real.`, want: [] }, [])).toEqual([]);
  });

  it("GIVEN a bare '$' of a company named 'Canadian … Ltd.' or 'Australian … Limited' THEN that country's dollar", () => {
    const canadian = { ticker: "CNQ", name: "Canadian Northern Oil" };
    expect(levelsOf({ text: "Canadian Northern Oil Ltd. said the $100-million cut brings its total capital expenditures this year to $3.95-billion.", company: canadian, kind: "news", want: [] }, [])).toEqual([["FY2026", 3.95 * B, 3.95 * B, "CAD"]]);
    const australian = { ticker: "AXG", name: "Australian Grocers" };
    expect(levelsOf({ text: "Australian Grocers Limited expects capital expenditure of $2.0 billion in 2026.", company: australian, kind: "news", want: [] }, [])).toEqual([["FY2026", 2 * B, 2 * B, "AUD"]]);
  });

  it("GIVEN the store knows the company reports in Canadian (Australian) dollars THEN a bare '$' with no cue in the text is that dollar; a text writing 'C$' out keeps '$' the US one", () => {
    const suncor = { ticker: "SU", name: "Suncor Energy Inc." };
    const ctx = { date: "2026-01-10", company: suncor, companies: [], kind: "news" as const, reportingCurrency: "CAD" };
    const read = (text: string, c: object = ctx) => extractCapexGuidance(text, c as typeof ctx).map((s) => [s.period, s.low, s.high, s.currency]);
    expect(read("Suncor Energy said it has set a $7.3-billion capital spending budget for 2026.")).toEqual([["FY2026", 7.3 * B, 7.3 * B, "CAD"]]);
    expect(read("Suncor Energy expects 2026 capital spending of C$7.3 billion ($5.3 billion).")).toEqual([["FY2026", 7.3 * B, 7.3 * B, "CAD"]]);
    const { reportingCurrency: _unknown, ...unknownCurrency } = ctx;
    expect(read("Suncor Energy said it has set a $7.3-billion capital spending budget for 2026.", unknownCurrency)).toEqual([["FY2026", 7.3 * B, 7.3 * B, "USD"]]);
    expect(read("Qantas said it would boost spending on fleet in 2026 to $3.5 billion to $3.7 billion.", { ...ctx, company: { ticker: "QAN", name: "Qantas Airways" }, reportingCurrency: "AUD" })).toEqual([["FY2026", 3.5 * B, 3.7 * B, "AUD"]]);
  });

  it("GIVEN the store knows the company reports in US dollars THEN 'the Australian firm' leaves its bare '$' the US dollar, and of '$X (£Y)' the pounds are the conversion", () => {
    const bhp = { ticker: "BHP", name: "BHP Group" };
    const text = "Shares in miner BHP were up 6 per cent after the Australian firm revealed it had slashed capital expenditure for 2026 to $12.6bn (£8.2bn).";
    const got = extractCapexGuidance(text, { date: "2026-02-20", company: bhp, companies: [], kind: "news", reportingCurrency: "USD" });
    expect(got.map((s) => [s.period, s.low, s.currency])).toEqual([["FY2026", 12.6 * B, "USD"]]);
  });

  it("GIVEN 'Canada's' before the company or a kind of company THEN its dollar is Canada's; before a place in a text about another company THEN not", () => {
    expect(levelsOf({ text: "Canada's Acme expects capital spending of $2.0 billion in 2026.", kind: "news", want: [] }, [])).toEqual([["FY2026", 2 * B, 2 * B, "CAD"]]);
    expect(levelsOf({ text: "Canada's biggest oil producer, Acme, expects capital spending of $2.0 billion in 2026.", kind: "news", want: [] }, [])).toEqual([["FY2026", 2 * B, 2 * B, "CAD"]]);
    const text = "Acme estimated 2026 capital spending in the $5.4 billion-$5.7 billion range. Separately, Acme is considering a copper project in Canada's Sudbury basin.";
    expect(levelsOf({ text, kind: "news", want: [] }, [])).toEqual([["FY2026", 5.4 * B, 5.7 * B, "USD"]]);
  });

  it("GIVEN a headline's dollar figure that rounds the conversion of the company's own figure THEN only the company's currency", () => {
    const text = `Acme ups 2026 capex to $2.1b\n\nThe company's capex budget for the year is now 2.3 trillion won ($2.16 billion).`;
    expect(levelsOf({ text, kind: "news", want: [] }, [])).toEqual([["FY2026", 2.3 * T, 2.3 * T, "KRW"]]);
  });
});
