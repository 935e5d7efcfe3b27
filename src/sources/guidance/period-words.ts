// Words and numbers inside period phrases: "five", "third", "'26", "2023-24", and how a quarter,
// half or span of years named in them becomes a fiscal period.
import { fiscalQuarterOf, type Period } from "./fiscal.js";
import { upcomingHalf, upcomingQuarter, type PeriodContext } from "./period-context.js";

export type Resolver = (m: RegExpExecArray, pc: PeriodContext) => Period | null;

/** A way of writing a period, and the period it names in a document. */
export interface PeriodPattern {
  re: RegExp;
  resolve: Resolver;
  /** When the phrase resolves to no period, it is not a period phrase at all (shorter phrases inside it are read). */
  onlyWhenResolved?: boolean;
  /** "the following year": the year after the period named before it in the sentence (or the text's topic), if any. */
  follows?: boolean;
  /** "the next two years": counted from the year under way, unless the sentence gives that year its own figure. */
  fromComingYear?: boolean;
}

export const Y4 = "(?:19|20)\\d{2}";
export const FISCAL = "(?:fiscal|financial)\\s+(?:years?\\s+)?";
export const FY_PREFIX = `(?:${FISCAL}|FY\\s?[-'’]?|F\\.Y\\.\\s?)`;
export const MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
export const NUM_WORD = "(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
export const QUARTER_YEAR = `(?:\\s?(?:FY|F)\\s?'?(\\d{4}|\\d{2})|\\s?[-/']\\s?(\\d{4}|\\d{2})|\\s(${Y4})|\\s+of\\s+(?:${FY_PREFIX})?(${Y4})|((?:19|20)\\d{2}|\\d{2})(?!\\d))?`;
export const PLAN_WORDS = "(?:plans?|program(?:me)?s?|budgets?|capex|capital|investments?|spending|outlook|forecasts?|guidance|period|horizon|framework|targets?|roadmap)";

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};
const ORDINALS: Record<string, number> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4,
  一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4,
};
export const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** "26", "'26" or "2026" as a year. */
export function year(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = Number(s.replace(/^'/, ""));
  if (!Number.isFinite(n)) return null;
  return s.replace(/^'/, "").length <= 2 ? 2000 + n : n;
}

export function count(s: string | undefined): number {
  if (s === undefined) return Number.NaN;
  return NUMBER_WORDS[s.toLowerCase()] ?? Number(s);
}

export function ordinal(s: string | undefined): number {
  return s === undefined ? Number.NaN : (ORDINALS[s.toLowerCase()] ?? Number.NaN);
}

export function fy(y: number | null): Period | null {
  return y === null ? null : { kind: "FY", fy: y };
}

/**
 * A span of years: one fiscal year when written like "2023-24" (consecutive), named by its end
 * unless the company names its years by their start; else a plan.
 */
export function yearSpan(first: number, last: number, fiscal: boolean, pc?: PeriodContext): Period | null {
  if (last <= first || last - first > 30) return null;
  if (last === first + 1 && fiscal) return { kind: "FY", fy: pc?.cal.namedBy === "start" && pc.cal.endMonth !== 12 ? first : last };
  return { kind: "MULTI", from: first, to: last };
}

export function quarterOf(q: number, y: number | null, pc: PeriodContext): Period | null {
  if (!(q >= 1 && q <= 4)) return null;
  return y === null ? upcomingQuarter(q, pc) : { kind: "Q", fy: y, q };
}

export function halfOf(h: number, y: number | null, pc: PeriodContext): Period | null {
  if (!(h === 1 || h === 2)) return null;
  return y === null ? upcomingHalf(h, pc) : { kind: "H", fy: y, h };
}

/** The fiscal quarter holding the occurrence of `month` nearest to the document's date. */
export function quarterOfMonth(month: number, pc: PeriodContext): Period | null {
  if (!(month >= 1 && month <= 12)) return null;
  const here = pc.date.y * 12 + pc.date.m;
  const candidates = [pc.date.y - 1, pc.date.y, pc.date.y + 1];
  const y = candidates.reduce((best, c) => (Math.abs(c * 12 + month - here) < Math.abs(best * 12 + month - here) ? c : best));
  return { kind: "Q", ...fiscalQuarterOf({ y, m: month, d: 15 }, pc.cal) };
}

export function relativeYear(which: string | undefined, pc: PeriodContext): number {
  const w = (which ?? "").toLowerCase();
  if (w.includes("next") || w.includes("following")) return pc.currentFy + 1;
  if (w.includes("coming")) return pc.comingFy;
  return pc.currentFy;
}
