// How a company names its fiscal years, as its annual reports show it. SEC's `fy` on a fact is the
// filing's DocumentFiscalYearFocus, the year the company itself gives the report, and every fact
// of a filing carries it (the prior years' comparatives too): so it is read against the filing's
// own year only, the latest period the filing reports. A 10-K for the year ended January 31, 2025
// that says 2025 names years by their end (Walmart, Snowflake); one that says 2024, by their start
// (Target, Home Depot).
import type { FiscalYearNaming } from "../../events.js";
import { fiscalQuarterOf, type FiscalYearEnd } from "./fiscal-period.js";
import type { CompanyFacts } from "./sec-schemas.js";

const ANNUAL_FORMS = new Set(["10-K", "10-K/A"]);
const DAY_MS = 86_400_000;
/**
 * A fiscal year's length in days, 52/53-week years included. Only year-long facts date a filing's
 * own year: a 10-K's shorter periods are its quarters, and a duration after the year (a subsequent
 * event) would otherwise pass for it.
 */
const YEAR_DAYS = { min: 350, max: 380 };

interface AnnualFiling {
  accn: string;
  filed: string;
  fy: number;
  /** The end of the latest year-long period the filing reports: its own fiscal year's end. */
  end: string;
}

/**
 * "end" or "start" as the company's latest 10-K shows it; null when no 10-K shows either, and for
 * years ending in December, where a year's start and end fall in one calendar year and both
 * namings give the same name.
 */
export function fiscalYearNamingOf(facts: CompanyFacts, fye: FiscalYearEnd): FiscalYearNaming | null {
  if (fye.month === 12) return null;
  const newestFirst = [...annualFilings(facts).values()].sort((a, b) => (a.filed === b.filed ? b.accn.localeCompare(a.accn) : a.filed < b.filed ? 1 : -1));
  for (const filing of newestFirst) {
    // The year named by its end, as capex actuals are (a 52/53-week year ending February 1 is January's).
    const endNamed = fiscalQuarterOf(filing.end, fye).year;
    if (filing.fy === endNamed) return "end";
    if (filing.fy === endNamed - 1) return "start";
  }
  return null;
}

/** Every 10-K in the facts with its `fy` and its own year's end, by accession. */
function annualFilings(facts: CompanyFacts): Map<string, AnnualFiling> {
  const filings = new Map<string, AnnualFiling>();
  for (const concepts of Object.values(facts.facts)) {
    for (const concept of Object.values(concepts)) {
      for (const unitFacts of Object.values(concept.units)) {
        for (const fact of unitFacts) {
          if (!ANNUAL_FORMS.has(fact.form) || fact.fp !== "FY" || typeof fact.fy !== "number" || fact.start === undefined) continue;
          const days = (Date.parse(fact.end) - Date.parse(fact.start)) / DAY_MS;
          if (!(days >= YEAR_DAYS.min && days <= YEAR_DAYS.max)) continue;
          const known = filings.get(fact.accn);
          if (known === undefined || fact.end > known.end) filings.set(fact.accn, { accn: fact.accn, filed: fact.filed, fy: fact.fy, end: fact.end });
        }
      }
    }
  }
  return filings;
}
