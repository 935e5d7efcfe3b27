// The evaluation gives the extractor what the store knows of a company live: how it names its fiscal
// years (SEC filings say it of US filers). data/guidance/company-naming.jsonl holds that for the
// labelled sets' companies whose year ends January to May, researched from public sources apart
// from the labels; these tests check the table and that the evaluation passes it on.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { companiesOf, evaluate, fiscalNamingOf, ownCompanyOf, readRecords, reportingCurrencyOf, sameCompany, type EvalRecord } from "./eval-set.js";

/** Every row valid and one per company (two companies under one ticker, Vodafone's VOD and Vodacom's,
 * are a row each); prints the rows by `key`, as data/guidance/README.md gives them. */
function expectWellFormed(rows: unknown[], schema: z.ZodType, name: string, key: string): void {
  for (const r of rows) expect(schema.safeParse(r).success, JSON.stringify(r).slice(0, 80)).toBe(true);
  console.log(JSON.stringify({ [name]: countBy(rows, key) }));
  const companies = rows as { ticker: string; companyName: string }[];
  const twice = companies.filter((r, i) => companies.some((o, j) => j < i && o.ticker === r.ticker && sameCompany(o.companyName, r.companyName)));
  expect(twice.map((r) => `${r.ticker} ${r.companyName}`)).toEqual([]);
}

