// One pass of each live source for a set of tickers: provider answers become events, pass the
// sanity gate, and go to the engine. Each pass reports a status line; nothing here throws.
import type { EngineEvent } from "../documents/guidance-event.js";
import { sourceEdge, type Extractor, type KnownCompanies } from "../documents/read-document.js";
import type { DocumentEvent, MarketEvent, QuoteEvent } from "../events.js";
import { finnhubCalendarEvents, nasdaqCalendarEvents } from "./earnings-calendar.js";
import { describeFailure } from "./http/provider-error.js";
import type { LiveSources } from "./live-sources.js";
import { quoteSession } from "../../market/sessions.js";
import type { FeedSubscription } from "./news/feed-client.js";
import { NewsPoller, type NewsPass } from "./news/news-poller.js";
import { newsTickersDue } from "./news/news-schedule.js";
import type { ProviderQuote } from "./quote-types.js";
import type { SanityGate } from "./sanity.js";
import type { StalenessTracker } from "./staleness.js";

/** What the poller reads of the market (the engine's market role); its companies name the documents' companies. */
export interface PolledMarket extends KnownCompanies {
  /** A ticker's next scheduled report, if known (news is polled every minute after it). */
  earningsScheduleOf(ticker: string): { ticker: string; date: string; time: "bmo" | "amc" | "unknown" } | undefined;
  sharesOf(ticker: string): number | undefined;
  marketOf(ticker: string): { lastTrade?: { price: number } } | undefined;
}

/** Where the poller sends its events, and the market it reads (Engine satisfies it). */
export interface EventSink {
  handle(event: EngineEvent): Promise<void> | undefined;
  readonly market: PolledMarket;
}

export interface PollStatus {
  provider: string;
  ok: boolean;
  detail: string;
}

export const MCAP_CROSS_CHECK_PCT = 5;
/** A first poll reads earnings releases accepted this recently (the latest one). */
export const FIRST_FILINGS_LOOKBACK_MS = 100 * 86_400_000;

export interface PollerDeps {
  sources: LiveSources;
  engine: EventSink;
  gate: SanityGate;
  staleness: StalenessTracker;
  log: (line: string) => void;
  now: () => number;
  onEvent?: (event: MarketEvent) => void;
  /** Reads guidance out of documents; tests inject a stand-in. */
  extract?: Extractor;
  /** The feeds admins added per ticker (`feeds add`); none when absent. */
  newsFeeds?: () => Promise<FeedSubscription[]>;
}

export class LivePoller {
  private readonly profileDay = new Map<string, number>();
  private readonly edge: (event: MarketEvent) => EngineEvent;
  private readonly newsPoller: NewsPoller;

  constructor(private readonly deps: PollerDeps) {
    this.edge = sourceEdge(deps.engine.market, deps.extract);
    this.newsPoller = new NewsPoller(deps.sources.news, { now: deps.now, log: deps.log });
  }

  /** The tickers whose news is due now: every 5 minutes in and around sessions, every minute after earnings. */
  newsDue(tickers: string[]): string[] {
    return newsTickersDue(tickers, this.deps.now(), (t) => this.newsPoller.lastAttemptAt(t), (t) => this.deps.engine.market.earningsScheduleOf(t));
  }

  /** Company news (the last 3 days on a ticker's first poll): each new story is a `news` document, read at the edge. */
  async news(tickers: string[]): Promise<PollStatus> {
    const pass = await this.newsPoller.poll(tickers);
    const unapplied = await this.emitNews(pass);
    if (unapplied !== undefined) return this.report(this.newsPoller.name, false, [unapplied], "");
    return this.report(this.newsPoller.name, pass.failed.length < tickers.length || tickers.length === 0, pass.failed, `${pass.items} items, ${pass.documents.length} new`);
  }

