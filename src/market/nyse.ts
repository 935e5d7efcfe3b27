// The NYSE trading calendar: full-day closures computed from the exchange's holiday rules plus
// a table of one-off closures, on YYYY-MM-DD dates in New York. Early (13:00) closes are not
// closures and are not modelled here.
//
// Operators add closures the exchange announces at short notice (a national day of mourning, a
// storm) in config, without a release: see setOperatorClosures.
//
// The rules are those in force since 1998, when the NYSE first closed for Martin Luther King Jr.
// Day (Juneteenth is added from 2022); special closures are listed from 2001. Earlier years get
// the same rules, which omits their historical closures (Presidential Election Days, 1994 Nixon,
// 1985 Hurricane Gloria, …).
import { daysFromCivil, formatDay, nthWeekdayOfMonth, parseDay, weekdayOfDay, yearOfDay } from "./civil-date.js";

export interface NyseHoliday {
  /** The closed date, YYYY-MM-DD. */
  date: string;
  /** E.g. "Independence Day (observed)" or "National Day of Mourning for President Jimmy Carter". */
  name: string;
}

/** One-off full-day closures since 2001. */
const SPECIAL_CLOSURES: readonly NyseHoliday[] = [
  // Closed after the September 11 attacks, Tuesday through Friday.
  { date: "2001-09-11", name: "September 11 attacks" },
  { date: "2001-09-12", name: "September 11 attacks" },
  { date: "2001-09-13", name: "September 11 attacks" },
  { date: "2001-09-14", name: "September 11 attacks" },
  // National Day of Mourning for President Ronald Reagan.
  { date: "2004-06-11", name: "National Day of Mourning for President Ronald Reagan" },
  // National Day of Mourning for President Gerald R. Ford.
  { date: "2007-01-02", name: "National Day of Mourning for President Gerald R. Ford" },
  // Hurricane Sandy, two days.
  { date: "2012-10-29", name: "Hurricane Sandy" },
  { date: "2012-10-30", name: "Hurricane Sandy" },
  // National Day of Mourning for President George H. W. Bush.
  { date: "2018-12-05", name: "National Day of Mourning for President George H. W. Bush" },
  // National Day of Mourning for President Jimmy Carter.
  { date: "2025-01-09", name: "National Day of Mourning for President Jimmy Carter" },
];

/** What an operator-declared closure is called in holiday lists. */
export const OPERATOR_CLOSURE = "closed by the operator's configuration (CAPWATCH_MARKET_CLOSURES)";

// Operator closures by year, from config at start-up.
//
// A setter rather than a parameter: the calendar is read at some ten places in sources, alerts and
// commands (sessions, the live schedule, previous closes, earnings dates, lookups), each called
// from its own entry point; threading one calendar object through the engine, the live sources
// and every command handler is the composition root's job (src/app/), not yet in place. Until it
// is, the composition roots (main, the CLI) call this once before anything reads the calendar,
// and the calendar itself reads no environment.
let operatorClosures: ReadonlyMap<number, readonly string[]> = new Map();

/**
 * Adds one-off full-day closures (YYYY-MM-DD) to the rules and the table, replacing any set before;
 * [] removes them. Throws RangeError for a date that does not exist.
 */
export function setOperatorClosures(dates: readonly string[]): void {
  const byYear = new Map<number, string[]>();
  for (const date of dates) {
    parseDay(date); // throws on a date that does not exist
    const year = Number(date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), date]);
  }
  operatorClosures = byYear;
  years.clear();
}

const SUNDAY = 0;
const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;

interface YearCalendar {
  holidays: readonly NyseHoliday[];
  closedDays: ReadonlySet<number>;
}

const years = new Map<number, YearCalendar>();

/** The NYSE full-day closures of `year`, in date order. The array is the caller's to keep. */
export function nyseHolidays(year: number): NyseHoliday[] {
  return calendarOf(year).holidays.map((h) => ({ ...h }));
}

