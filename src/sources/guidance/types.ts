// What the capex-guidance extractor returns: one statement per figure a company guided, with who
// said it and in whose voice, so an alert can say where its words come from.

import type { DocumentKind, Speaker, Voice } from "../../market/provenance.js";

// Defined beside the phrase that words them (the market kernel), used here by every statement.
export type { DocumentKind, Speaker, Voice };

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
  /** A part of a stated total ("Upstream", "data centers"); absent for the company's total. */
  segment?: string;
  /** For a multi-year plan: "year" when the amount is per year ("$9-11 billion a year through 2030"); absent when it is the total. */
  per?: "year";
  /** Absent means "company". */
  voice?: Voice;
  /** Set when the statement comes from a speaker's turn of a transcript. */
  speaker?: Speaker;
}

/** A company the extractor can recognise in text: the document's own, or another one named in it. */
export interface CompanyRef {
  ticker: string;
  /** Its name as the store knows it (SEC or `company` line), e.g. "Amazon.com, Inc.". */
  name?: string;
  /** Other names it goes by ("Google" for Alphabet, "Facebook" for Meta). */
  aliases?: string[];
}

export interface ExtractionContext {
  /** The document's date (YYYY-MM-DD, US/Eastern), to resolve "this year", "next year". */
  date: string;
  /** The company's fiscal year end as MM-DD; calendar year when absent. */
  fiscalYearEnd?: string;
  /**
   * Which calendar year names the company's fiscal year: "end" (Toyota's FY2025 ends March 2025;
   * Walmart's fiscal 2026 ends January 2026) or "start" (Sony's FY2024 ends March 2025; Target's
   * fiscal 2025 ends January 2026). Absent: by the year it ends in, unless the text shows otherwise
   * ("fiscal 2025, ending March 2026").
   */
  fiscalYearNamedBy?: "start" | "end";
  /**
   * The currency the company reports in, as the store knows it (SEC facts, a `company` line): a bare
   * "$" in a text about a company reporting in Canadian, Australian or New Zealand dollars is that
   * dollar unless the text writes its home dollar out ("C$4.5 billion ($3.35 billion)").
   */
  reportingCurrency?: string;
  /** The company the document is filed under: only its statements come out. Absent: every statement. */
  company?: CompanyRef;
  /** Other companies known to the store, so a figure about one of them is not given to `company`. */
  companies?: readonly CompanyRef[];
  /** What the document is: a transcript is read turn by turn, news is the press's voice. */
  kind?: DocumentKind;
}
