// Capex actuals from XBRL cash-flow facts (research §1.3–1.4): the tag chosen by recency, facts
// deduplicated by period (latest filing wins; fy/fp are never used: a period's name comes from its
// dates, the year end and the company's naming), and quarters derived from year-to-date figures:
// Q2 = 6M − Q1, Q3 = 9M − 6M, Q4 = FY − 9M.
import type { FiscalYearNaming } from "../../events.js";
import type { CompanyFacts, XbrlFact } from "./sec-schemas.js";
import { fiscalQuarterOf, type FiscalYearEnd } from "./fiscal-period.js";

/** Cash-flow "purchases of property and equipment" tags, in order of preference. */
export const CAPEX_TAGS = [
  "PaymentsToAcquirePropertyPlantAndEquipment",
  "PaymentsToAcquireProductiveAssets",
  "PaymentsForCapitalImprovements",
  "PaymentsToAcquireOtherPropertyPlantAndEquipment",
] as const;

const PERIODIC_FORMS = new Set(["10-Q", "10-K", "10-Q/A", "10-K/A"]);
const DAY_MS = 86_400_000;

export interface CapexActual {
  /** `Q2-2025` or `FY2025`, fiscal, as the company names it. */
  period: string;
  value: number;
  start: string;
  end: string;
  /** The filing the (last) figure came from. */
  accn: string;
  filed: string;
  /** "reported" for a 3- or 12-month fact, else how it was derived. */
  basis: "reported" | "6M − 3M" | "9M − 6M" | "FY − 9M";
}

export interface CapexReading {
  tag: string | undefined;
  actuals: CapexActual[];
}

/**
 * Every fiscal quarter and year the facts give, oldest first, named as the company names its years
 * (`namedBy`; by the year they end in when not known), so they meet its guidance for the same year.
 */
export function capexActuals(facts: CompanyFacts, fye: FiscalYearEnd, namedBy: FiscalYearNaming | null = null): CapexReading {
  const usGaap = facts.facts["us-gaap"] ?? {};
  const tag = chooseCapexTag(usGaap);
  if (tag === undefined) return { tag, actuals: [] };
  const durations = dedupeByPeriod(periodicUsd(usGaap[tag]?.units));
  const byStart = new Map<string, Map<number, XbrlFact>>();
  for (const fact of durations) {
    const months = monthsOf(fact);
    if (![3, 6, 9, 12].includes(months)) continue;
    const group = byStart.get(fact.start!) ?? new Map<number, XbrlFact>();
    group.set(months, fact);
    byStart.set(fact.start!, group);
  }
  const quarters = new Map<string, CapexActual>();
  const years: CapexActual[] = [];
  const add = (fact: XbrlFact, value: number, start: string, basis: CapexActual["basis"]) => {
    if (!(value > 0)) return; // a restatement can make a difference negative: not a quarter's spend
    const fiscal = fiscalQuarterOf(fact.end, fye, namedBy);
    const actual = { period: `Q${fiscal.quarter}-${fiscal.year}`, value, start, end: fact.end, accn: fact.accn, filed: fact.filed, basis };
    const known = quarters.get(fact.end);
    if (known === undefined || (known.basis !== "reported" && basis === "reported")) quarters.set(fact.end, actual);
  };
  for (const group of byStart.values()) {
    const three = group.get(3);
    const six = group.get(6);
    const nine = group.get(9);
    const twelve = group.get(12);
    if (three) add(three, three.val, three.start!, "reported");
    if (six && three) add(six, six.val - three.val, dayAfter(three.end), "6M − 3M");
    if (nine && six) add(nine, nine.val - six.val, dayAfter(six.end), "9M − 6M");
    if (twelve && nine) add(twelve, twelve.val - nine.val, dayAfter(nine.end), "FY − 9M");
    if (twelve && twelve.val > 0) {
      const fiscal = fiscalQuarterOf(twelve.end, fye, namedBy);
      years.push({ period: `FY${fiscal.year}`, value: twelve.val, start: twelve.start!, end: twelve.end, accn: twelve.accn, filed: twelve.filed, basis: "reported" });
    }
  }
  // Standalone quarters of a year whose YTD group starts elsewhere (a 3M fact of Q2) are in `quarters` too.
  const actuals = [...quarters.values(), ...years].sort((a, b) => (a.end === b.end ? a.period.localeCompare(b.period) : a.end < b.end ? -1 : 1));
  return { tag, actuals };
}

/** The capex tag with the most recent period; companies switch tags, so presence alone is not enough. */
export function chooseCapexTag(usGaap: CompanyFacts["facts"][string]): string | undefined {
  let best: { tag: string; end: string } | undefined;
  for (const tag of CAPEX_TAGS) {
    const facts = periodicUsd(usGaap[tag]?.units);
    const latest = facts.reduce<string | undefined>((max, f) => (max === undefined || f.end > max ? f.end : max), undefined);
    if (latest !== undefined && (best === undefined || latest > best.end)) best = { tag, end: latest };
  }
  return best?.tag;
}

function periodicUsd(units: Record<string, XbrlFact[]> | undefined): XbrlFact[] {
  return (units?.USD ?? []).filter((f) => f.start !== undefined && PERIODIC_FORMS.has(f.form));
}

/** One fact per (start, end): the one filed last. */
function dedupeByPeriod(facts: XbrlFact[]): XbrlFact[] {
  const latest = new Map<string, XbrlFact>();
  for (const fact of facts) {
    const key = `${fact.start}|${fact.end}`;
    const known = latest.get(key);
    if (known === undefined || fact.filed > known.filed || (fact.filed === known.filed && fact.accn > known.accn)) latest.set(key, fact);
  }
  return [...latest.values()];
}

function monthsOf(fact: XbrlFact): number {
  return Math.round((Date.parse(fact.end) - Date.parse(fact.start!)) / DAY_MS / 30.44);
}

function dayAfter(date: string): string {
  return new Date(Date.parse(date) + DAY_MS).toISOString().slice(0, 10);
}
