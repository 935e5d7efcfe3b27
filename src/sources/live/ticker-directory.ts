// Which tickers the live providers know, for `watch add`: SEC EDGAR's company list (every US
// filer, fetched at most once a day) first, else a quote from the quote provider (listings SEC
// does not carry). A provider that fails answers "could not check" (undefined), never "unknown":
// an outage must not refuse a good ticker.
import { ProviderError } from "./http/provider-error.js";
import type { QuoteProvider } from "./quote-types.js";
import type { SecClient } from "./sec/sec-client.js";

export class LiveTickerDirectory {
  readonly name: string;

  constructor(
    private readonly sec: Pick<SecClient, "lookup" | "listedTickers">,
    private readonly quotes: QuoteProvider,
  ) {
    this.name = `SEC EDGAR's company list or ${quotes.name}'s quotes`;
  }

  async has(ticker: string): Promise<boolean | undefined> {
    let secAnswered = true;
    try {
      if ((await this.sec.lookup(ticker)) !== undefined) return true;
    } catch {
      secAnswered = false;
    }
    try {
      const [answer] = await this.quotes.quotes([ticker]);
      if (answer?.quote !== undefined) return true;
      // "No price for ZZZZ" is an answer; a network failure or a rate limit is not.
      const definite = answer?.error instanceof ProviderError && (answer.error.code === "data_error" || answer.error.code === "not_found");
      return definite && secAnswered ? false : undefined;
    } catch {
      return undefined;
    }
  }

  async tickers(): Promise<readonly string[]> {
    try {
      return await this.sec.listedTickers();
    } catch {
      return [];
    }
  }
}
