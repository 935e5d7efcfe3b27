// How fresh quotes can be within a provider's call budget: a pure function of the watch list's size.

export interface QuoteCadence {
  /** Seconds between two quotes of the same ticker, at best. */
  refreshSeconds: number;
  /** No fresh quote for this long in session means the source is stale. */
  staleAfterSeconds: number;
  /** One line for the start-up log. */
  summary: string;
}

/**
 * With one symbol per call (Finnhub), `tickers` quotes take tickers / callsPerMinute minutes:
 * quotes are as fresh as that or the configured interval, whichever is longer.
 */
export function quoteCadence(provider: string, tickers: number, intervalSeconds: number, callsPerMinute: number | undefined): QuoteCadence {
  const perCycle = callsPerMinute === undefined ? 0 : Math.ceil((tickers * 60) / callsPerMinute);
  const refreshSeconds = Math.max(intervalSeconds, perCycle);
  const budget = callsPerMinute === undefined ? "one batched call per poll" : `${callsPerMinute} calls/min, one ticker per call`;
  const limited = refreshSeconds > intervalSeconds ? ` (the budget, not CAPWATCH_QUOTE_INTERVAL=${intervalSeconds}, sets this)` : "";
  return {
    refreshSeconds,
    staleAfterSeconds: refreshSeconds * 3,
    summary: `${provider}: ${tickers} tickers, ${budget}: each quote at most ${refreshSeconds} s old in session${limited}; stale after ${refreshSeconds * 3} s`,
  };
}
