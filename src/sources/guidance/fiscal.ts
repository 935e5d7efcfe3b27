// Fiscal calendars: which fiscal year and quarter a date falls in, when a period ends, and how
// periods are written. A fiscal year is named by the calendar year in which it ends, unless the
// company names it by the year in which it begins (Sony's FY2024 ends in March 2025, Target's
// fiscal 2025 in January 2026).

/** Which calendar year gives a fiscal year its name. */
export type FiscalYearNaming = "start" | "end";

export interface FiscalCalendar {
  /** Month (1-12) and day of the fiscal year's last day. */
  endMonth: number;
  endDay: number;
  /** Absent: named by the year it ends in. */
  namedBy?: FiscalYearNaming;
}

export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

export type Period =
  | { kind: "FY"; fy: number }
  | { kind: "Q"; fy: number; q: number }
  | { kind: "H"; fy: number; h: number }
  | { kind: "9M"; fy: number }
  | { kind: "MULTI"; from: number; to: number };

export const CALENDAR_YEAR: FiscalCalendar = { endMonth: 12, endDay: 31 };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY_RE = /^(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real calendar date written YYYY-MM-DD, or null. */
export function parseCalendarDate(s: string): CalendarDate | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (date.m < 1 || date.m > 12 || date.d < 1 || date.d > daysInMonth(date.y, date.m)) return null;
  return date;
}

/** A fiscal year end written MM-DD, or null when it is not a real month and day. */
export function parseFiscalYearEnd(s: string): FiscalCalendar | null {
  const m = MONTH_DAY_RE.exec(s);
  if (!m) return null;
  const endMonth = Number(m[1]);
  const endDay = Number(m[2]);
  if (endMonth < 1 || endMonth > 12 || endDay < 1 || endDay > daysInMonth(2024, endMonth)) return null;
  return { endMonth, endDay };
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.y, date.m - 1, date.d) / DAY_MS;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

function clampDay(y: number, m: number, d: number): CalendarDate {
  return { y, m, d: Math.min(d, daysInMonth(y, m)) };
}

/** How many years a fiscal year's name comes before the calendar year it ends in: 1 when named by its start. */
function nameLag(cal: FiscalCalendar): number {
  return cal.namedBy === "start" && cal.endMonth !== 12 ? 1 : 0;
}

/** The calendar year in which fiscal year `fy` ends. */
function endYearOf(fy: number, cal: FiscalCalendar): number {
  return fy + nameLag(cal);
}

/** The fiscal year (as the company names it) that contains `date`. */
export function fiscalYearOf(date: CalendarDate, cal: FiscalCalendar): number {
  const afterEnd = date.m > cal.endMonth || (date.m === cal.endMonth && date.d > cal.endDay);
  return (afterEnd ? date.y + 1 : date.y) - nameLag(cal);
}

/** 0 for the fiscal year's first month … 11 for its last. */
function fiscalMonthIndex(date: CalendarDate, cal: FiscalCalendar): number {
  if (date.m === cal.endMonth && date.d > cal.endDay) return 0;
  return (date.m - cal.endMonth - 1 + 24) % 12;
}

export function fiscalQuarterOf(date: CalendarDate, cal: FiscalCalendar): { fy: number; q: number } {
  return { fy: fiscalYearOf(date, cal), q: Math.floor(fiscalMonthIndex(date, cal) / 3) + 1 };
}

function fiscalYearEndDate(fy: number, cal: FiscalCalendar): CalendarDate {
  return clampDay(endYearOf(fy, cal), cal.endMonth, cal.endDay);
}

function fiscalYearStartDate(fy: number, cal: FiscalCalendar): CalendarDate {
  return dayAfter(fiscalYearEndDate(fy - 1, cal));
}

