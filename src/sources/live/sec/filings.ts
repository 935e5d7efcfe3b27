// Rows of a company's submissions (columnar in the JSON) as filings, and the ones that matter:
// 8-Ks with Item 2.02 (results) and periodic reports (10-Q, 10-K) that bring new capex facts.
import { easternWallTimeToUtc } from "../../../market/eastern-time.js";
import type { Submissions } from "./sec-schemas.js";

export interface Filing {
  accession: string;
  form: string;
  items: string[];
  filingDate: string;
  /** Epoch ms of EDGAR's acceptance. */
  acceptedMs: number;
  primaryDocument: string;
}

const PERIODIC = new Set(["10-Q", "10-K", "10-Q/A", "10-K/A"]);

export function filingsOf(submissions: Submissions): Filing[] {
  const r = submissions.filings.recent;
  const out: Filing[] = [];
  for (let i = 0; i < r.accessionNumber.length; i++) {
    const accession = r.accessionNumber[i];
    const form = r.form[i];
    const filingDate = r.filingDate[i];
    if (accession === undefined || form === undefined || filingDate === undefined) continue;
    out.push({
      accession,
      form,
      items: (r.items[i] ?? "").split(",").map((s) => s.trim()).filter(Boolean),
      filingDate,
      acceptedMs: acceptanceMs(r.acceptanceDateTime[i], filingDate),
      primaryDocument: r.primaryDocument[i] ?? "",
    });
  }
  return out;
}

/** What a filing's EX-99 exhibits are, where capwatch reads them: a results release, or other material. */
export type ExhibitKind = "earnings_release" | "filing";

const CURRENT_REPORT = new Set(["8-K", "8-K/A"]);
const FOREIGN_REPORT = new Set(["6-K", "6-K/A"]);

/**
 * The filings whose EX-99 exhibits are read for guidance: an 8-K with Item 2.02 (results; Tesla
 * also files 2.02 for deliveries, where the extractor finds no capex), an 8-K with Item 7.01 or
 * 8.01 (Reg FD material, investor-day decks: capex plans are often first given there), and a
 * foreign private issuer's 6-K (TSMC, ASML, Shell file results and plans this way; a 6-K has no
 * items, so every 6-K is read). Null for everything else.
 */
export function exhibitKind(filing: Filing): ExhibitKind | null {
  if (CURRENT_REPORT.has(filing.form)) {
    if (filing.items.includes("2.02")) return "earnings_release";
    if (filing.items.includes("7.01") || filing.items.includes("8.01")) return "filing";
    return null;
  }
  return FOREIGN_REPORT.has(filing.form) ? "filing" : null;
}

export function isPeriodicReport(filing: Filing): boolean {
  return PERIODIC.has(filing.form);
}

/**
 * EDGAR writes acceptanceDateTime as New York wall time with a "Z" (10-Qs "accepted" at 06:05Z
 * are filed when EDGAR opens at 06:00 ET), so it is read as Eastern time.
 */
export function acceptanceMs(text: string | undefined, filingDate: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(text ?? "");
  if (m === null) return easternWallTimeToUtc(filingDate, 12, 0);
  return easternWallTimeToUtc(m[1]!, Number(m[2]), Number(m[3])) + Number(m[4]) * 1000;
}

const EXHIBIT_99 = /(?:ex|exhibit)[-_]?99[-_.]?0?([12])(?!\d)/i;
const NOT_AN_EXHIBIT = /^(R\d+\.htm|.*index.*|.*\.(xml|xsd|json|jpg|gif|png|zip|txt|css|js))$/i;

/**
 * The press release (EX-99.1) and CFO commentary (EX-99.2) among a filing's files. The names
 * are the filer's choice (`q1fy27pr.htm`, `a8-kex991q3.htm`): by name first, else any other
 * HTML document that is not the 8-K itself.
 */
export function pickExhibits(fileNames: string[], primaryDocument: string): string[] {
  const html = fileNames.filter((n) => /\.html?$/i.test(n) && n !== primaryDocument && !NOT_AN_EXHIBIT.test(n));
  const named = html
    .map((name) => ({ name, n: EXHIBIT_99.exec(name)?.[1] }))
    .filter((e): e is { name: string; n: string } => e.n !== undefined)
    .sort((a, b) => a.n.localeCompare(b.n))
    .map((e) => e.name);
  return (named.length > 0 ? named : html).slice(0, 2);
}
