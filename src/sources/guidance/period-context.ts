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
  parseFiscalYearEnd,
  shiftQuarter,
  type CalendarDate,
  type FiscalCalendar,
  type Period,
} from "./fiscal.js";
import type { ExtractionContext } from "./types.js";

export interface PeriodContext {
  date: CalendarDate;
  cal: FiscalCalendar;
  /** The fiscal year the document's date falls in. */
  currentFy: number;
  /**
   * "The coming year": the fiscal year holding most of the next twelve months, so that early in
   * a year (results season for the year just closed) it is the year under way, late in a year the
   * next one.
   */
  comingFy: number;
  currentQuarter: { fy: number; q: number };
  /** "The coming quarter", by the same majority rule over the next three months. */
  comingQuarter: { fy: number; q: number };
  /** The last quarter that had ended by the document's date. */
  lastQuarter: { fy: number; q: number };
}

const HALF_YEAR_DAYS = 183;
const HALF_QUARTER_DAYS = 46;

export function periodContext(ctx: ExtractionContext): PeriodContext {
  const date = parseCalendarDate(ctx.date) ?? todayUtc();
  const cal = (ctx.fiscalYearEnd !== undefined ? parseFiscalYearEnd(ctx.fiscalYearEnd) : null) ?? CALENDAR_YEAR;
  const currentFy = fiscalYearOf(date, cal);
  const currentQuarter = fiscalQuarterOf(date, cal);
  return {
    date,
    cal,
    currentFy,
    comingFy: daysIntoFiscalYear(date, cal) < HALF_YEAR_DAYS ? currentFy : currentFy + 1,
    currentQuarter,
    comingQuarter:
      daysIntoQuarter(date, cal) < HALF_QUARTER_DAYS ? currentQuarter : shiftQuarter(currentQuarter.fy, currentQuarter.q, 1),
    lastQuarter: shiftQuarter(currentQuarter.fy, currentQuarter.q, -1),
  };
}

function todayUtc(): CalendarDate {
  const now = new Date();
  return { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
}

/** Quarter `q` named without a year: this fiscal year's if it has not ended yet, else next year's. */
export function upcomingQuarter(q: number, pc: PeriodContext): Period {
  const thisYear: Period = { kind: "Q", fy: pc.currentFy, q };
  return isEnded(thisYear, pc.date, pc.cal) ? { kind: "Q", fy: pc.currentFy + 1, q } : thisYear;
}

export function upcomingHalf(h: number, pc: PeriodContext): Period {
  const thisYear: Period = { kind: "H", fy: pc.currentFy, h };
  return isEnded(thisYear, pc.date, pc.cal) ? { kind: "H", fy: pc.currentFy + 1, h } : thisYear;
}

/** A multi-year plan of `years` years starting with the coming fiscal year. */
export function comingYears(years: number, pc: PeriodContext): Period | null {
  if (!Number.isInteger(years) || years < 1 || years > 30) return null;
  return years === 1 ? { kind: "FY", fy: pc.comingFy } : { kind: "MULTI", from: pc.comingFy, to: pc.comingFy + years - 1 };
}

/** A plan "through 2027": from the coming fiscal year to that year. */
export function throughYear(last: number, pc: PeriodContext): Period | null {
  if (last < pc.comingFy || last > pc.comingFy + 30) return null;
  return last === pc.comingFy ? { kind: "FY", fy: last } : { kind: "MULTI", from: pc.comingFy, to: last };
}

/** The fiscal year containing the middle of calendar month `month` of `year`. */
export function fiscalYearOfMonth(year: number, month: number, pc: PeriodContext): Period {
  return { kind: "FY", fy: fiscalYearOf({ y: year, m: month, d: 15 }, pc.cal) };
}