/** How many rows have each value of `key`, with the total. */
function countBy(rows: unknown[], key: string): Record<string, number> {
  const counts: Record<string, number> = { rows: rows.length };
  for (const r of rows) {
    const v = String((r as Record<string, unknown>)[key]);
    counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

const FILE = path.resolve(process.cwd(), "data/guidance/company-naming.jsonl");
const rowSchema = z.object({
  ticker: z.string().min(1),
  companyName: z.string().min(1),
  fiscalYearEnd: z.string().regex(/^\d{2}-\d{2}$/),
  namedBy: z.enum(["start", "end", "unknown"]),
  evidence: z.string().min(20),
  source: z.string().url(),
});

describe("company fiscal-year naming for the evaluation", () => {
  const rows = readRecords(FILE) as unknown[];

  it("GIVEN the table THEN every row is well-formed, with its evidence and source, one row per ticker", () => {
    expectWellFormed(rows, rowSchema, "companyNaming", "namedBy");
  });

  it("GIVEN a company the table names by the start year (Target) THEN 'this year' in March 2025 is fiscal 2025, ending January 2026", () => {
    expect(fiscalNamingOf("TGT")).toBe("start");
    expect(fiscalNamingOf("WMT")).toBe("end");
    const r: EvalRecord = {
      id: "naming-test",
      text: "We continue to expect CapEx of $4 to $5 billion this year.",
      date: "2025-03-04",
      company: "TGT",
      companyName: "Target",
      fiscalYearEnd: "01-31",
      kind: "transcript",
      source: "written for this test",
      expected: [{ period: "FY2025", low: 4e9, high: 5e9, currency: "USD" }],
    };
    const got = evaluate(r, [{ ticker: "TGT", name: "Target" }]);
    expect(got.got.map((s) => s.period)).toEqual(["FY2025"]);
    expect([got.tp, got.fp, got.fn]).toEqual([1, 0, 0]);
  });
});

describe("company reporting currency for the evaluation", () => {
  const rows = readRecords(path.resolve(process.cwd(), "data/guidance/company-currency.jsonl")) as unknown[];
  const currencyRow = z.object({ ticker: z.string().min(1), companyName: z.string().min(1), reportingCurrency: z.enum(["CAD", "AUD", "NZD", "USD", "unknown"]), evidence: z.string().min(10), source: z.string().url() });

  it("GIVEN the table THEN every row is well-formed, with its evidence and source, one row per ticker", () => {
    expectWellFormed(rows, currencyRow, "companyCurrency", "reportingCurrency");
  });

  it("GIVEN a company the table says reports in Australian dollars (Telstra) THEN the evaluation reads its bare '$' as AUD", () => {
    expect([reportingCurrencyOf("TLS"), reportingCurrencyOf("BHP"), reportingCurrencyOf("AMZN")]).toEqual(["AUD", "USD", undefined]);
    const r: EvalRecord = {
      id: "currency-test",
      text: "Telstra continues to expect capex of $3.5bn to $3.7bn in FY 2023.",
      date: "2022-08-11",
      company: "TLS",
      companyName: "Telstra",
      fiscalYearEnd: "06-30",
      kind: "news",
      source: "written for this test",
      expected: [{ period: "FY2023", low: 3.5e9, high: 3.7e9, currency: "AUD" }],
    };
    expect([evaluate(r, [{ ticker: "TLS", name: "Telstra" }]).tp]).toEqual([1]);
  });
});

describe("one ticker, several companies", () => {
  // The set's records name their company by ticker, and a ticker can be another company's on
  // another exchange (TEL: PLDT in Manila, Telenor in Oslo, TE Connectivity in New York). The store
  // keeps them apart by listing; the evaluation must too, or PLDT's texts are read as TE
  // Connectivity's and the table's Canadian dollar of Air Canada (AC) is given to Ayala (AC).
  const record = (company: string, companyName: string): EvalRecord => ({ id: companyName, text: "x", date: "2024-01-01", company, companyName, source: "written for this test", expected: [] });

  it("GIVEN names of one company written differently THEN they are one company", () => {
    for (const [a, b] of [["Exxon Mobil", "ExxonMobil"], ["TSMC", "Taiwan Semiconductor Manufacturing Co"], ["Taiwan Semiconductor Manufacturing", "TSMC"], ["Shell", "Royal Dutch Shell"], ["Estée Lauder", "The Estee Lauder Companies"], ["McDonald's", "McDonald’s Corporation"]]) {
      expect(sameCompany(a, b), `${a} / ${b}`).toBe(true);
    }
  });

  it("GIVEN different companies under one ticker THEN each is its own company, and the record gets its own", () => {
    for (const [a, b] of [["PLDT", "Telenor"], ["Anglo American", "American Airlines Group"], ["Vodafone Group", "Vodacom Group"], ["Air Canada", "Ayala Corporation"]]) {
      expect(sameCompany(a, b), `${a} / ${b}`).toBe(false);
    }
    const records = [record("TEL", "PLDT"), record("TEL", "Telenor"), record("TEL", "PLDT Inc."), record("TEL", "TE Connectivity")];
    const companies = companiesOf(records);
    expect(companies.map((c) => c.name)).toEqual(["PLDT", "Telenor", "TE Connectivity"]);
    expect(records.map((r) => ownCompanyOf(r, companies)?.name)).toEqual(["PLDT", "Telenor", "PLDT", "TE Connectivity"]);
  });

  it("GIVEN one company's ticker written with and without its exchange's suffix THEN it is one company; other companies under the suffixed ticker stay apart", () => {
    const records = [record("0762", "China Unicom"), record("0762.HK", "China Unicom (Hong Kong)"), record("T", "AT&T"), record("T.TO", "TELUS"), record("TEL.OL", "Telenor"), record("TEL", "TE Connectivity")];
    const companies = companiesOf(records);
    expect(companies.map((c) => [c.ticker, c.name])).toEqual([["0762", "China Unicom"], ["T", "AT&T"], ["T.TO", "TELUS"], ["TEL.OL", "Telenor"], ["TEL", "TE Connectivity"]]);
    expect(records.map((r) => ownCompanyOf(r, companies)?.name)).toEqual(["China Unicom", "China Unicom", "AT&T", "TELUS", "Telenor", "TE Connectivity"]);
  });

  it("GIVEN a table row for one company of a ticker THEN another company of that ticker does not get it", () => {
    expect([reportingCurrencyOf("AC", "Air Canada"), reportingCurrencyOf("AC", "Ayala Corporation"), reportingCurrencyOf("AC")]).toEqual(["CAD", undefined, "CAD"]);
  });
});