/** The last day of fiscal quarter `q` of fiscal year `fy` (month-accurate). */
function quarterEndDate(fy: number, q: number, cal: FiscalCalendar): CalendarDate {
  if (q === 4) return fiscalYearEndDate(fy, cal);
  let month = cal.endMonth - 3 * (4 - q);
  let year = endYearOf(fy, cal);
  if (month <= 0) {
    month += 12;
    year -= 1;
  }
  return clampDay(year, month, cal.endDay >= 28 ? 31 : cal.endDay);
}

export function periodEndDate(p: Period, cal: FiscalCalendar): CalendarDate {
  switch (p.kind) {
    case "FY":
      return fiscalYearEndDate(p.fy, cal);
    case "Q":
      return quarterEndDate(p.fy, p.q, cal);
    case "H":
      return quarterEndDate(p.fy, p.h * 2, cal);
    case "9M":
      return quarterEndDate(p.fy, 3, cal);
    case "MULTI":
      return fiscalYearEndDate(p.to, cal);
  }
}

function dayAfter(date: CalendarDate): CalendarDate {
  const next = new Date(Date.UTC(date.y, date.m - 1, date.d + 1));
  return { y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() };
}

export function periodStartDate(p: Period, cal: FiscalCalendar): CalendarDate {
  switch (p.kind) {
    case "FY":
    case "9M":
      return fiscalYearStartDate(p.fy, cal);
    case "Q":
      return p.q === 1 ? fiscalYearStartDate(p.fy, cal) : dayAfter(quarterEndDate(p.fy, p.q - 1, cal));
    case "H":
      return p.h === 1 ? fiscalYearStartDate(p.fy, cal) : dayAfter(quarterEndDate(p.fy, 2, cal));
    case "MULTI":
      return fiscalYearStartDate(p.from, cal);
  }
}

/** Whether the period had not begun by the document's date. */
export function isFuture(p: Period, date: CalendarDate, cal: FiscalCalendar): boolean {
  return compareDates(periodStartDate(p, cal), date) > 0;
}

/** Whether the period was over before the document's date. */
export function isEnded(p: Period, date: CalendarDate, cal: FiscalCalendar): boolean {
  return compareDates(periodEndDate(p, cal), date) < 0;
}

export function daysIntoFiscalYear(date: CalendarDate, cal: FiscalCalendar): number {
  return dayNumber(date) - dayNumber(fiscalYearStartDate(fiscalYearOf(date, cal), cal));
}

export function daysIntoQuarter(date: CalendarDate, cal: FiscalCalendar): number {
  const { fy, q } = fiscalQuarterOf(date, cal);
  const prevEnd = q === 1 ? fiscalYearEndDate(fy - 1, cal) : quarterEndDate(fy, q - 1, cal);
  return dayNumber(date) - dayNumber(prevEnd) - 1;
}

export function shiftQuarter(fy: number, q: number, by: number): { fy: number; q: number } {
  const index = fy * 4 + (q - 1) + by;
  return { fy: Math.floor(index / 4), q: (index % 4) + 1 };
}

/** The period right after `p`, for "up from X in 2024" read as a plan for 2025. */
export function nextPeriod(p: Period): Period {
  switch (p.kind) {
    case "FY":
      return { kind: "FY", fy: p.fy + 1 };
    case "Q":
      return { kind: "Q", ...shiftQuarter(p.fy, p.q, 1) };
    case "H":
      return p.h === 1 ? { kind: "H", fy: p.fy, h: 2 } : { kind: "H", fy: p.fy + 1, h: 1 };
    case "9M":
      return { kind: "FY", fy: p.fy + 1 };
    case "MULTI":
      return { kind: "MULTI", from: p.to + 1, to: p.to + 1 + (p.to - p.from) };
  }
}

export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case "FY":
      return `FY${p.fy}`;
    case "Q":
      return `Q${p.q}-${p.fy}`;
    case "H":
      return `H${p.h}-${p.fy}`;
    case "9M":
      return `9M-${p.fy}`;
    case "MULTI":
      return p.from === p.to ? `FY${p.from}` : `FY${p.from}-FY${p.to}`;
  }
}
