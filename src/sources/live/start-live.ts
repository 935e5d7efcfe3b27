// The live schedule (node-cron, US/Eastern): quotes every CAPWATCH_QUOTE_INTERVAL in the regular
// and extended sessions of NYSE trading days (hourly otherwise, and never faster than the
// provider's budget allows), the earnings calendar twice a day, SEC submissions every 5 minutes
// on trading days, capex facts after each new 10-Q/10-K, company news every 5 minutes in and around
// sessions and every minute in the three hours after a watched ticker's scheduled earnings.
import cron, { type ScheduledTask } from "node-cron";
import type { LiveConfig } from "../../config/live.js";
import type { ProviderObserver } from "./http/http-policy.js";
import { describeFailure } from "./http/provider-error.js";
import type { LiveTickerDirectory } from "./ticker-directory.js";
import { createLiveSources } from "./live-sources.js";
import { LivePoller, type EventSink } from "./live-poller.js";
import { isTradingDayAt, sessionAt } from "../../market/sessions.js";
import { quoteCadence } from "./quote-cadence.js";
import type { FeedSubscription } from "./news/feed-client.js";
import { NEWS_SESSION_EVERY_MS, quoteCallsLeftForNews } from "./news/news-schedule.js";
import { SanityGate } from "./sanity.js";
import { StalenessTracker, describeHealth, type SourceHealth } from "./staleness.js";

const TZ = "America/New_York";
const HOUR_S = 3600;
const SEC_EVERY_S = 300;

/** What the live schedule needs of the engine, in sources' own types (app passes the engine). */
export interface LiveEngine extends EventSink {
  /** Which channels watch which tickers. */
  readonly routing: {
    channels(): string[];
    watchlistOf(channel: string): { tickers: ReadonlySet<string> | "*" } | undefined;
  };
  /** Applies what was handled and persists the engine's state (after each pass). */
  checkpoint(): Promise<void>;
}

export interface StartLiveOptions {
  config: LiveConfig;
  engine: LiveEngine;
  log: (line: string) => void;
  clock?: () => Date;
  /** The feeds admins added per ticker (the store's `feeds add` records). */
  newsFeeds?: () => Promise<FeedSubscription[]>;
  /** The /metrics counters of each provider's requests. */
  providerObserver?: ProviderObserver;
}

/** Whether a quote poll is due: every `refreshSeconds` in a session, hourly outside. */
export function quotePollDue(nowMs: number, lastMs: number | undefined, refreshSeconds: number): boolean {
  if (lastMs === undefined) return true;
  const every = sessionAt(nowMs) === "closed" ? HOUR_S : refreshSeconds;
  return nowMs - lastMs >= every * 1000 - 500;
}

/** The tickers the channels watch; a watch-everything channel means every ticker the engine knows. */
export function watchedTickers(engine: LiveEngine): string[] {
  const out = new Set<string>();
  for (const channel of engine.routing.channels()) {
    const tickers = engine.routing.watchlistOf(channel)?.tickers;
    if (tickers === undefined) continue;
    if (tickers === "*") engine.market.knownTickers().forEach((t) => out.add(t));
    else for (const t of tickers) out.add(t);
  }
  return [...out].sort();
}

export interface LiveSources {
  stop(): Promise<void>;
  /** One line per source for `watch list`: fresh, or stale since when and why. */
  dataState(): string;
  /** Each source's freshness, for the readiness check. */
  health(): SourceHealth[];
  /** Which tickers the providers know, for `watch add`. */
  tickers: LiveTickerDirectory;
}

