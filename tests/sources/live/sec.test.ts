import { afterEach, describe, expect, it } from "vitest";
import { capexActuals } from "../../../src/sources/live/sec/capex-quarters.js";
import { acceptanceMs, exhibitKind, filingsOf, pickExhibits, type Filing } from "../../../src/sources/live/sec/filings.js";
import { fiscalQuarterOf, parseFiscalYearEnd } from "../../../src/sources/live/sec/fiscal-period.js";
import { companyFactsSchema, submissionsSchema } from "../../../src/sources/live/sec/sec-schemas.js";
import { sharesOutstanding } from "../../../src/sources/live/sec/shares.js";
import { createLiveSources, type LiveSources } from "../../../src/sources/live/live-sources.js";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { FAST, testConfig, testEnv } from "./helpers/test-policy.js";

const snowFacts = () => companyFactsSchema.parse(JSON.parse(fixture("sec/companyfacts_SNOW_trimmed.json")));
const JAN_FYE = parseFiscalYearEnd("0131");

describe("capex quarters from year-to-date XBRL facts (real SNOW companyfacts)", () => {
  it("GIVEN Q2 and Q3 only as 6- and 9-month YTD values THEN Q2 = 6M − Q1, Q3 = 9M − 6M, Q4 = FY − 9M", () => {
    const { tag, actuals } = capexActuals(snowFacts(), JAN_FYE);
    expect(tag).toBe("PaymentsToAcquirePropertyPlantAndEquipment");
    const fy2025 = Object.fromEntries(actuals.filter((a) => a.period.endsWith("-2025") || a.period === "FY2025").map((a) => [a.period, [a.value, a.basis]]));
    expect(fy2025).toEqual({
      "Q1-2025": [16_519_000, "reported"],
      "Q2-2025": [5_043_000, "6M − 3M"],
      "Q3-2025": [13_440_000, "9M − 6M"],
      "Q4-2025": [11_277_000, "FY − 9M"],
      FY2025: [46_279_000, "reported"],
    });
  });

  it("GIVEN the same period re-filed with a later fy/fp THEN it counts once and the fiscal label comes from the dates", () => {
    const { actuals } = capexActuals(snowFacts(), JAN_FYE);
    const q1 = actuals.filter((a) => a.start === "2024-02-01" && a.end === "2024-04-30");
    expect(q1).toHaveLength(1);
    expect(q1[0]).toMatchObject({ period: "Q1-2025", accn: "0001640147-25-000110" }); // the later filing (fy 2026, fp Q1)
    expect(new Set(actuals.map((a) => a.period)).size).toBe(actuals.length);
  });

  it("GIVEN a January company naming its years by their start (derived facts) THEN the year ended January 2025 and its quarters are 2024's, the same figures as by their end", () => {
    const startNamed = companyFactsSchema.parse(JSON.parse(fixture("sec/DERIVED_companyfacts_start_named_years.json")));
    const { actuals } = capexActuals(startNamed, JAN_FYE, "start");
    const yearEndedJan2025 = Object.fromEntries(actuals.filter((a) => a.start >= "2024-02-01" && a.end <= "2025-01-31").map((a) => [a.period, a.value]));
    expect(yearEndedJan2025).toEqual({ "Q1-2024": 16_519_000, "Q2-2024": 5_043_000, "Q3-2024": 13_440_000, "Q4-2024": 11_277_000, FY2024: 46_279_000 });
    expect(actuals.find((a) => a.period === "FY2023")).toMatchObject({ value: 35_086_000, end: "2024-01-31" });
    expect(capexActuals(startNamed, JAN_FYE, "end").actuals.find((a) => a.end === "2025-01-31" && a.period.startsWith("FY"))?.period).toBe("FY2025");
  });

  it("GIVEN start naming THEN a period is named by the year its fiscal year starts in; a December year is the same either way", () => {
    expect(fiscalQuarterOf("2025-02-01", JAN_FYE, "start")).toEqual({ year: 2024, quarter: 4 }); // Target's fiscal 2024
    expect(fiscalQuarterOf("2025-05-03", JAN_FYE, "start")).toEqual({ year: 2025, quarter: 1 });
    expect(fiscalQuarterOf("2025-05-03", JAN_FYE, "end")).toEqual({ year: 2026, quarter: 1 });
    expect(fiscalQuarterOf("2025-12-31", parseFiscalYearEnd("1231"), "start")).toEqual({ year: 2025, quarter: 4 });
  });

  it("GIVEN fiscal years ending in June, January (52/53 weeks) and December THEN quarters are named as the company names them", () => {
    expect(fiscalQuarterOf("2025-12-31", parseFiscalYearEnd("0630"))).toEqual({ year: 2026, quarter: 2 });
    expect(fiscalQuarterOf("2026-01-25", parseFiscalYearEnd("0125"))).toEqual({ year: 2026, quarter: 4 });
    expect(fiscalQuarterOf("2026-01-31", parseFiscalYearEnd("0125"))).toEqual({ year: 2026, quarter: 4 });
    expect(fiscalQuarterOf("2025-04-27", parseFiscalYearEnd("0125"))).toEqual({ year: 2026, quarter: 1 });
    expect(fiscalQuarterOf("2025-12-31", parseFiscalYearEnd("1231"))).toEqual({ year: 2025, quarter: 4 });
  });
});

