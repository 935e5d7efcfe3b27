// Quote lines read straight from the file's bytes: nearly every line of a large replay is a flat
// `{"type":"quote","ts":"…","ticker":"…","price":…}`. Decoding each line into a string and then
// JSON.parse (or a scan of that string) was most of a replay's CPU; here no string is made for a
// quote line: the time is read from the bytes, and the ticker is one string per symbol for the run.
// Only a line in the one layout below is taken, under quoteAt's rules (those of the zod
// schema); anything else (another type or key order, spaces, an escape, an unknown or repeated
// key, a value that is not a plain string or number) returns undefined, and the line is decoded
// and goes through JSON.parse and zod as before.
import { quoteAt, type QuoteEvent } from "../events.js";
import { timestampMsOfBytes } from "../timestamps.js";
import { ShortStrings } from "./short-strings.js";

const QUOTE = 34; // "
const BACKSLASH = 92;
const CLOSE = 125; // }

/** Powers of ten exact as doubles (10^22 is the largest). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

// The layout JSON.stringify and the bench's generator write, key by key in this order; a line
// laid out otherwise (spaces, another key order, more keys) is read by JSON.parse instead.
const HEAD = Buffer.from('{"type":"quote","ts":"');
const TICKER = Buffer.from(',"ticker":"');
const PRICE = Buffer.from(',"price":');
const PREV_CLOSE = Buffer.from(',"prevClose":');
const SESSION = Buffer.from(',"session":"');

/** Tickers and session names: a replay names a few thousand symbols a million times. */
const names = new ShortStrings();

/** Where the last number read ends. */
let numberEnd = 0;

/** The quote in `bytes[start, end)` (a line without its line end), or undefined when it is anything but a plain, valid quote line. */
export function quoteFromBytes(bytes: Buffer, start: number, end: number): QuoteEvent | undefined {
  if (!hasAt(bytes, start, HEAD)) return undefined;
  const tsStart = start + HEAD.length;
  const tsEnd = stringEnd(bytes, tsStart, end);
  if (tsEnd === -1 || !hasAt(bytes, tsEnd + 1, TICKER)) return undefined;
  const tickerStart = tsEnd + 1 + TICKER.length;
  const tickerEnd = stringEnd(bytes, tickerStart, end);
  if (tickerEnd === -1 || !hasAt(bytes, tickerEnd + 1, PRICE)) return undefined;
  const price = readNumber(bytes, tickerEnd + 1 + PRICE.length, end);
  if (price === undefined) return undefined;
  let at = numberEnd;
  let prevClose: number | undefined;
  if (hasAt(bytes, at, PREV_CLOSE)) {
    prevClose = readNumber(bytes, at + PREV_CLOSE.length, end);
    if (prevClose === undefined) return undefined;
    at = numberEnd;
  }
  let session: string | undefined;
  if (hasAt(bytes, at, SESSION)) {
    const sessionEnd = stringEnd(bytes, at + SESSION.length, end);
    if (sessionEnd === -1) return undefined;
    session = names.of(bytes, at + SESSION.length, sessionEnd);
    at = sessionEnd + 1;
  }
  if (at !== end - 1 || bytes[at] !== CLOSE) return undefined;
  // Bytes over 127 come out as Latin-1 characters: no timestamp, ticker or session has one, so
  // such a line fails the rules below and is decoded properly on the slow path.
  return quoteAt(timestampMsOfBytes(bytes, tsStart, tsEnd), names.of(bytes, tickerStart, tickerEnd), price, prevClose, session);
}

/** Whether `bytes` holds `pattern` at `at`. */
function hasAt(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

/** The index of the closing quote of a string starting at `at`, or -1 if it has an escape or a control character or runs past `end`. */
function stringEnd(bytes: Uint8Array, at: number, end: number): number {
  for (let i = at; i < end; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) return i;
    if (c === BACKSLASH || c < 32) return -1;
  }
  return -1;
}


/** A non-negative JSON number at `at` (its end in `numberEnd`), else undefined. */
function readNumber(bytes: Buffer, at: number, end: number): number | undefined {
  const digit = (i: number) => (i < end ? (bytes[i] as number) - 48 : -1);
  const first = digit(at);
  // JSON's number grammar without the sign: 0 | [1-9][0-9]*, then .[0-9]+, then [eE][+-]?[0-9]+.
  if (first < 0 || first > 9) return undefined;
  let i = at + 1;
  let mantissa = first;
  let digits = 1;
  if (first !== 0) {
    for (let c = digit(i); c >= 0 && c <= 9; c = digit(++i), digits++) mantissa = mantissa * 10 + c;
  }
  let fraction = 0;
  if (i < end && bytes[i] === 46) {
    const start = ++i;
    for (let c = digit(i); c >= 0 && c <= 9; c = digit(++i)) mantissa = mantissa * 10 + c;
    fraction = i - start;
    if (fraction === 0) return undefined;
    digits += fraction;
  }
  let exponent = false;
  const e = i < end ? bytes[i] : 0;
  if (e === 101 || e === 69) {
    exponent = true;
    i++;
    if (i < end && (bytes[i] === 43 || bytes[i] === 45)) i++;
    const start = i;
    for (let c = digit(i); c >= 0 && c <= 9; c = digit(++i));
    if (i === start) return undefined;
  }
  numberEnd = i;
  // Up to 15 digits the mantissa is an exact integer and one division by an exact power of ten
  // rounds correctly, as JSON.parse does; anything longer is converted by Number, which agrees.
  if (!exponent && digits <= 15) return mantissa / (EXACT_POWERS[fraction] as number);
  return Number(bytes.toString("latin1", at, i));
}
