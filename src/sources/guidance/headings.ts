// Headings: lines like "Fiscal 2026 Outlook", "FPL Capital Expenditures Q2 2025", "(in millions)",
// a table's header row, or "The Company expects the following for fiscal 2026:". They say what
// the lines under them are about (metric, future or past, period, scale, table columns).
import { unitsNote } from "./amounts.js";
import { CAPEX_CJK, CAPEX_STRONG, FORWARD, FORWARD_CJK, OTHER_METRIC } from "./cues.js";
import type { Period } from "./fiscal.js";
import type { PeriodContext } from "./period-context.js";
import { findPeriods } from "./periods.js";
import { isTableRow, readColumnHeaders, type ColumnHeader } from "./table-columns.js";

export interface Heading {
  capex: boolean;
  forward: boolean;
  period: Period | null;
  /** The heading's period was named without a year ("Fourth Quarter Highlights"). */
  periodGuessed: boolean;
  /** The heading introduces results, not plans ("Fourth Quarter Highlights", "2025 Results"). */
  past: boolean;
  /** From a note like "(in millions)", for the table rows below it. */
  scale: number | null;
  /** When the heading is a table's header row: what each column holds. */
  columns: ColumnHeader[] | null;
}

const RESULTS_HEADING = /\b(?:highlights|results|reported|performance|review|recap|actuals?)\b/i;

export function looksForward(text: string): boolean {
  return FORWARD.test(text) || FORWARD_CJK.test(text);
}

export function namesCapex(text: string): boolean {
  CAPEX_STRONG.lastIndex = 0;
  CAPEX_CJK.lastIndex = 0;
  return CAPEX_STRONG.test(text) || CAPEX_CJK.test(text);
}

/**
 * What a heading says, given the heading above it: a sub-heading keeps the outlook's sense,
 * period, metric and scale unless it names its own.
 */
export function readHeading(text: string, pc: PeriodContext, previous: Heading | null): Heading {
  const mention = findPeriods(text, pc).find((m) => m.period !== null) ?? null;
  const own = mention?.period ?? null;
  const forward = looksForward(text);
  OTHER_METRIC.lastIndex = 0;
  const otherMetric = OTHER_METRIC.test(text);
  const table = isTableRow(text);
  return {
    capex: namesCapex(text) || (!otherMetric && (previous?.capex ?? false)),
    forward: forward || (own === null && (previous?.forward ?? false)),
    period: own ?? previous?.period ?? null,
    periodGuessed: mention !== null ? mention.guessed : (previous?.periodGuessed ?? false),
    past: !forward && (RESULTS_HEADING.test(text) || (own === null && (previous?.past ?? false))),
    scale: unitsNote(text) ?? previous?.scale ?? null,
    columns: table ? readColumnHeaders(text, pc) : null,
  };
}
