// earnings_upcoming: the morning digest of watched companies reporting today or next trading day.
import type { EarningsItem } from "../types.js";

/**
 * The digest items for `today`: every scheduled report on `today` or `nextTradingDay` whose
 * ticker the channel watches, sorted by date then ticker.
 */
export function earningsDigestItems(
  schedule: Iterable<EarningsItem>,
  today: string,
  nextTradingDay: string,
  isWatched: (ticker: string) => boolean,
): EarningsItem[] {
  const items: EarningsItem[] = [];
  for (const item of schedule) {
    if ((item.date === today || item.date === nextTradingDay) && isWatched(item.ticker)) items.push({ ticker: item.ticker, date: item.date, time: item.time });
  }
  return items.sort((a, b) => (a.date === b.date ? (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0) : a.date < b.date ? -1 : 1));
}
