// The document's date seen through the company's fiscal calendar: which year, quarter and
// "coming" year relative phrases mean.
import {
  CALENDAR_YEAR,
  daysIntoFiscalYear,
  daysIntoQuarter,
  fiscalQuarterOf,
  fiscalYearOf,
  isEnded,
  parseCalendarDate,
  periodEndDate,
  parseFiscalYearEnd,
  shiftQuarter,
  type CalendarDate,
  type FiscalCalendar,
  type FiscalYearNaming,
  type Period,
} from "./fiscal.js";
import type { ExtractionContext } from "./types.js";

export interface PeriodContext {
  date: CalendarDate;
  cal: FiscalCalendar;
  /** The context said the company's fiscal years are calendar years (not merely left them unsaid). */
  calendarYears: boolean;
  /** How the company names its fiscal years, when the context or the text has said; null: by the year they end in. */
  namedBy: FiscalYearNaming | null;
  /** The fiscal year the document's date falls in. */
  currentFy: number;
  /**
   * "The coming year": the fiscal year holding most of the next twelve months, so that early in
   * a year (results season for the year just closed) it is the year under way, late in a year the
   * next one.
   */
  comingFy: number;
  /** The first year of a plan "through 2030" or a "five-year plan": the year under way, unless it is in its last quarter. */
  planStartFy: number;
  currentQuarter: { fy: number; q: number };
  /** "The coming quarter", by the same majority rule over the next three months. */
  comingQuarter: { fy: number; q: number };
  /** The last quarter that had ended by the document's date. */
  lastQuarter: { fy: number; q: number };
  /**
   * The period the text is talking about so far: the one its latest sentence with a figure named,
   * when that sentence named one period not yet over. A figure given without a period takes it.
   */
  topic: Period | null;
  /** Spans of years the text has named with their years ("its 2023-2027 Investment Plan"): a plan of
   * that many years named later only by its length ("the five-year Investment Plan") is that one. */
  namedSpans: Period[];
}

const HALF_YEAR_DAYS = 183;
const HALF_QUARTER_DAYS = 46;
/** "The fourth quarter" in January is the one just reported, for about two months after it ends. */
const JUST_REPORTED_DAYS = 62;

type Derived = Omit<PeriodContext, "date" | "cal" | "calendarYears" | "namedBy" | "topic" | "namedSpans">;

function derive(date: CalendarDate, cal: FiscalCalendar): Derived {
  const currentFy = fiscalYearOf(date, cal);
  const currentQuarter = fiscalQuarterOf(date, cal);
  return {
    currentFy,
    comingFy: daysIntoFiscalYear(date, cal) < HALF_YEAR_DAYS ? currentFy : currentFy + 1,
    planStartFy: currentQuarter.q === 4 ? currentFy + 1 : currentFy,
    currentQuarter,
    comingQuarter:
      daysIntoQuarter(date, cal) < HALF_QUARTER_DAYS ? currentQuarter : shiftQuarter(currentQuarter.fy, currentQuarter.q, 1),
    lastQuarter: shiftQuarter(currentQuarter.fy, currentQuarter.q, -1),
  };
}

export function periodContext(ctx: ExtractionContext): PeriodContext {
  const date = parseCalendarDate(ctx.date) ?? todayUtc();
  const base = (ctx.fiscalYearEnd !== undefined ? parseFiscalYearEnd(ctx.fiscalYearEnd) : null) ?? CALENDAR_YEAR;
  const namedBy = ctx.fiscalYearNamedBy ?? null;
  const cal: FiscalCalendar = namedBy === null ? base : { ...base, namedBy };
  const calendarYears = ctx.fiscalYearEnd !== undefined && cal.endMonth === 12 && cal.endDay === 31;
  return { date, cal, calendarYears, namedBy, ...derive(date, cal), topic: null, namedSpans: [] };
}

/** What the text has shown about how the company names its fiscal years: the rest of the document is read that way. */
export function nameFiscalYears(pc: PeriodContext, by: FiscalYearNaming): void {
  if (pc.namedBy === by) return;
  pc.namedBy = by;
  pc.cal = { ...pc.cal, namedBy: by };
  Object.assign(pc, derive(pc.date, pc.cal));
}

function todayUtc(): CalendarDate {
  const now = new Date();
  return { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
}

/**
 * Quarter `q` named without a year: the one just reported if it ended within about two months
 * ("the fourth quarter" in a February release), else this fiscal year's if it has not ended yet,
 * else next year's.
 */
export function upcomingQuarter(q: number, pc: PeriodContext): Period {
  for (const fy of [pc.currentFy - 1, pc.currentFy]) {
    const candidate: Period = { kind: "Q", fy, q };
    if (!isEnded(candidate, pc.date, pc.cal)) return candidate;
    if (daysSinceEnd(candidate, pc) <= JUST_REPORTED_DAYS) return candidate;
  }
  return { kind: "Q", fy: pc.currentFy + 1, q };
}

function daysSinceEnd(p: Period, pc: PeriodContext): number {
  const end = periodEndDate(p, pc.cal);
  return (Date.UTC(pc.date.y, pc.date.m - 1, pc.date.d) - Date.UTC(end.y, end.m - 1, end.d)) / 86_400_000;
}

export function upcomingHalf(h: number, pc: PeriodContext): Period {
  const thisYear: Period = { kind: "H", fy: pc.currentFy, h };
  return isEnded(thisYear, pc.date, pc.cal) ? { kind: "H", fy: pc.currentFy + 1, h } : thisYear;
}

/** The span of `years` years the text named before, if one. */
function namedSpanOf(years: number, pc: PeriodContext): Period | null {
  return pc.namedSpans.find((p) => p.kind === "MULTI" && p.to - p.from + 1 === years) ?? null;
}

/** A multi-year plan of `years` years starting with the coming fiscal year. */
export function comingYears(years: number, pc: PeriodContext): Period | null {
  if (!Number.isInteger(years) || years < 1 || years > 30) return null;
  const named = namedSpanOf(years, pc);
  if (named !== null) return named;
  return years === 1 ? { kind: "FY", fy: pc.comingFy } : { kind: "MULTI", from: pc.comingFy, to: pc.comingFy + years - 1 };
}

/** A plan "through 2027": from the year under way (the next one in a year's last quarter) to that year. */
export function throughYear(last: number, pc: PeriodContext): Period | null {
  const first = pc.planStartFy;
  if (last < first || last > first + 30) return null;
  return last === first ? { kind: "FY", fy: last } : { kind: "MULTI", from: first, to: last };
}

/** A "five-year plan" named without its years: the years from the plan's first. */
export function planYears(years: number, pc: PeriodContext): Period | null {
  if (!Number.isInteger(years) || years < 1 || years > 30) return null;
  const named = namedSpanOf(years, pc);
  if (named !== null) return named;
  return years === 1 ? { kind: "FY", fy: pc.planStartFy } : { kind: "MULTI", from: pc.planStartFy, to: pc.planStartFy + years - 1 };
}

/** The fiscal year containing the middle of calendar month `month` of `year`. */
export function fiscalYearOfMonth(year: number, month: number, pc: PeriodContext): Period {
  return { kind: "FY", fy: fiscalYearOf({ y: year, m: month, d: 15 }, pc.cal) };
}

/** "Year to date", "so far this year": the part of this fiscal year through its last ended quarter (the first quarter while that is under way). */
export function yearToDate(pc: PeriodContext): Period {
  const { fy, q } = pc.currentQuarter;
  if (q === 4) return { kind: "9M", fy };
  if (q === 3) return { kind: "H", fy, h: 1 };
  return { kind: "Q", fy, q: 1 };
}
