// The currency a filer reports in, from its companyfacts: the money unit most of its financial
// facts are in. A recorded US filer's facts (SNOW) say USD; a facts object in the shape of a
// Canadian 40-F filer's (IFRS facts in CAD, its cover page's public float in USD) says CAD.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportingCurrencyOf } from "../../../src/sources/live/sec/reporting-currency.js";
import { companyFactsSchema, type CompanyFacts } from "../../../src/sources/live/sec/sec-schemas.js";

const fact = (end: string, val: number) => ({ end, val, accn: "0001-25-000001", form: "40-F", filed: "2025-03-01", start: "2024-01-01", fy: 2024, fp: "FY" });

describe("the currency a filer reports in", () => {
  it("GIVEN a recorded US filer's companyfacts THEN USD", () => {
    const raw: unknown = JSON.parse(readFileSync(path.resolve(process.cwd(), "tests/fixtures/providers/sec/companyfacts_SNOW_trimmed.json"), "utf8"));
    expect(reportingCurrencyOf(companyFactsSchema.parse(raw))).toBe("USD");
  });

  it("GIVEN IFRS facts in Canadian dollars and a public float in US dollars on the cover page THEN CAD: the cover page does not count", () => {
    const facts: CompanyFacts = {
      cik: 311337,
      entityName: "SUNCOR ENERGY INC",
      facts: {
        dei: { EntityPublicFloat: { label: "Public float", units: { USD: [fact("2024-06-30", 5e10), fact("2023-06-30", 4e10), fact("2022-06-30", 4e10)] } } },
        "ifrs-full": {
          Revenue: { label: "Revenue", units: { CAD: [fact("2024-12-31", 5.3e10)] } },
          PurchaseOfPropertyPlantAndEquipmentClassifiedAsInvestingActivities: { label: "Capex", units: { CAD: [fact("2024-12-31", 6.2e9)] } },
          BasicEarningsLossPerShare: { label: "EPS", units: { "CAD/shares": [fact("2024-12-31", 4.5)] } },
        },
      },
    };
    expect(reportingCurrencyOf(facts)).toBe("CAD");
  });

  it("GIVEN facts with no money unit (shares only) THEN not known", () => {
    const facts: CompanyFacts = { cik: 1, entityName: "X", facts: { "us-gaap": { Shares: { label: null, units: { shares: [fact("2024-12-31", 1e9)] } } } } };
    expect(reportingCurrencyOf(facts)).toBeNull();
  });
});
