// Quote lines read straight from their text: nearly every line of a large replay is a flat
// `{"type":"quote","ts":"…","ticker":"…","price":…}`, and JSON.parse building an object per line
// (then fastQuote reading it) was the largest single cost of a replay (about a fifth of its CPU).
// Only a line in the one layout below is taken, under quoteFromFields' rules (those of the zod
// schema); anything else (another type or key order, spaces, an escape, an unknown or repeated
// key, a value that is not a plain string or number) returns undefined and goes through
// JSON.parse and zod as before.
import { quoteFromFields, type QuoteEvent } from "../events.js";

const QUOTE = 34; // "
const BACKSLASH = 92;
const CLOSE = 125; // }

/** Powers of ten exact as doubles (10^22 is the largest). */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

// The layout JSON.stringify and the bench's generator write, key by key in this order; a line
// laid out otherwise (spaces, another key order, more keys) is read by JSON.parse instead.
const HEAD = '{"type":"quote","ts":"';
const TICKER = ',"ticker":"';
const PRICE = ',"price":';
const PREV_CLOSE = ',"prevClose":';
const SESSION = ',"session":"';

/** Where the last number read ends. */
let numberEnd = 0;

/** The quote on `line`, or undefined when the line is anything but a plain, valid quote line. */
export function quoteFromLine(line: string): QuoteEvent | undefined {
  if (!line.startsWith(HEAD)) return undefined;
  const tsEnd = stringEnd(line, HEAD.length);
  if (tsEnd === -1 || !line.startsWith(TICKER, tsEnd + 1)) return undefined;
  const tickerStart = tsEnd + 1 + TICKER.length;
  const tickerEnd = stringEnd(line, tickerStart);
  if (tickerEnd === -1 || !line.startsWith(PRICE, tickerEnd + 1)) return undefined;
  const price = readNumber(line, tickerEnd + 1 + PRICE.length);
  if (price === undefined) return undefined;
  let at = numberEnd;
  let prevClose: number | undefined;
  if (line.startsWith(PREV_CLOSE, at)) {
    prevClose = readNumber(line, at + PREV_CLOSE.length);
    if (prevClose === undefined) return undefined;
    at = numberEnd;
  }
  let session: string | undefined;
  if (line.startsWith(SESSION, at)) {
    const sessionEnd = stringEnd(line, at + SESSION.length);
    if (sessionEnd === -1) return undefined;
    session = line.slice(at + SESSION.length, sessionEnd);
    at = sessionEnd + 1;
  }
  if (at !== line.length - 1 || line.charCodeAt(at) !== CLOSE) return undefined;
  return quoteFromFields(line.slice(HEAD.length, tsEnd), line.slice(tickerStart, tickerEnd), price, prevClose, session);
}

/** The index of the closing quote of a string starting at `at`, or -1 if it has an escape or a control character. */
function stringEnd(line: string, at: number): number {
  for (let i = at; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === QUOTE) return i;
    if (c === BACKSLASH || c < 32) return -1;
  }
  return -1;
}

/** A non-negative JSON number at `at` (its end in `numberEnd`), else undefined. */
function readNumber(line: string, at: number): number | undefined {
  const first = line.charCodeAt(at);
  // JSON's number grammar without the sign: 0 | [1-9][0-9]*, then .[0-9]+, then [eE][+-]?[0-9]+.
  if (first < 48 || first > 57) return undefined;
  let i = at + 1;
  let mantissa = first - 48;
  let digits = 1;
  if (first !== 48) {
    for (let c = line.charCodeAt(i) - 48; c >= 0 && c <= 9; c = line.charCodeAt(++i) - 48, digits++) mantissa = mantissa * 10 + c;
  }
  let fraction = 0;
  if (line.charCodeAt(i) === 46) {
    const start = ++i;
    for (let c = line.charCodeAt(i) - 48; c >= 0 && c <= 9; c = line.charCodeAt(++i) - 48) mantissa = mantissa * 10 + c;
    fraction = i - start;
    if (fraction === 0) return undefined;
    digits += fraction;
  }
  let exponent = false;
  const e = line.charCodeAt(i);
  if (e === 101 || e === 69) {
    exponent = true;
    i++;
    if (line.charCodeAt(i) === 43 || line.charCodeAt(i) === 45) i++;
    const start = i;
    for (let c = line.charCodeAt(i) - 48; c >= 0 && c <= 9; c = line.charCodeAt(++i) - 48);
    if (i === start) return undefined;
  }
  numberEnd = i;
  // Up to 15 digits the mantissa is an exact integer and one division by an exact power of ten
  // rounds correctly, as JSON.parse does; anything longer is converted by Number, which agrees.
  if (!exponent && digits <= 15) return mantissa / (EXACT_POWERS[fraction] as number);
  return Number(line.slice(at, i));
}
