// US/Eastern (America/New_York) time without Intl on the hot path.
//
// When the offset changes (daylight saving time, and New York's older history back to local mean
// time before 1883) comes from the platform's time-zone data through Intl, once per year: a probe
// every seven days finds the weeks in which the offset changes, and a search to the second finds
// the instant. A change in the law (e.g. permanent daylight time) therefore
// arrives with the time-zone data of the Node release, with no table here to edit.
//
// The fast path is hand-written because it is measured faster than Intl and as correct (tests
// check every hour 1990-2039 against Intl): the most recent offset segment (a stretch of
// constant offset, usually several months) and the most recent calendar day are remembered, so a
// stream of quotes costs a couple of comparisons and a division per call.
import { DAY_MS, daysFromCivil, formatDay, parseDay, yearOfDay } from "./civil-date.js";

export { addDays, weekday } from "./civil-date.js";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** How far apart readYearZone reads the offset before it searches for a change. */
const PROBE_MS = 7 * DAY_MS;

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
  const { starts, offsets, end } = yearZone(yearOfDay(Math.floor(ms / DAY_MS)));
  let i = starts.length - 1;
  while (starts[i]! > ms) i--;
  setSegment(starts[i]!, i + 1 < starts.length ? starts[i + 1]! : end, offsets[i]!);
  return segOff;
}

function setSegment(lo: number, hi: number, off: number): void {
  segLo = lo;
  segHi = hi;
  segOff = off;
}

/** A UTC year cut where New York's offset changes: segment i is [starts[i], starts[i+1] or end) at offsets[i]. */
interface YearZone {
  starts: number[];
  offsets: number[];
  end: number;
}

// One entry per year asked about; a replay or a live run touches one or two.
const yearZones = new Map<number, YearZone>();
const YEAR_CACHE_LIMIT = 1_000;

function yearZone(year: number): YearZone {
  let zone = yearZones.get(year);
  if (zone === undefined) {
    zone = readYearZone(year);
    if (yearZones.size >= YEAR_CACHE_LIMIT) yearZones.clear();
    yearZones.set(year, zone);
  }
  return zone;
}

/**
 * The year's offset changes from Intl: the offset every seven days from the year's first UTC
 * midnight, and where two probes differ, a binary search to the second for the instant of the
 * change. A change and its reversal within one week would be missed; New York has had none since
 * 1883 (nor has any US zone). About 90 Intl reads a year, a few ms once per year asked about.
 */
function readYearZone(year: number): YearZone {
  const start = daysFromCivil(year, 1, 1) * DAY_MS;
  const end = daysFromCivil(year + 1, 1, 1) * DAY_MS;
  const starts = [start];
  const offsets = [intlOffsetMs(start)];
  let before = offsets[0]!;
  for (let lo = start; lo < end; lo += PROBE_MS) {
    let hi = Math.min(lo + PROBE_MS, end);
    const after = intlOffsetMs(hi);
    if (after === before) continue;
    // The offset is `before` at lo and `after` at hi: narrow to the first second of `after`.
    let from = lo;
    while (hi - from > 1_000) {
      const mid = from + Math.floor((hi - from) / 2_000) * 1_000;
      if (intlOffsetMs(mid) === before) from = mid;
      else hi = mid;
    }
    // (a change at the next year's first instant is that year's starting offset)
    if (hi < end) {
      starts.push(hi);
      offsets.push(after);
    }
    before = after;
  }
  return { starts, offsets, end };
}

let offsetFormat: Intl.DateTimeFormat | undefined;

/** New York's UTC offset at `ms` in ms, as the platform's time-zone data gives it ("GMT-05:00", "GMT-04:56:02"). */
function intlOffsetMs(ms: number): number {
  offsetFormat ??= new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", timeZoneName: "longOffset" });
  const text = offsetFormat.format(ms);
  const match = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (match === null) throw new RangeError(`no America/New_York offset in "${text}" for ${new Date(ms).toISOString()}`);
  if (match[1] === undefined) return 0;
  const size = Number(match[2]) * HOUR_MS + Number(match[3]) * MINUTE_MS + Number(match[4] ?? 0) * 1_000;
  return match[1] === "-" ? -size : size;
}
