// A January retailer naming its fiscal years by the year they start in (Target, Home Depot, Lowe's),
// through a replay: the `company` line's fiscalYearNamedBy reaches the extractor, so its March
// guidance for the year under way meets last year's actual as the company names both, and
// `capex compare` takes its current year by the same name. Real extractor; texts and figures
// written for this test (illustrative, not Target's).
import { describe, expect, it } from "vitest";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import { MEMBER, replayThrough, testDesk, writeReplayFile } from "../../helpers/desk.js";

const RETAILER = { type: "company", ticker: "TGT", name: "Target Corporation", fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" };
/** Fiscal 2024 by its start: February 2024 – January 2025. */
const PRIOR_YEAR_ACTUAL = { type: "capex_actual", ts: "2025-03-05T11:00:00Z", ticker: "TGT", period: "FY2024", value: 2.9e9 };
const release = (text: string) => ({ type: "document", ts: "2025-03-05T11:30:00Z", ticker: "TGT", kind: "earnings_release", title: "Target Q4 2024 results", text });

describe("a January retailer naming its fiscal years by their start, in a replay", () => {
  it("GIVEN fiscalYearNamedBy start, its FY2024 actual and a March 2025 release guiding fiscal 2025 THEN the alert is for FY2025 against the FY2024 actual, and capex compare takes FY2025 as its year", async () => {
    const store = await openStore(MEMORY_STORE);
    const file = writeReplayFile([
      RETAILER,
      // Named by its end: the same months are Walmart's fiscal 2026.
      { type: "company", ticker: "WMT", name: "Walmart Inc.", fiscalYearEnd: "01-31", fiscalYearNamedBy: "end" },
      { type: "watchlist", channel: "#markets", tickers: ["TGT", "WMT"] },
      PRIOR_YEAR_ACTUAL,
      { type: "capex_actual", ts: "2025-03-05T11:00:00Z", ticker: "WMT", period: "FY2025", value: 23.8e9 },
      release("We expect capital expenditures of about $4 billion in fiscal 2025."),
    ]);
    const { alerts, problems } = await replayThrough(file, { store, reader: extractCapexGuidance });
    expect(problems).toEqual([]);
    expect(alerts).toEqual([
      expect.objectContaining({ kind: "capex_guidance", ticker: "TGT", period: "FY2025", value: 4e9, basis: "prior_year_actual", basisValue: 2.9e9, vsPriorYearActualPct: 37.93 }),
    ]);
    const d = await testDesk({ store });
    const desk = d.commands({ dataNow: () => Date.parse("2025-03-10T15:00:00Z") });
    const rows = (await d.ask("capex compare TGT WMT", MEMBER, desk)).table?.rows;
    await store.close();
    expect(rows?.slice(0, 2)).toEqual([
      ["TGT", "FY2025", "~$4B", "$2.9B", "n/a", "n/a", "+37.93%"],
      ["WMT", "FY2026", "n/a", "$23.8B", "n/a", "n/a", "n/a"],
    ]);
  });

  it("GIVEN a release guiding \"this fiscal year\" in March 2025 THEN with the company line's start naming it is FY2025 against the FY2024 actual; without it, FY2026 with nothing to compare", async () => {
    const lines = (company: object) => [company, PRIOR_YEAR_ACTUAL, release("We expect capital expenditures of about $4 billion this fiscal year.")];
    const named = await replayThrough(writeReplayFile(lines(RETAILER)), { reader: extractCapexGuidance });
    expect(named.alerts).toEqual([expect.objectContaining({ ticker: "TGT", period: "FY2025", basis: "prior_year_actual", basisValue: 2.9e9 })]);
    const { fiscalYearNamedBy: _unsaid, ...unnamedRetailer } = RETAILER;
    const store = await openStore(MEMORY_STORE);
    const unnamed = await replayThrough(writeReplayFile(lines(unnamedRetailer)), { store, reader: extractCapexGuidance });
    const periods = (await store.guidanceFor("TGT")).map((g) => g.period);
    await store.close();
    expect(unnamed.alerts).toEqual([]);
    expect(periods).toEqual(["FY2026"]);
  });
});