  /** The added feeds of these tickers, read like their news; undefined when none were added. */
  async feeds(tickers: string[]): Promise<PollStatus | undefined> {
    const wanted = new Set(tickers);
    let feeds: FeedSubscription[];
    try {
      feeds = ((await this.deps.newsFeeds?.()) ?? []).filter((f) => wanted.has(f.ticker));
    } catch (error) {
      return this.report("feeds", false, [`store: ${describeFailure(error)}`], "");
    }
    if (feeds.length === 0) return undefined;
    const pass = await this.newsPoller.pollFeeds(feeds, this.deps.sources.feeds);
    const unapplied = await this.emitNews(pass);
    if (unapplied !== undefined) return this.report("feeds", false, [unapplied], "");
    return this.report("feeds", pass.failed.length < feeds.length, pass.failed, `${feeds.length} feeds, ${pass.items} items, ${pass.documents.length} new`);
  }

  /** A pass's documents to the engine; those not applied (the store failing, say) are read again next time, and the reason returned. */
  private async emitNews(pass: NewsPass): Promise<string | undefined> {
    for (const [i, document] of pass.documents.entries()) {
      try {
        await this.emit(document);
      } catch (error) {
        this.newsPoller.forget(pass.admitted.slice(i));
        return `${pass.documents.length - i} stories not applied, read again on the next poll: ${describeFailure(error)}`;
      }
    }
    return undefined;
  }

  /**
   * Company facts go to the engine at once; new 8-K earnings releases come back as documents,
   * to be applied (`apply`) after the capex facts so guidance meets last year's actual.
   */
  async filings(tickers: string[], firstLookbackMs = FIRST_FILINGS_LOOKBACK_MS): Promise<{ status: PollStatus; newReports: string[]; documents: DocumentEvent[] }> {
    const newReports: string[] = [];
    const documents: DocumentEvent[] = [];
    const status = await this.perTicker("sec", tickers, async (ticker) => {
      const poll = await this.deps.sources.sec.pollFilings(ticker, firstLookbackMs);
      await this.emit(poll.company);
      documents.push(...poll.documents);
      if (poll.newPeriodicReport) newReports.push(ticker);
      return poll.documents.length + 1;
    });
    return { status, newReports, documents };
  }

  /** Capex actuals, the share count and how the company names its fiscal years, from XBRL company facts. */
  capex(tickers: string[]): Promise<PollStatus> {
    return this.perTicker("sec", tickers, async (ticker) => {
      const price = this.deps.engine.market.marketOf(ticker)?.lastTrade?.price;
      const { events, shares, company } = await this.deps.sources.sec.capex(ticker, price);
      // The naming first: documents applied after this pass are read by it.
      if (company) await this.emit(company);
      for (const e of events) await this.emit(e);
      if (shares) {
        const passed = this.deps.gate.checkShares(shares, this.deps.engine.market.sharesOf(ticker));
        if (passed) await this.emit(passed);
      }
      return events.length + (shares ? 1 : 0) + (company ? 1 : 0);
    });
  }

  async quotes(tickers: string[]): Promise<PollStatus> {
    const provider = this.deps.sources.quotes;
    try {
      const results = await provider.quotes(tickers);
      const failed: string[] = [];
      let passed = 0;
      for (const r of results) {
        if (r.quote === undefined) {
          failed.push(`${r.ticker}: ${describeFailure(r.error)}`);
          continue;
        }
        if (await this.applyQuote(await this.withProfile(r.quote))) passed += 1;
      }
      return this.report(provider.name, tickers.length - failed.length > 0 || tickers.length === 0, failed, `${passed} of ${tickers.length} quotes passed`);
    } catch (error) {
      return this.report(provider.name, false, [describeFailure(error)], "");
    }
  }

  async calendar(tickers: string[]): Promise<PollStatus> {
    const { finnhub, nasdaq } = this.deps.sources;
    const name = finnhub ? "finnhub-calendar" : "nasdaq";
    try {
      const events = finnhub ? await finnhubCalendarEvents(finnhub, tickers, this.deps.now()) : await nasdaqCalendarEvents(nasdaq, tickers, this.deps.now());
      for (const e of events) await this.emit(e);
      return this.report(name, true, [], `${events.length} calendar events`);
    } catch (error) {
      return this.report(name, false, [describeFailure(error)], "");
    }
  }

