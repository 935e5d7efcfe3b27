// The daily recap's figures: each watched ticker's close against the close before (market value
// where the share count is known, percent otherwise), largest first. Pure.
import type { Close } from "../ticker-market.js";
import { roundPct, type RecapMove } from "../types.js";

/** The ticker's close on `day` against its previous close, or null when it did not trade that day. */
export function recapMove(ticker: string, closes: { lastRegular?: Close; prevDayRegular?: Close } | undefined, shares: number | undefined, day: string): RecapMove | null {
  const close = closes?.lastRegular;
  const previous = closes?.prevDayRegular;
  if (close === undefined || previous === undefined || close.day !== day || !(previous.price > 0)) return null;
  const change = close.price - previous.price;
  return {
    ticker,
    close: close.price,
    previousClose: previous.price,
    changePct: roundPct((change / previous.price) * 100),
    marketCapChange: shares === undefined ? null : change * shares,
    marketCap: shares === undefined ? null : close.price * shares,
  };
}

/**
 * Largest first: by market value moved, so Microsoft's −$357.8B leads; tickers without a share
 * count follow, by the size of their percentage move; equal sizes by ticker.
 */
export function sortRecapMoves(moves: RecapMove[]): RecapMove[] {
  const size = (m: RecapMove) => (m.marketCapChange === null ? -1 : Math.abs(m.marketCapChange));
  return [...moves].sort((a, b) => size(b) - size(a) || Math.abs(b.changePct) - Math.abs(a.changePct) || (a.ticker < b.ticker ? -1 : 1));
}
