// A ticker's stored quote history over whole US/Eastern days, as points: the days the store has,
// with the ones still in the engine's memory (today's, and finished days not yet written) over them.
import type { MarketView } from "../../alerts/market-state.js";
import { dayPoints, decodeDay, type PricePoint } from "../../alerts/quote-history.js";
import type { QuoteHistoryStore } from "../../alerts/store-roles.js";
import { easternMinuteOfDay } from "../../market/sessions.js";
import { previousNyseTradingDay } from "../../market/nyse.js";

export type HistoryReader = Pick<QuoteHistoryStore, "quoteDays">;

/** Points of `ticker` on Eastern days `fromDay`..`toDay` (inclusive), oldest first. */
export async function priceHistory(store: HistoryReader, market: Pick<MarketView, "unsavedHistory">, ticker: string, fromDay: string, toDay: string): Promise<PricePoint[]> {
  const days = new Map<string, Float64Array>();
  for (const row of await store.quoteDays(ticker, fromDay, toDay)) days.set(row.day, decodeDay(row.prices));
  for (const held of market.unsavedHistory(ticker)) {
    if (held.day < fromDay || held.day > toDay) continue;
    const prices = typeof held.prices === "string" ? decodeDay(held.prices) : held.prices;
    const stored = days.get(held.day);
    // What memory holds is newer than what was written; buckets it lacks come from the store.
    const merged = stored ? stored.map((p, i) => (Number.isNaN(prices[i] as number) ? p : (prices[i] as number))) : prices;
    days.set(held.day, Float64Array.from(merged));
  }
  return [...days.keys()].sort().flatMap((day) => dayPoints(day, days.get(day) as Float64Array));
}

/** `day` and the `n` NYSE trading days before it: the first of them. */
export function tradingDaysBack(day: string, n: number): string {
  let first = day;
  for (let i = 0; i < n; i++) first = previousNyseTradingDay(first);
  return first;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An x-axis label: `10:35` within one day, `Jan 28` across days (Eastern). */
export function pointLabel(ts: number, day: string, oneDay: boolean): string {
  if (!oneDay) return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;
  const minute = easternMinuteOfDay(ts);
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}
