// Calendar dates as YYYY-MM-DD strings and as day numbers (days since 1970-01-01), with pure
// proleptic-Gregorian arithmetic: no Date objects, no time zones. Only years 0000..9999 are
// accepted, so every date has exactly one four-digit YYYY-MM-DD spelling.

export const DAY_MS = 86_400_000;

/** Day number of 0000-01-01 and of 9999-12-31: the range every function here accepts. */
export const MIN_DAY = -719_528;
export const MAX_DAY = 2_932_896;

/** Days since 1970-01-01 of a proleptic-Gregorian year, month (1-12) and day (1-31); no validation. */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: years start in March so the leap day is the last day.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1-12) and day of a day number (Hinnant's civil_from_days). */
function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The year of a day number. */
export function yearOfDay(days: number): number {
  return civilFromDays(days)[0];
}

// "00".."31", so formatting a date is two table reads and a concatenation.
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, "0"));

// Strings already built, by day number: a Map read is several times cheaper than building one.
const formatted = new Map<number, string>();
const FORMATTED_LIMIT = 100_000;

/** YYYY-MM-DD of a day number; throws RangeError outside 0000-01-01..9999-12-31. */
export function formatDay(days: number): string {
  let date = formatted.get(days);
  if (date === undefined) {
    if (!(days >= MIN_DAY && days <= MAX_DAY) || !Number.isInteger(days)) {
      throw new RangeError(`day number ${days} is outside 0000-01-01..9999-12-31`);
    }
    date = buildDate(days);
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    formatted.set(days, date);
  }
  return date;
}

function buildDate(days: number): string {
  const [y, m, d] = civilFromDays(days);
  const year = y >= 1000 ? String(y) : String(y).padStart(4, "0");
  return `${year}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

/** Day number of a YYYY-MM-DD string; throws RangeError unless it is a real calendar date. */
export function parseDay(date: string): number {
  // Hand-rolled rather than a regular expression: trading-calendar lookups call this a lot.
  if (date.length === 10 && date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return daysFromCivil(year, month, day);
    }
  }
  throw new RangeError(`${JSON.stringify(date)} is not a real date as YYYY-MM-DD`);
}

const DASH = 45;
const ZERO = 48;

/** The decimal number in s[from, to), or -1 if any character there is not a digit 0-9. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day of the week of a day number, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/** The date `n` days after `date` (negative `n` goes back); throws RangeError on a bad date. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`day count ${n} is not an integer`);
  return formatDay(parseDay(date) + n);
}

/** Day of the week of a YYYY-MM-DD date, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return weekdayOfDay(parseDay(date));
}

/** Day number of the `nth` (1-based) given weekday of a month; `nth` = -1 means the last one. */
export function nthWeekdayOfMonth(year: number, month: number, dayOfWeek: number, nth: number): number {
  if (nth < 0) {
    const last = daysFromCivil(year, month, daysInMonth(year, month));
    return last - ((weekdayOfDay(last) - dayOfWeek + 7) % 7);
  }
  const first = daysFromCivil(year, month, 1);
  return first + ((dayOfWeek - weekdayOfDay(first) + 7) % 7) + (nth - 1) * 7;
}