describe("shares outstanding from the cover page", () => {
  it("GIVEN a single-class filer THEN the latest dei cover count is used and named", () => {
    expect(sharesOutstanding(snowFacts())).toMatchObject({ value: 333_700_000, source: "dei:EntityCommonStockSharesOutstanding", end: "2025-05-08" });
  });

  it("GIVEN a dual-class filer with no undimensioned dei count THEN the balance-sheet count is used, and it says why", () => {
    const facts = companyFactsSchema.parse(JSON.parse(fixture("sec/DERIVED_companyfacts_dual_class_no_dei.json")));
    expect(sharesOutstanding(facts)).toMatchObject({ value: 12_230_000_000, source: "us-gaap:CommonStockSharesOutstanding", note: expect.stringMatching(/dual-class/) });
  });

  it("GIVEN a cover count that covers one class only (far below the public float at the price) THEN it falls back", () => {
    const facts = companyFactsSchema.parse(JSON.parse(fixture("sec/DERIVED_companyfacts_one_class_on_cover.json")));
    expect(sharesOutstanding(facts)?.source).toBe("dei:EntityCommonStockSharesOutstanding"); // no price: cannot tell
    expect(sharesOutstanding(facts, { price: 480 })).toMatchObject({ value: 1_437_000_000, source: "us-gaap:CommonStockSharesOutstanding", note: expect.stringMatching(/one class only/) });
  });
});

describe("submissions (real TSLA file)", () => {
  const filings = filingsOf(submissionsSchema.parse(JSON.parse(fixture("sec/submissions_TSLA_trimmed.json"))));

  it("GIVEN 8-Ks THEN Item 2.02 ones are earnings releases, Item 7.01/8.01 ones other material, the rest (5.02, 10-Q, Form 4) not read", () => {
    expect(filings.filter((f) => exhibitKind(f) !== null).map((f) => [f.accession, f.items.join(","), exhibitKind(f)])).toEqual([
      ["0001564590-22-034639", "2.02,9.01", "earnings_release"],
      ["0001564590-22-033053", "2.02,7.01,9.01", "earnings_release"],
      ["0001564590-22-028207", "5.07,8.01,9.01", "filing"],
      ["0001564590-22-026048", "2.02,9.01", "earnings_release"],
      ["0001564590-22-025153", "2.02,7.01,9.01", "earnings_release"],
    ]);
  });

  it("GIVEN a foreign private issuer's 6-K THEN its exhibits are read as a filing (a 6-K has no items)", () => {
    const sixK: Filing = { ...(filings[7] as Filing), form: "6-K", items: [] };
    expect(exhibitKind(sixK)).toBe("filing");
    expect(exhibitKind({ ...sixK, form: "6-K/A" })).toBe("filing");
    expect(exhibitKind({ ...sixK, form: "20-F" })).toBeNull();
  });

  it("GIVEN EDGAR's acceptanceDateTime THEN it is read as New York time (a 06:08 10-Q is filed at EDGAR's 06:00 ET opening)", () => {
    expect(new Date(acceptanceMs("2022-10-24T06:08:50.000Z", "2022-10-24")).toISOString()).toBe("2022-10-24T10:08:50.000Z");
  });

  it("GIVEN a filing folder THEN EX-99.1/99.2 are picked by name, else other HTML documents, never the 8-K or R pages", () => {
    expect(pickExhibits(["a-index.html", "tsla-8k.htm", "tsla-ex991_6.htm", "R1.htm", "ex99-2.htm"], "tsla-8k.htm")).toEqual(["tsla-ex991_6.htm", "ex99-2.htm"]);
    expect(pickExhibits(["nvda-8k.htm", "q1fy27pr.htm", "q1fy27cfo.htm", "R2.htm"], "nvda-8k.htm")).toEqual(["q1fy27pr.htm", "q1fy27cfo.htm"]);
  });
});

