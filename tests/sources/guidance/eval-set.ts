// Scoring the extractor on a labelled set of real texts, with the matching rule of
// shared/data/README.md: a statement matches a label when the period is equal, low and high are
// each within 0.5 % (null matches null) and the currency is equal; here also the `per` of a
// multi-year plan. Statements about a part of a total (`segment`) are scored apart from the
// company's totals, which are the strict score. Scores come per category of record as well.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractCapexGuidance } from "../../../src/sources/guidance/extract.js";
import type { CompanyRef, DocumentKind, GuidanceStatement } from "../../../src/sources/guidance/types.js";

export interface Label {
  period: string;
  low: number | null;
  high: number | null;
  currency: string;
  segment?: string;
  per?: "year";
}

export interface EvalRecord {
  id: string;
  text: string;
  date: string;
  company?: string;
  companyName?: string;
  fiscalYearEnd?: string;
  kind?: DocumentKind;
  source: string;
  expected: Label[];
  actuals?: { period: string; value: number; currency: string }[];
  categories?: string[];
  hardNegative?: boolean;
}

export interface Score {
  texts: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface RecordResult {
  id: string;
  categories: string[];
  /** The document's kind (news, transcript, earnings_release, filing). */
  kind: string;
  tp: number;
  fp: number;
  fn: number;
  segTp: number;
  segFp: number;
  segFn: number;
  got: GuidanceStatement[];
}

export function readRecords(file: string): EvalRecord[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as EvalRecord);
}

export function within(got: number | null, want: number | null): boolean {
  if (got === null || want === null) return got === want;
  return Math.abs(got - want) <= 0.005 * Math.abs(want);
}

/** What a statement and a label are compared on: the extractor's statements and a second reader's labels alike. */
export type Reading = Pick<Label, "period" | "low" | "high" | "currency" | "per">;

export function matches(s: Reading, l: Label): boolean {
  return s.period === l.period && within(s.low, l.low) && within(s.high, l.high) && s.currency === l.currency && (s.per ?? null) === (l.per ?? null);
}

/** Matched statements (each label used once), the statements nothing matched, and the labels left over. */
export function count(got: readonly Reading[], labels: readonly Label[]): { tp: number; fp: number; fn: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const s of got) {
    const i = labels.findIndex((l, k) => !used.has(k) && matches(s, l));
    if (i >= 0) {
      used.add(i);
      tp += 1;
    }
  }
  return { tp, fp: got.length - tp, fn: labels.length - tp };
}

/**
 * Two names of one company ("Exxon Mobil", "ExxonMobil"; "TSMC", "Taiwan Semiconductor Manufacturing
 * (TSMC)", "TSMC"), not two companies listed under one ticker on different exchanges ("PLDT", "Telenor" and
 * "TE Connectivity" are each TEL): the same first word, the shorter name's words all in the longer, or one name the other's initials.
 */
export function sameCompany(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const [x, y] = [nameWords(a), nameWords(b)];
  const [fx, fy] = [x[0] ?? "", y[0] ?? ""];
  if (fx === fy || (fx.length >= 5 && fy.length >= 5 && fx.slice(0, 5) === fy.slice(0, 5))) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length > 0 && shorter.every((w) => longer.includes(w))) return true;
  // "TSMC" for "Taiwan Semiconductor Manufacturing Co": a name written as the other's initials.
  const initials = longer.map((w) => w[0]).join("");
  const short = shorter.length === 1 ? (shorter[0] as string) : "";
  return short.length >= 3 && initials.length >= 3 && (initials.startsWith(short) || short.startsWith(initials));
}

function nameWords(name: string): string[] {
  const plain = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]s\b/g, "s");
  return plain.split(/[^a-z0-9]+/).filter((w) => w !== "" && w !== "the");
}

/** The listing a ticker names without its exchange's suffix: "0762.HK" and "0762" are China Unicom's one
 * listing written two ways (collectors wrote both), "T" and "T.TO" two listings that `sameCompany` keeps
 * apart (AT&T, TELUS); a second company under a ticker is written "TEL~2" (another exchange's listing). */
const rootOf = (ticker: string): string => (ticker.split("~")[0] as string).split(".")[0] as string;
const listingOf = (c: CompanyRef): string => rootOf(c.ticker);

/** The companies the store would know: every record's own company, by ticker and name; one ticker
 * that names different companies on different exchanges is one company each, as the store keeps them
 * apart by their listing. */
export function companiesOf(records: readonly EvalRecord[]): CompanyRef[] {
  const out: CompanyRef[] = [];
  for (const r of records) {
    if (r.company === undefined || r.company === "MULTI") continue;
    const listed = out.filter((c) => listingOf(c) === rootOf(r.company as string));
    if (listed.some((c) => sameCompany(c.name, r.companyName))) continue;
    const same = listed.filter((c) => c.ticker.split("~")[0] === r.company).length;
    const ticker = same === 0 ? r.company : `${r.company}~${same + 1}`;
    out.push({ ticker, ...(r.companyName !== undefined ? { name: r.companyName } : {}) });
  }
  return out;
}

/** The record's own company among the store's: its ticker, and its name where the ticker names several. */
export function ownCompanyOf(r: Pick<EvalRecord, "company" | "companyName">, companies: readonly CompanyRef[]): CompanyRef | undefined {
  if (r.company === undefined || r.company === "MULTI") return undefined;
  const listed = companies.filter((c) => listingOf(c) === rootOf(r.company as string));
  return listed.find((c) => sameCompany(c.name, r.companyName)) ?? listed.find((c) => c.ticker === r.company) ?? listed[0];
}

