// News without a key: Yahoo Finance's per-ticker headline RSS (unofficial, unmetered; polled
// politely through the same policy as every provider). YAHOO_RSS_URL overrides the endpoint.
import type { HttpPolicy } from "../http/http-policy.js";
import { yahooSymbol } from "../yahoo/yahoo-client.js";
import type { NewsFetch, NewsProvider } from "./news-types.js";
import { readRssFeed } from "./rss-feed.js";

export class YahooRssClient implements NewsProvider {
  readonly name = "yahoo-rss";

  constructor(
    private readonly http: HttpPolicy,
    private readonly baseUrl: string,
  ) {}

  /** The feed has no date range: it holds the latest headlines, and the caller keeps those in range. */
  async news(ticker: string): Promise<NewsFetch> {
    const params = { s: yahooSymbol(ticker), region: "US", lang: "en-US" };
    const body = await this.http.getText("", { params });
    return readRssFeed(this.name, `${this.baseUrl}?${new URLSearchParams(params).toString()}`, body, ticker);
  }
}
