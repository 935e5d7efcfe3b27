// Shares outstanding from the cover page (dei), with the dual-class cases (research §1.5):
// companyfacts drops per-class cover facts (GOOGL has no dei count at all) and some filers'
// dei count holds one class only (BRK-B: Class A). Falls back to the balance sheet, then to the
// diluted weighted average, and says which figure it used.
import type { CompanyFacts, XbrlFact } from "./sec-schemas.js";

export interface SharesReading {
  value: number;
  /** Which figure was used, for the log and the status line. */
  source: string;
  /** The date the count is as of. */
  end: string;
  filed: string;
  /** Why an earlier choice in the chain was passed over. */
  note?: string;
}

/** Below this share of the public float, a cover count is one class, not the company. */
const MIN_FLOAT_COVERAGE = 0.5;

export function sharesOutstanding(facts: CompanyFacts, options: { price?: number } = {}): SharesReading | undefined {
  const dei = facts.facts.dei ?? {};
  const usGaap = facts.facts["us-gaap"] ?? {};
  let note: string | undefined;
  const cover = latestInstant(dei.EntityCommonStockSharesOutstanding?.units.shares);
  if (cover !== undefined) {
    const reading: SharesReading = {
      value: cover.total,
      source: cover.count > 1 ? `dei:EntityCommonStockSharesOutstanding (sum of ${cover.count} classes)` : "dei:EntityCommonStockSharesOutstanding",
      end: cover.fact.end,
      filed: cover.fact.filed,
    };
    const float = latestInstant(dei.EntityPublicFloat?.units.USD)?.total;
    if (options.price === undefined || float === undefined || cover.total * options.price >= float * MIN_FLOAT_COVERAGE) return reading;
    note = `cover count ${cover.total} × $${options.price} is below half the public float $${float}: one class only`;
  } else {
    note = "no undimensioned cover count (dual-class filer)";
  }
  const balance = latestInstant(usGaap.CommonStockSharesOutstanding?.units.shares);
  if (balance !== undefined) {
    return { value: balance.total, source: "us-gaap:CommonStockSharesOutstanding", end: balance.fact.end, filed: balance.fact.filed, note };
  }
  const diluted = latestDuration(usGaap.WeightedAverageNumberOfDilutedSharesOutstanding?.units.shares);
  if (diluted !== undefined) {
    return { value: diluted.val, source: "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", end: diluted.end, filed: diluted.filed, note };
  }
  return undefined;
}

/** The latest instant's value; several facts of one filing at that instant are classes, summed. */
function latestInstant(facts: XbrlFact[] | undefined): { fact: XbrlFact; total: number; count: number } | undefined {
  const valid = (facts ?? []).filter((f) => f.val > 0);
  if (valid.length === 0) return undefined;
  const latest = valid.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.filed > a.filed) ? b : a));
  const same = valid.filter((f) => f.end === latest.end && f.accn === latest.accn);
  const distinct = new Map(same.map((f) => [`${f.val}|${f.frame ?? ""}|${f.fp ?? ""}`, f]));
  const values = [...new Set([...distinct.values()].map((f) => f.val))];
  return { fact: latest, total: values.reduce((s, v) => s + v, 0), count: values.length };
}

function latestDuration(facts: XbrlFact[] | undefined): XbrlFact | undefined {
  const valid = (facts ?? []).filter((f) => f.val > 0 && f.start !== undefined);
  if (valid.length === 0) return undefined;
  return valid.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.filed > a.filed) ? b : a));
}
