// Yahoo Finance through yahoo-finance2 3.x (the no-key fallback for quotes): unofficial, so every
// call goes through the same policy as the keyed providers and is checked with zod.
import YahooFinance from "yahoo-finance2";
import { z } from "zod";
import type { HttpPolicy } from "../http/http-policy.js";
import { isProviderError, ProviderError } from "../http/provider-error.js";
import type { ProviderQuote, QuoteProvider } from "../quote-types.js";
import { yahooFetch } from "./yahoo-fetch.js";

const epoch = z.union([z.number(), z.date(), z.string()]).transform((v) => (v instanceof Date ? v.getTime() : typeof v === "number" ? v * 1000 : Date.parse(v)));

/** The fields capwatch reads of a v7 quote row (recorded 2025-02-17 sample). */
export const yahooQuoteSchema = z.object({
  symbol: z.string(),
  regularMarketPrice: z.number().optional(),
  regularMarketPreviousClose: z.number().optional(),
  regularMarketTime: epoch.optional(),
  marketCap: z.number().optional(),
  sharesOutstanding: z.number().optional(),
  currency: z.string().optional(),
});

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, dir: () => undefined };

/** Yahoo spells share classes with a dash (BRK-B). */
export function yahooSymbol(ticker: string): string {
  return ticker.replace(".", "-");
}

export class YahooClient implements QuoteProvider {
  readonly name = "yahoo";
  private readonly yf: InstanceType<typeof YahooFinance>;

  constructor(
    private readonly http: HttpPolicy,
    baseUrl: string | undefined,
    now: () => number,
  ) {
    this.yf = new YahooFinance({ suppressNotices: ["yahooSurvey"], versionCheck: false, logger: quiet, fetch: yahooFetch(baseUrl, now) });
  }

  /** One batched request for all tickers (Yahoo takes many symbols per call). */
  async quotes(tickers: string[]): Promise<Array<{ ticker: string; quote?: ProviderQuote; error?: unknown }>> {
    const symbols = tickers.map(yahooSymbol);
    const rows = await this.http.execute(`yahoo quote ${symbols.join(",")}`, async (signal) => {
      try {
        return (await this.yf.quote(symbols, { return: "array" }, { validateResult: false, fetchOptions: { signal } })) as unknown;
      } catch (error) {
        throw isProviderError(error) ? error : yahooError(error);
      }
    });
    const parsed = z.array(yahooQuoteSchema).safeParse(rows);
    if (!parsed.success) throw new ProviderError({ provider: "yahoo", code: "schema", message: `unexpected quote shape: ${parsed.error.issues[0]?.message ?? "invalid"}`, advice: "yahoo-finance2 or Yahoo changed; report it" });
    const bySymbol = new Map(parsed.data.map((row) => [row.symbol.toUpperCase(), row]));
    return tickers.map((ticker) => {
      const row = bySymbol.get(yahooSymbol(ticker).toUpperCase());
      if (row === undefined || !(row.regularMarketPrice !== undefined && row.regularMarketPrice > 0)) {
        return { ticker, error: new ProviderError({ provider: "yahoo", code: "data_error", message: `no price for ${ticker}`, advice: "check the ticker" }) };
      }
      const quote: ProviderQuote = {
        ticker,
        price: row.regularMarketPrice,
        prevClose: row.regularMarketPreviousClose,
        ts: row.regularMarketTime ?? Date.now(),
        providerMarketCap: row.marketCap,
        providerShares: row.sharesOutstanding,
      };
      return { ticker, quote };
    });
  }
}

/** yahoo-finance2's own errors (crumb failures, JSON errors) as ProviderErrors. */
function yahooError(error: unknown): ProviderError {
  const message = error instanceof Error ? error.message : String(error);
  if (/crumb|unauthorized|unable to access/i.test(message)) {
    return new ProviderError({ provider: "yahoo", code: "unauthorized", message: `cookie/crumb refused: ${message.slice(0, 160)}`, advice: "Yahoo blocks some networks (cloud, VPN); set FINNHUB_API_KEY for a keyed provider", retryable: false });
  }
  if (/too many requests|429/i.test(message)) return new ProviderError({ provider: "yahoo", code: "rate_limited", message: "too many requests", retryable: true });
  if (error instanceof TypeError || /fetch failed|ECONN|ENOTFOUND/i.test(message)) {
    return new ProviderError({ provider: "yahoo", code: "network", message: `network error: ${message.slice(0, 160)}`, retryable: true });
  }
  return new ProviderError({ provider: "yahoo", code: "bad_body", message: message.slice(0, 200) });
}
