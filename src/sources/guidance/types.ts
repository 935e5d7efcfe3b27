// What the capex-guidance extractor returns: one statement per figure a company guided.

export interface GuidanceStatement {
  metric: "capex";
  /** `FY2026`, `Q1-2026`, `H1-2026` or `FY2026-FY2030`. */
  period: string;
  /** In currency units; null for "up to X". */
  low: number | null;
  /** In currency units; null for "at least X". */
  high: number | null;
  /** ISO 4217 code. */
  currency: string;
  /** The sentence the statement came from, so a reader can check it. */
  text: string;
}

export interface ExtractionContext {
  /** The document's date (YYYY-MM-DD, US/Eastern), to resolve "this year", "next year". */
  date: string;
  /** The company's fiscal year end as MM-DD; calendar year when absent. */
  fiscalYearEnd?: string;
}
