// A plan over years whose amount is the size of one year's figure in the same sentence (or exactly a year's
// level given elsewhere in the text) is an amount
// per year: "between $22bn-$25bn for 2024 and 2025, against a prior guidance range of $23bn-$27bn in
// 2023"; "$27bn-$29bn next year, rising to $28bn-$33bn between 2026 and 2030". A total over two or
// more years would be about that many times one year's level, so where the text gives no per-year
// word, the sizes say it. The other way, of two amounts of one plan both read per year, one many times
// the other is the plan's total.
import type { FigureReading } from "./reading.js";

const MULTI_YEAR = /^FY\d{4}-FY\d{4}$/;
const ONE_YEAR = /^FY\d{4}$/;
// Within this factor of one year's figure: a year's level, not a total over two years or more.
const ONE_YEAR_SIZE = 1.5;

function middle(r: FigureReading): number | null {
  if (r.low !== null && r.high !== null) return (r.low + r.high) / 2;
  return r.low ?? r.high;
}

// "$800 million to $900 million per year, or approximately $4.3 billion for the five-year period": of
// two amounts of one plan read per year, one this many times the other is the plan's total.
const TOTAL_SIZE = 2.5;

/** Marks a plan's amount per year where a one-year figure of the same sentence and currency is of its
 * size, and a total where another amount of the plan read per year is a fraction of it. */
export function perYearBySize(readings: FigureReading[]): void {
  for (const r of readings) {
    if (r.verdict !== "guidance" || !r.perYear || !MULTI_YEAR.test(r.period)) continue;
    const amount = middle(r);
    const perYearPart = readings.some((o) => {
      const size = middle(o);
      return o !== r && o.verdict === "guidance" && o.perYear && o.sentence === r.sentence && o.period === r.period && o.currency === r.currency && size !== null && amount !== null && amount >= size * TOTAL_SIZE;
    });
    if (perYearPart) r.perYear = false;
  }
  for (const r of readings) {
    if (r.verdict !== "guidance" || r.perYear || !MULTI_YEAR.test(r.period) || r.currency === null) continue;
    const amount = middle(r);
    if (amount === null || amount <= 0) continue;
    const oneYear = readings.some((o) => {
      if (o === r || o.currency !== r.currency || o.periodGuessed || !ONE_YEAR.test(o.period)) return false;
      // "… now anticipates spending between $7 billion and $9 billion this year … It maintained the $7
      // billion to $9 billion spending forecast for the following two years.": a year's level stated
      // anywhere in the text, the same money again for the years after, is per year.
      if (o.sentence !== r.sentence) return o.verdict === "guidance" && o.low === r.low && o.high === r.high;
      const size = middle(o);
      return size !== null && size > 0 && amount <= size * ONE_YEAR_SIZE && amount >= size / ONE_YEAR_SIZE;
    });
    if (oneYear) r.perYear = true;
  }
}