  private async applyQuote(q: ProviderQuote): Promise<boolean> {
    const { engine, gate, log } = this.deps;
    const unchecked = { type: "quote" as const, ts: q.ts, ticker: q.ticker, price: q.price, prevClose: q.prevClose, session: quoteSession(q.ts) };
    if (unchecked.prevClose === undefined) delete unchecked.prevClose;
    let shares = engine.market.sharesOf(q.ticker);
    if (shares === undefined && q.providerShares !== undefined && q.providerShares > 0) {
      log(`${this.deps.sources.quotes.name}: ${q.ticker} has no SEC share count; using the provider's ${q.providerShares}`);
      await this.emit({ type: "shares", ts: q.ts, ticker: q.ticker, value: q.providerShares });
      shares = q.providerShares;
    }
    const quote: QuoteEvent | undefined = gate.checkQuote(unchecked);
    if (quote === undefined) return false;
    if (shares !== undefined && q.providerMarketCap !== undefined && q.providerMarketCap > 0) {
      const ours = quote.price * shares;
      const apart = Math.abs(ours / q.providerMarketCap - 1) * 100;
      if (apart > MCAP_CROSS_CHECK_PCT) {
        log(`warning: ${q.ticker} market cap $${(ours / 1e9).toFixed(1)}B (price × ${shares} shares) is ${apart.toFixed(1)}% from ${this.deps.sources.quotes.name}'s $${(q.providerMarketCap / 1e9).toFixed(1)}B; check the share count (dual-class?)`);
      }
    }
    await this.emit(quote);
    return true;
  }

  /** Finnhub's quote has no market cap: its profile (in millions) is read once a day per ticker. */
  private async withProfile(q: ProviderQuote): Promise<ProviderQuote> {
    const finnhub = this.deps.sources.finnhub;
    const day = Math.floor(this.deps.now() / 86_400_000);
    if (finnhub === undefined || this.profileDay.get(q.ticker) === day) return q;
    try {
      const profile = await finnhub.profile(q.ticker);
      this.profileDay.set(q.ticker, day);
      const cap = profile.marketCapitalization;
      const shares = profile.shareOutstanding;
      return { ...q, providerMarketCap: cap != null && cap > 0 ? cap * 1e6 : undefined, providerShares: shares != null && shares > 0 ? shares * 1e6 : undefined };
    } catch (error) {
      this.deps.log(`finnhub: profile of ${q.ticker} not read (${describeFailure(error)}); market cap not cross-checked`);
      return q;
    }
  }

  private async perTicker(provider: string, tickers: string[], run: (ticker: string) => Promise<number>): Promise<PollStatus> {
    const failed: string[] = [];
    let events = 0;
    for (const ticker of tickers) {
      try {
        events += await run(ticker);
      } catch (error) {
        failed.push(`${ticker}: ${describeFailure(error)}`);
      }
    }
    return this.report(provider, failed.length < tickers.length || tickers.length === 0, failed, `${events} events`);
  }

  private report(provider: string, anyOk: boolean, failed: string[], summary: string): PollStatus {
    if (anyOk) this.deps.staleness.succeeded(provider);
    for (const f of failed) {
      this.deps.staleness.failed(provider, f);
      this.deps.log(f.includes(`${provider}:`) ? f : `${provider}: ${f}`);
    }
    const ok = failed.length === 0;
    return { provider, ok, detail: ok ? `ok (${summary})` : `${anyOk ? "partly failed" : "failed"}: ${failed.join("; ")}` };
  }

  async apply(events: MarketEvent[]): Promise<void> {
    for (const event of events) await this.emit(event);
  }

  private async emit(event: MarketEvent): Promise<void> {
    this.deps.onEvent?.(event);
    // An 8-K exhibit is read into guidance statements here, before the engine sees it.
    await this.deps.engine.handle(this.edge(event));
  }
}
