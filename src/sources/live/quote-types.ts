// A quote as every quote provider delivers it to capwatch, before sanity checks.

export interface ProviderQuote {
  ticker: string;
  price: number;
  /** The provider's previous regular close. */
  prevClose?: number;
  /** Epoch ms of the price. */
  ts: number;
  /** The provider's own market cap, in dollars, for the cross-check. */
  providerMarketCap?: number;
  /** The provider's own share count, the fallback when SEC has none. */
  providerShares?: number;
}

export interface QuoteProvider {
  readonly name: string;
  /** One quote per ticker it could get; failures per ticker come back as errors. */
  quotes(tickers: string[]): Promise<Array<{ ticker: string; quote?: ProviderQuote; error?: unknown }>>;
}
