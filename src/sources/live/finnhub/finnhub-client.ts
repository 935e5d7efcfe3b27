// Finnhub (keyed, 60 calls a minute on the free tier, one symbol per quote call).
import type { HttpPolicy } from "../http/http-policy.js";
import { ProviderError } from "../http/provider-error.js";
import type { ProviderQuote, QuoteProvider } from "../quote-types.js";
import { finnhubCalendarSchema, finnhubProfileSchema, finnhubQuoteSchema, type FinnhubCalendarRow, type FinnhubProfile } from "./finnhub-schemas.js";

/** Finnhub spells share classes with a dot (BRK.B). */
export function finnhubSymbol(ticker: string): string {
  return ticker.replace("-", ".");
}

export class FinnhubClient implements QuoteProvider {
  readonly name = "finnhub";

  constructor(private readonly http: HttpPolicy) {}

  async quote(ticker: string): Promise<ProviderQuote> {
    const q = await this.http.getJson("/quote", finnhubQuoteSchema, { params: { symbol: finnhubSymbol(ticker) } });
    if (q.c === 0 && q.t === 0) {
      throw new ProviderError({ provider: "finnhub", code: "data_error", message: `all-zero quote for ${ticker}: Finnhub does not know the symbol`, advice: "check the ticker" });
    }
    if (!(q.c > 0)) throw new ProviderError({ provider: "finnhub", code: "data_error", message: `no price for ${ticker} (c=${q.c})` });
    return { ticker, price: q.c, prevClose: q.pc > 0 ? q.pc : undefined, ts: q.t * 1000 };
  }

  async quotes(tickers: string[]): Promise<Array<{ ticker: string; quote?: ProviderQuote; error?: unknown }>> {
    const out: Array<{ ticker: string; quote?: ProviderQuote; error?: unknown }> = [];
    for (const ticker of tickers) {
      try {
        out.push({ ticker, quote: await this.quote(ticker) });
      } catch (error) {
        out.push({ ticker, error });
      }
    }
    return out;
  }

  profile(ticker: string): Promise<FinnhubProfile> {
    return this.http.getJson("/stock/profile2", finnhubProfileSchema, { params: { symbol: finnhubSymbol(ticker) } });
  }

  async earningsCalendar(from: string, to: string): Promise<FinnhubCalendarRow[]> {
    const body = await this.http.getJson("/calendar/earnings", finnhubCalendarSchema, { params: { from, to } });
    return body.earningsCalendar;
  }
}
