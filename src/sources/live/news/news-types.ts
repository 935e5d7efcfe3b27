// One news item as every news provider gives it to capwatch, before it becomes a `document`.

export interface NewsItem {
  ticker: string;
  /** The provider's own identity of the item: an RSS guid, a Finnhub id; undefined when it has none. */
  id?: string;
  headline: string;
  summary: string;
  url?: string;
  /** Epoch milliseconds. */
  publishedMs: number;
  /** The outlet, where the provider names it (Finnhub's `source`). */
  publisher?: string;
}

export interface NewsFetch {
  items: NewsItem[];
  /** One line per item left out (no date, no headline), for the log. */
  skipped: string[];
}

export interface NewsProvider {
  /** The name status lines and logs use: `yahoo-rss`, `finnhub-news`. */
  readonly name: string;
  /** The ticker's items published from `fromMs` to `toMs` (a provider may return more; the caller filters). */
  news(ticker: string, fromMs: number, toMs: number): Promise<NewsFetch>;
}
