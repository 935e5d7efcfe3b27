// The currency a filer reports in, read off its XBRL facts: the money unit most of its facts are
// in (a Canadian 40-F filer's are "CAD", a US filer's "USD"). Cover-page (dei) facts are left
// out: a foreign filer states its public float in US dollars whatever it reports in.
import type { CompanyFacts } from "./sec-schemas.js";

const CURRENCY_UNIT = /^[A-Z]{3}$/;

/** The ISO 4217 code most of the company's financial facts are in, or null when none is. */
export function reportingCurrencyOf(facts: CompanyFacts): string | null {
  const counts = new Map<string, number>();
  for (const [taxonomy, concepts] of Object.entries(facts.facts)) {
    if (taxonomy === "dei") continue;
    for (const concept of Object.values(concepts)) {
      for (const [unit, unitFacts] of Object.entries(concept.units)) {
        if (CURRENCY_UNIT.test(unit)) counts.set(unit, (counts.get(unit) ?? 0) + unitFacts.length);
      }
    }
  }
  let best: string | null = null;
  for (const [unit, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = unit;
  return best;
}