describe("SEC source through the real clients and a local server", () => {
  let server: FakeServer;
  let sources: LiveSources;
  afterEach(async () => {
    await sources?.close();
    await server?.close();
  });

  it("GIVEN company_tickers, submissions and companyfacts THEN company, capex_actual and shares events come out, tickers fetched once a day", async () => {
    server = await startFakeServer({
      "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") },
      "/submissions/CIK0001640147.json": { body: fixture("sec/submissions_TSLA_trimmed.json").replace('"fiscalYearEnd": "1231"', '"fiscalYearEnd": "0131"') },
      "/api/xbrl/companyfacts/CIK0001640147.json": { body: fixture("sec/companyfacts_SNOW_trimmed.json") },
    });
    const now = Date.parse("2025-06-15T12:00:00Z");
    const env = testEnv(() => now);
    sources = createLiveSources({ config: testConfig(server.url), log: env.log, now: () => now, env, tuning: FAST });
    const filings = await sources.sec.pollFilings("SNOW", 0);
    expect(filings.company).toMatchObject({ type: "company", ticker: "SNOW", cik: "1640147", fiscalYearEnd: "01-31" });
    const { events, shares, company } = await sources.sec.capex("SNOW");
    // Its 10-Ks name years by their end; its facts are in US dollars.
    expect(company).toEqual({ type: "company", ticker: "SNOW", fiscalYearNamedBy: "end", currency: "USD" });
    expect(events.map((e) => e.period)).toEqual(["Q2-2024", "Q3-2024", "FY2024", "Q4-2024", "Q1-2025", "Q2-2025", "Q3-2025", "FY2025", "Q4-2025", "Q1-2026"]);
    expect(events.find((e) => e.period === "Q4-2025")).toMatchObject({ type: "capex_actual", ticker: "SNOW", value: 11_277_000, ts: now });
    expect(shares).toEqual({ type: "shares", ts: now, ticker: "SNOW", value: 333_700_000 });
    expect(env.lines).toContain("sec: SNOW shares 333700000 from dei:EntityCommonStockSharesOutstanding as of 2025-05-08");
    expect(server.hits.get("/files/company_tickers.json")).toBe(1);
  });

  it("GIVEN a January company whose 10-Ks name years by their start THEN capex says so, its actuals are named that way, and later company events repeat it", async () => {
    server = await startFakeServer({
      "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") },
      "/submissions/CIK0001640147.json": { body: fixture("sec/submissions_TSLA_trimmed.json").replace('"fiscalYearEnd": "1231"', '"fiscalYearEnd": "0131"') },
      "/api/xbrl/companyfacts/CIK0001640147.json": { body: fixture("sec/DERIVED_companyfacts_start_named_years.json") },
    });
    const now = Date.parse("2025-06-15T12:00:00Z");
    const env = testEnv(() => now);
    sources = createLiveSources({ config: testConfig(server.url), log: env.log, now: () => now, env, tuning: FAST });
    expect((await sources.sec.pollFilings("SNOW", 0)).company.fiscalYearNamedBy).toBeUndefined(); // the submissions do not say
    const { events, company } = await sources.sec.capex("SNOW");
    expect(company).toEqual({ type: "company", ticker: "SNOW", fiscalYearNamedBy: "start", currency: "USD" });
    expect(events.map((e) => e.period)).toEqual(["Q2-2023", "Q3-2023", "FY2023", "Q4-2023", "Q1-2024", "Q2-2024", "Q3-2024", "FY2024", "Q4-2024", "Q1-2025"]);
    expect(events.find((e) => e.period === "FY2024")?.value).toBe(46_279_000); // the year ended January 31, 2025
    expect((await sources.sec.pollFilings("SNOW", 0)).company).toMatchObject({ fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" });
  });

  it("GIVEN an unknown ticker THEN it is a not-found error naming the ticker", async () => {
    server = await startFakeServer({ "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") } });
    const env = testEnv();
    sources = createLiveSources({ config: testConfig(server.url), log: env.log, env, tuning: FAST });
    await expect(sources.sec.pollFilings("ZZZZ", 0)).rejects.toMatchObject({ code: "not_found", message: expect.stringMatching(/ZZZZ/) });
  });
});
