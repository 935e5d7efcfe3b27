// Builds every live client from the configuration: one policy per provider, shared by its clients.
import type { LiveConfig } from "../../config/live.js";
import { FinnhubClient } from "./finnhub/finnhub-client.js";
import { realPolicyEnv, type PolicyEnv, type ProviderObserver } from "./http/http-policy.js";
import { createProviderPolicies, FINNHUB_CALLS_PER_MINUTE, type PolicyTuning, type ProviderPolicies } from "./http/provider-policies.js";
import { NasdaqClient } from "./nasdaq/nasdaq-client.js";
import { FeedClient } from "./news/feed-client.js";
import { FinnhubNewsClient } from "./news/finnhub-news.js";
import type { NewsProvider } from "./news/news-types.js";
import { YahooRssClient } from "./news/yahoo-rss-client.js";
import type { QuoteProvider } from "./quote-types.js";
import { SecClient } from "./sec/sec-client.js";
import { SecSource } from "./sec/sec-source.js";
import { LiveTickerDirectory } from "./ticker-directory.js";
import { YahooClient } from "./yahoo/yahoo-client.js";

export interface LiveSources {
  policies: ProviderPolicies;
  sec: SecSource;
  quotes: QuoteProvider;
  /** Calls a minute of the quote provider when it is one ticker per call; undefined when batched. */
  quoteCallsPerMinute?: number;
  finnhub?: FinnhubClient;
  nasdaq: NasdaqClient;
  /** Company news: Finnhub with a key, else Yahoo's headline RSS. */
  news: NewsProvider;
  /** The feeds admins add per ticker. */
  feeds: FeedClient;
  /** Which tickers the providers know (`watch add`). */
  tickers: LiveTickerDirectory;
  close(): Promise<void>;
}

export interface LiveSourceOptions {
  config: LiveConfig;
  log: (line: string) => void;
  now?: () => number;
  /** Tests inject sleep and randomness here. */
  env?: PolicyEnv;
  tuning?: PolicyTuning;
  /** The /metrics counters of each provider's requests. */
  observer?: ProviderObserver;
}

/** Finnhub calls a minute left for quotes after the calendar and daily profile checks. */
const FINNHUB_QUOTE_SHARE = 0.9;

export function createLiveSources(options: LiveSourceOptions): LiveSources {
  const now = options.now ?? (() => Date.now());
  const env = options.env ?? { ...realPolicyEnv(options.log), now, ...(options.observer ? { observer: options.observer } : {}) };
  const policies = createProviderPolicies(options.config, env, options.tuning);
  const secClient = new SecClient(policies.sec, { www: options.config.secBaseUrl, data: options.config.secDataUrl }, now);
  const finnhub = policies.finnhub ? new FinnhubClient(policies.finnhub) : undefined;
  const quotes: QuoteProvider = finnhub ?? new YahooClient(policies.yahoo, options.config.yahooBaseUrl, now);
  return {
    policies,
    sec: new SecSource(secClient, now, options.log),
    quotes,
    quoteCallsPerMinute: finnhub ? Math.floor(FINNHUB_CALLS_PER_MINUTE * FINNHUB_QUOTE_SHARE) : undefined,
    finnhub,
    nasdaq: new NasdaqClient(policies.nasdaq),
    feeds: new FeedClient(policies.feeds),
    tickers: new LiveTickerDirectory(secClient, quotes),
    news: policies.finnhub ? new FinnhubNewsClient(policies.finnhub) : new YahooRssClient(policies.yahooRss, options.config.yahooRssUrl),
    close: async () => {
      await Promise.all(policies.all().map((p) => p.close()));
    },
  };
}