/** A table of what the store knows of each company, one value per company, read once on first use;
 * rows whose value `keep` refuses are not known, and a row for another company under the same ticker
 * does not count. */
function companyTable<T extends string>(file: string, key: string, keep: (value: string) => value is T): (ticker: string | undefined, name?: string) => T | undefined {
  let table: ReadonlyMap<string, { name: string | undefined; value: T }[]> | null = null;
  return (ticker, name) => {
    if (table === null) {
      const rows = existsSync(file) ? (readRecords(file) as unknown as Record<string, string>[]) : [];
      const byTicker = new Map<string, { name: string | undefined; value: T }[]>();
      for (const row of rows) {
        const value = row[key] ?? "";
        if (!keep(value)) continue;
        const t = row.ticker ?? "";
        byTicker.set(t, [...(byTicker.get(t) ?? []), { name: row.companyName, value }]);
      }
      table = byTicker;
    }
    if (ticker === undefined) return undefined;
    return table.get(ticker)?.find((row) => sameCompany(row.name, name))?.value;
  };
}

// How each company names its fiscal years ("start": Target's fiscal 2024 ends February 2025), as the
// store knows it live from SEC filings: researched company by company from public sources, apart
// from the labels and without sight of them (data/guidance/company-naming.jsonl, with each source).
export const fiscalNamingOf = companyTable(path.resolve(process.cwd(), "data/guidance/company-naming.jsonl"), "namedBy", (v): v is "start" | "end" => v === "start" || v === "end");

// The currency each company reports in, as the store knows it live from SEC facts or a `company`
// line: researched from public sources for the companies of the sets based in Canada, Australia or
// New Zealand, apart from the labels and without sight of them (data/guidance/company-currency.jsonl).
export const reportingCurrencyOf = companyTable(path.resolve(process.cwd(), "data/guidance/company-currency.jsonl"), "reportingCurrency", (v): v is string => /^[A-Z]{3}$/.test(v));

export function evaluate(r: EvalRecord, companies: readonly CompanyRef[]): RecordResult {
  const own = ownCompanyOf(r, companies);
  const namedBy = fiscalNamingOf(r.company, r.companyName);
  const reportingCurrency = reportingCurrencyOf(r.company, r.companyName);
  const got = extractCapexGuidance(r.text, {
    date: r.date,
    ...(r.fiscalYearEnd !== undefined ? { fiscalYearEnd: r.fiscalYearEnd } : {}),
    ...(namedBy !== undefined ? { fiscalYearNamedBy: namedBy } : {}),
    ...(reportingCurrency !== undefined ? { reportingCurrency } : {}),
    ...(own !== undefined ? { company: own, companies } : {}),
    ...(r.kind !== undefined ? { kind: r.kind } : {}),
  });
  const whole = count(
    got.filter((s) => s.segment === undefined),
    r.expected.filter((l) => l.segment === undefined),
  );
  const seg = count(
    got.filter((s) => s.segment !== undefined),
    r.expected.filter((l) => l.segment !== undefined),
  );
  return { id: r.id, categories: r.categories ?? [], kind: r.kind ?? "unknown", ...whole, segTp: seg.tp, segFp: seg.fp, segFn: seg.fn, got };
}

// Non-English: mostly non-Latin letters (a Chinese name inside an English sentence does not count),
// or Latin text whose function words are mostly not English. Records have no language field; one
// is used if present.
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/gu;
const ANY_LETTER = /\p{L}/gu;
const ENGLISH_WORDS = new Set(["the", "of", "and", "to", "is", "for", "on", "with", "that", "its", "it", "by", "be", "will", "as", "at", "from", "this", "are", "was", "were", "has", "have", "said", "expects", "than"]);
const OTHER_WORDS = new Set(["il", "lo", "la", "di", "che", "un", "una", "per", "del", "della", "ha", "le", "les", "des", "der", "die", "und", "das", "el", "los", "las", "en", "y", "que", "du", "est", "mit", "von", "sono", "nel", "più", "rispetto", "suoi"]);

export function isEnglish(r: { text: string; lang?: string }): boolean {
  if (r.lang !== undefined) return r.lang.toLowerCase().startsWith("en");
  const letters = (r.text.match(ANY_LETTER) ?? []).length;
  const latin = (r.text.match(LATIN_LETTER) ?? []).length;
  if (latin < letters / 2) return false;
  const words = r.text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const other = words.filter((w) => OTHER_WORDS.has(w)).length;
  return english >= other;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Precision, recall and F1 of statement counts, rounded to three places. */
export function ratios(tp: number, fp: number, fn: number): { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function total(results: readonly RecordResult[], segments = false): Score {
  const tp = results.reduce((n, r) => n + (segments ? r.segTp : r.tp), 0);
  const fp = results.reduce((n, r) => n + (segments ? r.segFp : r.fp), 0);
  const fn = results.reduce((n, r) => n + (segments ? r.segFn : r.fn), 0);
  return { texts: results.length, ...ratios(tp, fp, fn) };
}

export const CATEGORIES = ["roles", "voice", "company", "periods", "currencies", "wording"] as const;

/** Scores per kind of document: how far a statement from the press can be trusted beside one from the company's own release or call. */
export function byKind(results: readonly RecordResult[]): Record<string, Score> {
  const out: Record<string, Score> = {};
  for (const k of [...new Set(results.map((r) => r.kind))].sort()) out[k] = total(results.filter((r) => r.kind === k));
  return out;
}

export function byCategory(results: readonly RecordResult[]): Record<string, Score> {
  const out: Record<string, Score> = {};
  for (const c of CATEGORIES) out[c] = total(results.filter((r) => r.categories.includes(c)));
  return out;
}
