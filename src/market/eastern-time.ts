// US/Eastern (America/New_York) time without Intl on the hot path.
//
// From 1987 on the offset comes from the US daylight-saving rules, computed per year:
//   2007 on:    second Sunday of March 02:00 EST → EDT, first Sunday of November 02:00 EDT → EST
//   1987-2006:  first Sunday of April 02:00 EST → EDT, last Sunday of October 02:00 EDT → EST
// Before 1987 (the 1974-75 energy-crisis years and other irregular history) the offset is read
// from Intl once per UTC hour and cached; before 1883-11-18 17:00Z, when New York adopted
// standard time, it is local mean time, −4:56:02. Tests check all of this against Intl.
// If Congress changes the rule (e.g. permanent daylight time), the rule table here must change too.
//
// The most recent offset segment (a stretch of constant offset, usually several months) and
// the most recent calendar day are remembered, so a stream of quotes costs a couple of
// comparisons and a division per call.
import { DAY_MS, daysFromCivil, formatDay, nthWeekdayOfMonth, parseDay, yearOfDay } from "./civil-date.js";

export { addDays, weekday } from "./civil-date.js";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const EST_MS = -5 * HOUR_MS;
const EDT_MS = -4 * HOUR_MS;
/** New York local mean time, −4:56:02, in force until standard time began. */
const LMT_MS = -(4 * HOUR_MS + 56 * MINUTE_MS + 2_000);
/** 1883-11-18T17:00:00Z: noon of the 75th meridian, when New York switched to standard time. */
const STANDARD_TIME_FROM_MS = Date.UTC(1883, 10, 18, 17);
/** From here on the offset follows the rules above instead of Intl. */
const RULES_FROM_YEAR = 1987;
const RULES_FROM_MS = Date.UTC(RULES_FROM_YEAR, 0, 1);

// The segment [segLo, segHi) of constant offset segOff that the last slow lookup found.
let segLo = 0;
let segHi = 0;
let segOff = 0;

// The last calendar day easternDate formatted, as a day number and as a string.
let lastDay = Number.NaN;
let lastDate = "";

/** The America/New_York calendar date (YYYY-MM-DD) at epoch-ms instant `ms`. */
export function easternDate(ms: number): string {
  const local = ms + (ms >= segLo && ms < segHi ? segOff : offsetSlow(ms));
  const day = Math.floor(local / DAY_MS);
  if (day === lastDay) return lastDate;
  const date = formatDay(day);
  lastDay = day;
  lastDate = date;
  return date;
}

/**
 * The America/New_York UTC offset at epoch-ms instant `ms`, in minutes: −300 (EST) or −240 (EDT);
 * before 1883-11-18 it is local mean time, −296.03… minutes.
 */
export function easternOffsetMinutes(ms: number): number {
  return offsetMs(ms) / MINUTE_MS;
}

/**
 * Epoch ms of the wall-clock time `hour`:`minute` in New York on `date` (YYYY-MM-DD).
 * A time skipped by the spring-forward change (02:00-02:59 on that Sunday) moves forward by the
 * hour (02:30 → 03:30 EDT); a time that happens twice in the fall-back change (01:00-01:59) is
 * its first occurrence, in EDT. These are the "compatible" choices of Temporal and RFC 5545.
 */
export function easternWallTimeToUtc(date: string, hour: number, minute: number): number {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new RangeError(`hour ${hour} is not an integer 0-23`);
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) {
    throw new RangeError(`minute ${minute} is not an integer 0-59`);
  }
  // The wall-clock time as if it were UTC; the real instant is this minus the offset then.
  const wall = parseDay(date) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS;
  const before = offsetMs(wall - DAY_MS);
  const after = offsetMs(wall + DAY_MS);
  if (before === after) return wall - before;
  // An offset change within a day of the wall time: see which readings are self-consistent.
  const early = wall - before;
  const late = wall - after;
  const earlyFits = offsetMs(early) === before;
  const lateFits = offsetMs(late) === after;
  if (earlyFits && lateFits) return Math.min(early, late); // repeated hour: its first occurrence
  if (earlyFits) return early;
  if (lateFits) return late;
  return early; // skipped hour: read with the old offset, which lands after the change
}

