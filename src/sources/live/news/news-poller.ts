// One news pass for some tickers: each provider answer is filtered to the look-back window,
// deduplicated (one story, one document) and turned into `document` events of kind "news"
// (title = headline, text = headline + ". " + summary, url, ts = published time). Nothing here
// throws: a failed ticker is returned for the status line, a skipped item goes to the log.
import type { DocumentEvent } from "../../events.js";
import { htmlToText } from "../../guidance/html-to-text.js";
import { describeFailure } from "../http/provider-error.js";
import { NewsDeduper } from "./news-dedupe.js";
import type { FeedClient, FeedSubscription } from "./feed-client.js";
import type { NewsFetch, NewsItem, NewsProvider } from "./news-types.js";

/** The first poll of a ticker reads this far back; later polls read from the previous poll, less an overlap. */
export const NEWS_FIRST_LOOKBACK_MS = 3 * 86_400_000;
/** Providers index items late: each poll reaches back this much before the previous one. */
export const NEWS_OVERLAP_MS = 86_400_000;
/** An item stamped further in the future than this is a bad date, not news. */
const FUTURE_SLACK_MS = 10 * 60_000;

export interface NewsPass {
  /** Items the provider returned, before the window and dedupe. */
  items: number;
  /** The new stories, oldest first. */
  documents: DocumentEvent[];
  /** The items the documents were made from, in the same order. */
  admitted: NewsItem[];
  /** `TICKER: why` (`TICKER URL: why` for an added feed), one per ticker or feed that failed. */
  failed: string[];
}

/** An item as the document the source edge reads. */
export function newsDocument(item: NewsItem): DocumentEvent {
  const summary = item.summary.includes("<") ? htmlToText(item.summary).replace(/\s+/g, " ").trim() : item.summary;
  const headline = item.headline.replace(/\s+/g, " ").trim();
  const text = summary === "" ? headline : `${headline}. ${summary}`;
  return {
    type: "document",
    kind: "news",
    ts: item.publishedMs,
    ticker: item.ticker,
    title: headline,
    text,
    ...(item.url ? { url: item.url } : {}),
    ...(item.publisher ? { publisher: item.publisher } : {}),
  };
}

export class NewsPoller {
  private readonly lastPolled = new Map<string, number>();
  private readonly lastAttempted = new Map<string, number>();
  private readonly dedupe: NewsDeduper;

  constructor(
    private readonly provider: NewsProvider,
    private readonly deps: { now: () => number; log: (line: string) => void; dedupe?: NewsDeduper },
  ) {
    this.dedupe = deps.dedupe ?? new NewsDeduper();
  }

  get name(): string {
    return this.provider.name;
  }

  /** Items whose documents could not be applied: the next poll reads them again. */
  forget(items: NewsItem[]): void {
    for (const item of items) this.dedupe.forget(item);
  }

  /** When a ticker was last polled, successfully or not (what the schedule counts from). */
  lastAttemptAt(ticker: string): number | undefined {
    return this.lastAttempted.get(ticker);
  }

  async poll(tickers: string[]): Promise<NewsPass> {
    const pass: NewsPass = { items: 0, documents: [], admitted: [], failed: [] };
    for (const ticker of tickers) {
      await this.pollOne(pass, ticker, ticker, ticker, (from, now) => this.provider.news(ticker, from, now));
    }
    return pass;
  }

  /** The feeds admins added, each read like the provider's news and deduplicated with it. */
  async pollFeeds(feeds: FeedSubscription[], reader: FeedClient): Promise<NewsPass> {
    const pass: NewsPass = { items: 0, documents: [], admitted: [], failed: [] };
    for (const feed of feeds) {
      await this.pollOne(pass, `${feed.ticker} ${feed.url}`, `feed ${feed.ticker}|${feed.url}`, feed.ticker, () => reader.read(feed));
    }
    return pass;
  }

  private async pollOne(pass: NewsPass, label: string, key: string, ticker: string, fetch: (fromMs: number, nowMs: number) => Promise<NewsFetch>): Promise<void> {
    const now = this.deps.now();
    const last = this.lastPolled.get(key);
    if (key === ticker) this.lastAttempted.set(ticker, now);
    const from = last === undefined ? now - NEWS_FIRST_LOOKBACK_MS : Math.max(now - NEWS_FIRST_LOOKBACK_MS, last - NEWS_OVERLAP_MS);
    try {
      const fetched = await fetch(from, now);
      for (const line of fetched.skipped) this.deps.log(line);
      pass.items += fetched.items.length;
      const fresh = fetched.items
        .filter((item) => item.ticker === ticker && item.publishedMs >= from && item.publishedMs <= now + FUTURE_SLACK_MS)
        .sort((a, b) => a.publishedMs - b.publishedMs);
      for (const item of fresh) {
        if (!this.dedupe.admit(item)) continue;
        pass.documents.push(newsDocument(item));
        pass.admitted.push(item);
      }
      this.lastPolled.set(key, now);
    } catch (error) {
      pass.failed.push(`${label}: ${describeFailure(error)}`);
    }
  }
}
