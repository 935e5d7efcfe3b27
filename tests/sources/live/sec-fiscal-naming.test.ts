import { describe, expect, it } from "vitest";
import { fiscalYearNamingOf } from "../../../src/sources/live/sec/fiscal-naming.js";
import { parseFiscalYearEnd } from "../../../src/sources/live/sec/fiscal-period.js";
import { companyFactsSchema, type CompanyFacts, type XbrlFact } from "../../../src/sources/live/sec/sec-schemas.js";
import { fixture } from "./helpers/fake-provider-server.js";

const JAN_FYE = parseFiscalYearEnd("0131");
const LATEST_10K = "0001640147-25-000052"; // the 10-K for the year ended January 31, 2025

const factsOf = (name: string): CompanyFacts => companyFactsSchema.parse(JSON.parse(fixture(name)));
/** Real Snowflake companyfacts: its 10-K for the year ended January 31, 2025 has fy 2025. */
const snowFacts = () => factsOf("sec/companyfacts_SNOW_trimmed.json");
/**
 * Derived, not recorded: Snowflake's capex facts (dates and values its own) with every `fy` one
 * lower, as a January company naming its years by their start (Target, Home Depot) tags them: the
 * 10-K for the year ended January 31, 2025 says 2024. The recorded samples hold no such company.
 */
const startNamedFacts = () => factsOf("sec/DERIVED_companyfacts_start_named_years.json");

/** The facts with `change` applied to every capex fact. */
function mapCapexFacts(facts: CompanyFacts, change: (fact: XbrlFact) => XbrlFact | null): CompanyFacts {
  const concept = facts.facts["us-gaap"]!.PaymentsToAcquirePropertyPlantAndEquipment!;
  const usd = concept.units.USD!.map(change).filter((f): f is XbrlFact => f !== null);
  return { ...facts, facts: { "us-gaap": { PaymentsToAcquirePropertyPlantAndEquipment: { ...concept, units: { USD: usd } } } } };
}

describe("how a company names its fiscal years, from its 10-Ks in companyfacts", () => {
  it("GIVEN Snowflake's facts (the year ended January 2025 filed as fy 2025) THEN its years are named by their end", () => {
    expect(fiscalYearNamingOf(snowFacts(), JAN_FYE)).toBe("end");
  });

  it("GIVEN a January company whose latest 10-K says 2024 for the year ended January 2025 THEN by their start, though the comparative year ended January 2024 also says 2024", () => {
    const facts = startNamedFacts();
    const comparative = facts.facts["us-gaap"]!.PaymentsToAcquirePropertyPlantAndEquipment!.units.USD!.find((f) => f.accn === LATEST_10K && f.end === "2024-01-31");
    expect(comparative).toMatchObject({ fy: 2024, fp: "FY", form: "10-K" }); // read alone, it would look end-named
    expect(fiscalYearNamingOf(facts, JAN_FYE)).toBe("start");
  });

  it("GIVEN older 10-Ks showing one naming and the latest the other THEN the latest filing decides", () => {
    const lowerLatest = mapCapexFacts(snowFacts(), (f) => (f.accn === LATEST_10K ? { ...f, fy: f.fy! - 1 } : f));
    expect(fiscalYearNamingOf(lowerLatest, JAN_FYE)).toBe("start");
    const raiseLatest = mapCapexFacts(startNamedFacts(), (f) => (f.accn === LATEST_10K ? { ...f, fy: f.fy! + 1 } : f));
    expect(fiscalYearNamingOf(raiseLatest, JAN_FYE)).toBe("end");
  });

  it("GIVEN Snowflake's latest 10-K also reporting a period months after its year (a subsequent event, as a late filer's 10-K may) THEN those months are not its year, still by their end", () => {
    const facts = snowFacts();
    const afterYear: XbrlFact = { start: "2025-02-01", end: "2025-05-30", val: 1e8, accn: LATEST_10K, fy: 2025, fp: "FY", form: "10-K", filed: "2025-03-21" };
    facts.facts["us-gaap"]!.PaymentsForRepurchaseOfCommonStock = { units: { USD: [afterYear] } };
    expect(fiscalYearNamingOf(facts, JAN_FYE)).toBe("end");
  });

  it("GIVEN a 52/53-week year on the Saturday nearest December 31 (year end 01-02) and the year ended January 1, 2022 filed as fy 2021 THEN by their start, as its 01-02 calendar counts", () => {
    // Its calendar year 2022 ends on January 1, 2022 by the 01-02 year end; the company calls it 2021.
    const oneYear: XbrlFact = { start: "2021-01-03", end: "2022-01-01", val: 5e8, accn: "0000000000-22-000010", fy: 2021, fp: "FY", form: "10-K", filed: "2022-02-25" };
    const facts: CompanyFacts = { cik: 1, entityName: "A 52/53-week filer", facts: { "us-gaap": { PaymentsToAcquirePropertyPlantAndEquipment: { units: { USD: [oneYear] } } } } };
    expect(fiscalYearNamingOf(facts, parseFiscalYearEnd("0102"))).toBe("start");
    expect(fiscalYearNamingOf(facts, parseFiscalYearEnd("1231"))).toBeNull();
  });

  it("GIVEN a December year end THEN null: a year starts and ends in one calendar year, so both namings agree", () => {
    expect(fiscalYearNamingOf(snowFacts(), parseFiscalYearEnd("1231"))).toBeNull();
    expect(fiscalYearNamingOf(startNamedFacts(), parseFiscalYearEnd("1231"))).toBeNull();
  });

  it("GIVEN no 10-K, or 10-Ks whose fy fits neither naming THEN null", () => {
    expect(fiscalYearNamingOf(mapCapexFacts(snowFacts(), (f) => (f.form === "10-K" ? null : f)), JAN_FYE)).toBeNull();
    expect(fiscalYearNamingOf(mapCapexFacts(snowFacts(), (f) => (f.form === "10-K" ? { ...f, fy: f.fy! + 3 } : f)), JAN_FYE)).toBeNull();
  });
});
