// A January company naming its fiscal years by their start, through the live chain: companyfacts
// say so, the capex facts are named that way, the store keeps it, and a release read afterwards
// dates "this fiscal year" by it, so its guidance meets the right prior-year actual.
import { afterEach, describe, expect, it } from "vitest";
import { fixture, startFakeServer, type FakeServer } from "./helpers/fake-provider-server.js";
import { liveHarness, type Harness } from "./helpers/live-harness.js";

let server: FakeServer;
let h: Harness;
afterEach(async () => {
  await h?.close();
  await server?.close();
});

describe("fiscal-year naming from companyfacts → guidance → alert", () => {
  it("GIVEN SEC facts whose 10-Ks name years by their start WHEN a June release says \"this fiscal year\" THEN the alert is for that start-named year against the year before's actual", async () => {
    server = await startFakeServer({
      "/files/company_tickers.json": { body: fixture("sec/company_tickers_excerpt.json") },
      "/submissions/CIK0001640147.json": { body: fixture("sec/submissions_TSLA_trimmed.json").replace('"fiscalYearEnd": "1231"', '"fiscalYearEnd": "0131"') },
      // Derived: Snowflake's capex facts tagged as a start-naming filer tags them (see the fixtures' README).
      "/api/xbrl/companyfacts/CIK0001640147.json": { body: fixture("sec/DERIVED_companyfacts_start_named_years.json") },
    });
    h = await liveHarness(server.url, "2025-06-15T12:00:00Z");
    await h.poller.filings(["SNOW"], 0);
    await h.poller.capex(["SNOW"]);
    expect(h.engine.market.fiscalYearNamingOf("SNOW")).toBe("start");
    expect((await h.store.loadEngineState()).companies).toEqual([expect.objectContaining({ ticker: "SNOW", fiscalYearEnd: "01-31", fiscalYearNamedBy: "start" })]);
    // June 10, 2025 is in the year ending January 2026: fiscal 2025 by its start (fiscal 2026 by its end).
    const release = { type: "document" as const, ts: Date.parse("2025-06-10T20:05:00Z"), ticker: "SNOW", kind: "earnings_release" as const, text: "We expect capital expenditures of about $60 million this fiscal year." };
    await h.poller.apply([release]);
    await h.engine.flush();
    const guidance = h.alerts.filter((a) => a.kind === "capex_guidance");
    // The year ended January 31, 2025 (FY2024 by its start) spent $46.279M.
    expect(guidance).toEqual([expect.objectContaining({ ticker: "SNOW", period: "FY2025", basis: "prior_year_actual", basisValue: 46_279_000, vsPriorYearActualPct: 29.65 })]);
  });
});