function offsetMs(ms: number): number {
  return ms >= segLo && ms < segHi ? segOff : offsetSlow(ms);
}

/** Finds the offset segment around `ms`, remembers it, and returns its offset in ms. */
function offsetSlow(ms: number): number {
  if (!Number.isFinite(ms)) throw new RangeError(`instant ${ms} is not a finite number of milliseconds`);
  if (ms >= RULES_FROM_MS) {
    const { yearStart, dstStart, dstEnd, nextYearStart } = yearRule(yearOfDay(Math.floor(ms / DAY_MS)));
    if (ms < dstStart) setSegment(yearStart, dstStart, EST_MS);
    else if (ms < dstEnd) setSegment(dstStart, dstEnd, EDT_MS);
    else setSegment(dstEnd, nextYearStart, EST_MS);
  } else if (ms < STANDARD_TIME_FROM_MS) {
    setSegment(-Infinity, STANDARD_TIME_FROM_MS, LMT_MS);
  } else {
    // New York's offset changes have all been on whole UTC hours since 1883.
    const hour = Math.floor(ms / HOUR_MS);
    setSegment(hour * HOUR_MS, (hour + 1) * HOUR_MS, historicalOffsetMs(hour));
  }
  return segOff;
}

function setSegment(lo: number, hi: number, off: number): void {
  segLo = lo;
  segHi = hi;
  segOff = off;
}

/** The UTC instants at which a year (from 1987 on) starts, daylight time starts and ends. */
interface YearRule {
  yearStart: number;
  dstStart: number;
  dstEnd: number;
  nextYearStart: number;
}

const yearRules = new Map<number, YearRule>();

function yearRule(year: number): YearRule {
  let rule = yearRules.get(year);
  if (rule === undefined) {
    const startDay = year >= 2007 ? nthWeekdayOfMonth(year, 3, 0, 2) : nthWeekdayOfMonth(year, 4, 0, 1);
    const endDay = year >= 2007 ? nthWeekdayOfMonth(year, 11, 0, 1) : nthWeekdayOfMonth(year, 10, 0, -1);
    rule = {
      yearStart: daysFromCivil(year, 1, 1) * DAY_MS,
      dstStart: startDay * DAY_MS + 7 * HOUR_MS, // 02:00 EST is 07:00Z
      dstEnd: endDay * DAY_MS + 6 * HOUR_MS, // 02:00 EDT is 06:00Z
      nextYearStart: daysFromCivil(year + 1, 1, 1) * DAY_MS,
    };
    yearRules.set(year, rule);
  }
  return rule;
}

// Offsets before 1987 by UTC hour number, read from Intl; cleared if it ever grows large.
const historicalOffsets = new Map<number, number>();
const HISTORICAL_CACHE_LIMIT = 200_000;
let historicalFormat: Intl.DateTimeFormat | undefined;

function historicalOffsetMs(hour: number): number {
  const cached = historicalOffsets.get(hour);
  if (cached !== undefined) return cached;
  historicalFormat ??= new Intl.DateTimeFormat("en-US", {
    timeZone: "America/New_York",
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const instant = hour * HOUR_MS;
  const fields: Record<string, number> = {};
  for (const part of historicalFormat.formatToParts(instant)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    fields.year ?? Number.NaN,
    (fields.month ?? Number.NaN) - 1,
    fields.day ?? Number.NaN,
    (fields.hour ?? Number.NaN) % 24,
    fields.minute ?? Number.NaN,
    fields.second ?? Number.NaN,
  );
  const offset = wallAsUtc - instant;
  if (!Number.isFinite(offset)) throw new RangeError(`no America/New_York offset for ${new Date(instant).toISOString()}`);
  if (historicalOffsets.size >= HISTORICAL_CACHE_LIMIT) historicalOffsets.clear();
  historicalOffsets.set(hour, offset);
  return offset;
}
