// The quote history charts are drawn from: per ticker and US/Eastern day, the last price of each
// five-minute bucket (288 a day), kept as one row per ticker and day so that a replay of a million
// quotes writes thousands of rows, not hundreds of thousands. The current day of each ticker is
// held in memory (updated in place on the quote path) and written when the day is over, in
// batches, and at each checkpoint; charts read the store and what is still in memory.
import { easternWallTimeToUtc } from "../market/eastern-time.js";

export const BUCKET_MS = 300_000;
export const BUCKETS_PER_DAY = 288;
/** Finished days written in one batch once this many are waiting. */
export const HISTORY_BATCH = 512;

/** One ticker's day as the store keeps it: `prices` is the encoding below. */
export interface QuoteDayRecord {
  ticker: string;
  /** US/Eastern YYYY-MM-DD. */
  day: string;
  prices: string;
}

/** One ticker's day in memory: bucket `i` starts at `start + i × 5 min`; NaN where no quote came. */
export interface HistoryDay {
  day: string;
  start: number;
  prices: Float64Array;
  /** Changed since it was last written. */
  dirty: boolean;
  /** The first bucket changed since the last write: a write sends this bucket on, not the whole day. */
  fromBucket: number;
}

export interface PricePoint {
  /** The bucket's start, epoch ms. */
  ts: number;
  price: number;
}

export function newHistoryDay(day: string): HistoryDay {
  return { day, start: dayStart(day), prices: new Float64Array(BUCKETS_PER_DAY).fill(Number.NaN), dirty: false, fromBucket: BUCKETS_PER_DAY };
}

// Every ticker's day turns within minutes of the others: one remembered day spares the calendar
// arithmetic of all but the first.
let startDay = "";
let startMs = 0;

/** Epoch ms of Eastern midnight starting `day`. */
function dayStart(day: string): number {
  if (day !== startDay) {
    startMs = easternWallTimeToUtc(day, 0, 0);
    startDay = day;
  }
  return startMs;
}

/**
 * Turns `held` into an empty `day` in place, its buckets reused: a replay turns thousands of
 * ticker-days and each new array was 2.3 KB of garbage. Readers copy what they take (priceHistory).
 */
function restartDay(held: HistoryDay, day: string): void {
  held.day = day;
  held.start = dayStart(day);
  held.prices.fill(Number.NaN);
  held.dirty = false;
  held.fromBucket = BUCKETS_PER_DAY;
}

/** `i:price` pairs, `;`-separated, for the buckets from `from` on that have a price. */
export function encodeDay(prices: Float64Array, from = 0): string {
  // Concatenated, not pushed and joined: no array per day; numbers print as in a template.
  let text = "";
  for (let i = from; i < prices.length; i++) {
    const p = prices[i] as number;
    if (!Number.isNaN(p)) text = text === "" ? `${i}:${p}` : `${text};${i}:${p}`;
  }
  return text;
}

/** The stored encoding back into bucket prices, a later pair for a bucket winning; malformed pairs are skipped. */
export function decodeDay(text: string): Float64Array {
  const prices = new Float64Array(BUCKETS_PER_DAY).fill(Number.NaN);
  for (const part of text.split(";")) {
    const at = part.indexOf(":");
    const i = Number(part.slice(0, at));
    const p = Number(part.slice(at + 1));
    if (at > 0 && Number.isInteger(i) && i >= 0 && i < BUCKETS_PER_DAY && Number.isFinite(p) && p > 0) prices[i] = p;
  }
  return prices;
}

/** A day's buckets as points, oldest first. */
export function dayPoints(day: string, prices: Float64Array): PricePoint[] {
  const start = easternWallTimeToUtc(day, 0, 0);
  const out: PricePoint[] = [];
  for (let i = 0; i < prices.length; i++) {
    const p = prices[i] as number;
    if (!Number.isNaN(p)) out.push({ ts: start + i * BUCKET_MS, price: p });
  }
  return out;
}

/** The buckets changed since the day was last written, encoded; the day counts as written after. */
export function takeChanged(day: HistoryDay): string {
  const text = encodeDay(day.prices, day.fromBucket);
  day.dirty = false;
  day.fromBucket = BUCKETS_PER_DAY;
  return text;
}

/** Holds each ticker's days until they are written; the quote path calls `record` once per quote. */
export class QuoteHistory {
  private finished: QuoteDayRecord[] = [];

  /** Records `price` at `ts` (on Eastern `day`) into the ticker's day, starting a new day when it turns. */
  record(holder: { historyDay?: HistoryDay }, ticker: string, ts: number, price: number, day: string): void {
    let current = holder.historyDay;
    if (current === undefined || current.day !== day) {
      if (current !== undefined && day < current.day) return; // a late quote of an earlier day: not charted
      if (current === undefined) current = holder.historyDay = newHistoryDay(day);
      else {
        if (current.dirty) this.finished.push({ ticker, day: current.day, prices: takeChanged(current) });
        restartDay(current, day);
      }
    }
    const i = Math.floor((ts - current.start) / BUCKET_MS);
    if (i >= 0 && i < BUCKETS_PER_DAY) {
      current.prices[i] = price;
      current.dirty = true;
      if (i < current.fromBucket) current.fromBucket = i;
    }
  }

  /** Whether enough finished days wait to be worth a write. */
  get due(): boolean {
    return this.finished.length >= HISTORY_BATCH;
  }

  /** The finished days waiting, handed over (the caller writes them). */
  takeFinished(): QuoteDayRecord[] {
    const out = this.finished;
    this.finished = [];
    return out;
  }

  /** Finished days of `ticker` not yet written, for a chart drawn before they are. */
  waiting(ticker: string): QuoteDayRecord[] {
    return this.finished.filter((d) => d.ticker === ticker);
  }
}
