// The RSS or Atom feeds admins add per ticker (`feeds add TICKER URL`): any URL, one policy
// ("feeds", one request a second across all of them), the same reader as Yahoo's headlines.
import type { HttpPolicy } from "../http/http-policy.js";
import type { NewsFetch } from "./news-types.js";
import { readRssFeed } from "./rss-feed.js";

/** A feed added for a ticker (the store's records satisfy it). */
export interface FeedSubscription {
  ticker: string;
  url: string;
}

export class FeedClient {
  readonly name = "feeds";

  constructor(private readonly http: HttpPolicy) {}

  async read(feed: FeedSubscription): Promise<NewsFetch> {
    const body = await this.http.getText(feed.url);
    return readRssFeed(this.name, feed.url, body, feed.ticker);
  }
}