/** True if `date` (YYYY-MM-DD) is a weekday on which the NYSE is open. */
export function isNyseTradingDay(date: string): boolean {
  return isTradingDayNumber(parseDay(date));
}

/** The first NYSE trading day strictly after `date`. */
export function nextNyseTradingDay(date: string): string {
  let day = parseDay(date) + 1;
  while (!isTradingDayNumber(day)) day++;
  return formatDay(day);
}

/** The last NYSE trading day strictly before `date`. */
export function previousNyseTradingDay(date: string): string {
  let day = parseDay(date) - 1;
  while (!isTradingDayNumber(day)) day--;
  return formatDay(day);
}

/** The NYSE trading days from `startDate` through `endDate`, both included; [] if start is after end. */
export function nyseTradingDaysBetween(startDate: string, endDate: string): string[] {
  const end = parseDay(endDate);
  const days: string[] = [];
  for (let day = parseDay(startDate); day <= end; day++) {
    if (isTradingDayNumber(day)) days.push(formatDay(day));
  }
  return days;
}

function isTradingDayNumber(day: number): boolean {
  const dow = weekdayOfDay(day);
  if (dow === SUNDAY || dow === SATURDAY) return false;
  return !calendarOf(yearOfDay(day)).closedDays.has(day);
}

function calendarOf(year: number): YearCalendar {
  const cached = years.get(year);
  if (cached) return cached;
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`year ${year} is not in 0..9999`);
  const entries: { day: number; name: string }[] = [];
  const fixed = (month: number, dayOfMonth: number, name: string) => {
    const actual = daysFromCivil(year, month, dayOfMonth);
    const dow = weekdayOfDay(actual);
    if (dow === SATURDAY) entries.push({ day: actual - 1, name: `${name} (observed)` });
    else if (dow === SUNDAY) entries.push({ day: actual + 1, name: `${name} (observed)` });
    else entries.push({ day: actual, name });
  };
  const nth = (month: number, dayOfWeek: number, n: number, name: string) => {
    entries.push({ day: nthWeekdayOfMonth(year, month, dayOfWeek, n), name });
  };

  // New Year's Day: on a Saturday there is no closure at all (NYSE Rule 7.2: the preceding
  // Friday ends the year's accounting period), so only the Sunday → Monday shift applies.
  const newYear = daysFromCivil(year, 1, 1);
  if (weekdayOfDay(newYear) === SUNDAY) entries.push({ day: newYear + 1, name: "New Year's Day (observed)" });
  else if (weekdayOfDay(newYear) !== SATURDAY) entries.push({ day: newYear, name: "New Year's Day" });
  if (year >= 1998) nth(1, MONDAY, 3, "Martin Luther King Jr. Day");
  nth(2, MONDAY, 3, "Washington's Birthday");
  entries.push({ day: easterSunday(year) - 2, name: "Good Friday" });
  nth(5, MONDAY, -1, "Memorial Day");
  if (year >= 2022) fixed(6, 19, "Juneteenth National Independence Day");
  fixed(7, 4, "Independence Day");
  nth(9, MONDAY, 1, "Labor Day");
  nth(11, THURSDAY, 4, "Thanksgiving Day");
  fixed(12, 25, "Christmas Day");

  const holidays: NyseHoliday[] = entries.map((e) => ({ date: formatDay(e.day), name: e.name }));
  for (const special of SPECIAL_CLOSURES) {
    if (special.date.startsWith(`${String(year).padStart(4, "0")}-`)) holidays.push({ ...special });
  }
  for (const date of operatorClosures.get(year) ?? []) {
    const dow = weekdayOfDay(parseDay(date));
    if (dow === SATURDAY || dow === SUNDAY || holidays.some((h) => h.date === date)) continue; // closed anyway
    holidays.push({ date, name: OPERATOR_CLOSURE });
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const calendar: YearCalendar = {
    holidays: holidays.map((h) => Object.freeze(h)),
    closedDays: new Set(holidays.map((h) => parseDay(h.date))),
  };
  years.set(year, calendar);
  return calendar;
}

/** Day number of Easter Sunday in `year`: the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}
