// ISO-8601 times with a zone, parsed once per line on the replay's hot path: character codes,
// a cached day, integer arithmetic, no allocation. Date.parse is slower and accepts Feb 30.

export type TimestampResult = { ok: true; ms: number } | { ok: false; reason: "format" | "impossible" };

// What the scan returns instead of a time: no object per call on the hot path.
const FORMAT = Number.NaN;
const IMPOSSIBLE = Number.NEGATIVE_INFINITY;

// The last date seen, as numbers: files repeat days, so most lines skip the calendar check.
let cachedYear = -1;
let cachedMonth = -1;
let cachedDayOfMonth = -1;
let cachedDayMs = 0;

/** Epoch ms of the UTC midnight of a date, or NaN for a date that does not exist. */
export function utcDayMs(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? ms : NaN;
}

/** `YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH[:]MM)` → epoch ms, with the reason when it is not one. */
export function parseTimestamp(text: string): TimestampResult {
  const ms = timestampMs(text);
  if (Number.isFinite(ms)) return { ok: true, ms };
  return { ok: false, reason: Number.isNaN(ms) ? "format" : "impossible" };
}

/** The code at `i` of the text in `bytes` from `start`, NaN past its `length` (as charCodeAt). */
function codeAt(bytes: Uint8Array, start: number, length: number, i: number): number {
  return i < length ? (bytes[start + i] as number) : Number.NaN;
}

/** The number of `count` digits at `at` of that text, or -1 if any is not a digit. */
function digitsAt(bytes: Uint8Array, start: number, length: number, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = codeAt(bytes, start, length, i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Where timestampMs puts a text's character codes for the byte reader (grown for a longer text). */
let scratch = new Uint8Array(64);

/** Epoch ms, or a non-finite number when `text` is not a time with a zone (NaN) or not a real one. */
export function timestampMs(text: string): number {
  if (text.length > scratch.length) scratch = new Uint8Array(text.length);
  // A character past Latin-1 becomes 0, which no part of a timestamp accepts.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    scratch[i] = c < 256 ? c : 0;
  }
  return timestampMsOfBytes(scratch, 0, text.length);
}

/**
 * timestampMs of the ASCII text in `bytes[start, end)`: the replay reads its quote lines' times
 * from the file's bytes, and every other time is read through here too, so there is one grammar.
 */
export function timestampMsOfBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length < 17 || codeAt(bytes, start, length, 4) !== 45 || codeAt(bytes, start, length, 7) !== 45 || codeAt(bytes, start, length, 10) !== 84 || codeAt(bytes, start, length, 13) !== 58) return FORMAT;
  const year = digitsAt(bytes, start, length, 0, 4);
  const month = digitsAt(bytes, start, length, 5, 2);
  const day = digitsAt(bytes, start, length, 8, 2);
  const hours = digitsAt(bytes, start, length, 11, 2);
  const minutes = digitsAt(bytes, start, length, 14, 2);
  if (year < 0 || month < 0 || day < 0 || hours < 0 || minutes < 0) return FORMAT;
  let at = 16;
  let seconds = 0;
  let fraction = 0;
  if (codeAt(bytes, start, length, at) === 58) {
    seconds = digitsAt(bytes, start, length, at + 1, 2);
    if (seconds < 0) return FORMAT;
    at += 3;
    if (codeAt(bytes, start, length, at) === 46) {
      const first = ++at;
      // Milliseconds from the first three digits; further digits are read and dropped.
      for (let c = codeAt(bytes, start, length, at) - 48; c >= 0 && c <= 9; c = codeAt(bytes, start, length, ++at) - 48) {
        if (at - first < 3) fraction = fraction * 10 + c;
      }
      if (at === first) return FORMAT;
      for (let i = at - first; i < 3; i++) fraction *= 10;
    }
  }
  let offsetMinutes = 0;
  const zone = codeAt(bytes, start, length, at);
  if (zone === 90 && at + 1 === length) {
    // Z
  } else if ((zone === 43 || zone === 45) && (length === at + 6 || length === at + 5)) {
    const colon = length === at + 6;
    if (colon && codeAt(bytes, start, length, at + 3) !== 58) return FORMAT;
    const offsetHours = digitsAt(bytes, start, length, at + 1, 2);
    const offsetMins = digitsAt(bytes, start, length, at + (colon ? 4 : 3), 2);
    if (offsetHours < 0 || offsetMins < 0) return FORMAT;
    if (offsetHours > 23 || offsetMins > 59) return IMPOSSIBLE;
    offsetMinutes = (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMins);
  } else {
    return FORMAT;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return IMPOSSIBLE;
  if (day !== cachedDayOfMonth || month !== cachedMonth || year !== cachedYear) {
    const ms = utcDayMs(year, month, day);
    if (Number.isNaN(ms)) return IMPOSSIBLE;
    cachedYear = year;
    cachedMonth = month;
    cachedDayOfMonth = day;
    cachedDayMs = ms;
  }
  return cachedDayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction - offsetMinutes * 60_000;
}