export function startLiveSources(options: StartLiveOptions): LiveSources {
  const { config, engine, log } = options;
  const now = () => (options.clock ?? (() => new Date()))().getTime();
  const sources = createLiveSources({ config, log, now, ...(options.providerObserver ? { observer: options.providerObserver } : {}) });
  const staleness = new StalenessTracker(log, now);
  const poller = new LivePoller({ sources, engine, gate: new SanityGate(log), staleness, log, now, ...(options.newsFeeds ? { newsFeeds: options.newsFeeds } : {}) });
  // With a Finnhub key, company news comes out of the same 60 calls a minute as quotes.
  const cadenceFor = (tickers: number) => quoteCadence(sources.quotes.name, tickers, config.quoteIntervalS, quoteCallsLeftForNews(sources.quoteCallsPerMinute, tickers, sources.finnhub !== undefined));
  let cadence = cadenceFor(watchedTickers(engine).length);
  log(cadence.summary);
  if (!sources.finnhub) log("no FINNHUB_API_KEY: quotes from Yahoo (unofficial), earnings dates from Nasdaq (no results), news from Yahoo's headline RSS (unofficial)");

  const running = new Set<string>();
  let stopped = false;
  const job = (name: string, run: () => Promise<void>) => async () => {
    if (running.has(name)) return; // the previous pass is still going (a slow provider): skip this tick
    running.add(name);
    try {
      await run();
      await engine.checkpoint();
    } catch (error) {
      if (!stopped) log(`${name}: ${describeFailure(error)}`);
    } finally {
      running.delete(name);
    }
  };

  let lastQuotes: number | undefined;
  const quotes = job("quotes", async () => {
    const tickers = watchedTickers(engine);
    const next = cadenceFor(tickers.length);
    if (next.refreshSeconds !== cadence.refreshSeconds) log((cadence = next).summary);
    if (sessionAt(now()) !== "closed") staleness.check(sources.quotes.name, cadence.staleAfterSeconds * 1000);
    if (tickers.length === 0 || !quotePollDue(now(), lastQuotes, cadence.refreshSeconds)) return;
    lastQuotes = now();
    await poller.quotes(tickers);
  });
  const filings = job("sec", async () => {
    if (!isTradingDayAt(now())) return;
    staleness.check("sec", 3 * SEC_EVERY_S * 1000);
    const tickers = watchedTickers(engine);
    const { newReports, documents } = await poller.filings(tickers);
    if (newReports.length > 0) await poller.capex(newReports);
    await poller.apply(documents);
  });
  const news = job("news", async () => {
    if (running.has("startup")) return; // the start-up pass reads every ticker's news once itself
    const tickers = watchedTickers(engine);
    if (tickers.length > 0 && sessionAt(now()) !== "closed") staleness.check(sources.news.name, 3 * NEWS_SESSION_EVERY_MS);
    const due = poller.newsDue(tickers);
    if (due.length === 0) return;
    await poller.news(due);
    await poller.feeds(due);
  });
  const calendar = job("calendar", async () => {
    await poller.calendar(watchedTickers(engine));
  });
  const startup = job("startup", async () => {
    const tickers = watchedTickers(engine);
    const { documents } = await poller.filings(tickers);
    await poller.capex(tickers);
    await poller.apply(documents);
    await poller.calendar(tickers);
    await poller.news(tickers);
    await poller.feeds(tickers);
  });

  const tasks: ScheduledTask[] = [
    cron.schedule("*/5 * * * * *", quotes, { timezone: TZ, noOverlap: true, name: "capwatch-quotes" }),
    cron.schedule("0 */5 * * * *", filings, { timezone: TZ, noOverlap: true, name: "capwatch-sec" }),
    cron.schedule("0 30 7,17 * * *", calendar, { timezone: TZ, noOverlap: true, name: "capwatch-calendar" }),
    // Every minute; each ticker's own interval (5 min, 1 min after earnings, 30 min when closed) decides.
    cron.schedule("30 * * * * *", news, { timezone: TZ, noOverlap: true, name: "capwatch-news" }),
  ];
  void startup();

  return {
    dataState: () => describeHealth(staleness.all(), now()),
    health: () => staleness.all(),
    tickers: sources.tickers,
    async stop() {
      stopped = true; // a pass still in flight fails on the closed clients, quietly
      for (const task of tasks) await task.stop();
      for (const task of tasks) await task.destroy();
      await sources.close();
    },
  };
}
