// The engine: applies events to state, asks the detectors, routes alerts to the channels that
// watch them, and records each alert (history, outbox, dedupe mark) before anyone delivers it.
import type { EngineEvent } from "../sources/documents/guidance-event.js";
import type { CompanyEvent, EarningsResultEvent, QuoteEvent } from "../sources/events.js";
import type { AlertToRecord, AuditEntry, ConsensusRecord, EarningsScheduleRecord, Store, WatchlistRecord } from "../store/store.js";
import type { AlertsListener } from "./alert-writer.js";
import { easternDate } from "./calendar/eastern-time.js";
import { previousNyseTradingDay } from "./calendar/nyse.js";
import { CapexBook } from "./capex-book.js";
import { digestAlerts, earningsResultAlerts } from "./earnings-alerts.js";
import { onCapexActual, onGuidance, restoreCapexBook, type CapexContext } from "./capex-events.js";
import { ChannelRouter } from "./channel-router.js";
import type { CapexBaselines, GuidanceRange } from "./detectors/capex-guidance.js";
import { detectMcapMove, mcapMoveLevel } from "./detectors/mcap-move.js";
import { applySplitToCloses, recordRegularTrade, referenceClose, type TickerMarket } from "./market-state.js";
import { isoTime, type Watchlist } from "./types.js";
import { watchlistRecordFromLine, type McapRoute } from "./watchlists.js";

interface CompanyState {
  name?: string;
  cik?: string;
  fiscalYearEnd?: string;
  shares?: number;
}

/** A ticker's closes plus the routes of its quotes, cached for the per-quote path. */
type HotMarket = TickerMarket & {
  /** The ticker's company state, the same object the companies map holds: no second lookup per quote. */
  company: CompanyState;
  routes?: { version: number; mcap_drop?: McapRoute; mcap_gain?: McapRoute };
};

export class Engine {
  private readonly companies = new Map<string, CompanyState>();
  private readonly markets = new Map<string, HotMarket>();
  private readonly dirtyMarkets = new Set<string>();
  private readonly capex = new CapexBook();
  private readonly schedule = new Map<string, EarningsScheduleRecord>();
  /** The market time of the latest event: the data clock of a replay. */
  private latestEventTs = -Infinity;
  private readonly router: ChannelRouter;
  private readonly capexContext: CapexContext;

  private constructor(private readonly store: Store) {
    this.router = new ChannelRouter(store);
    this.capexContext = { capex: this.capex, router: this.router, store };
  }

  /** An engine that picks up the store's state: a restart continues, it never re-posts. */
  static async open(store: Store): Promise<Engine> {
    const engine = new Engine(store);
    const snapshot = await store.loadEngineState();
    for (const c of snapshot.companies) {
      engine.companies.set(c.ticker, { name: c.name, cik: c.cik, fiscalYearEnd: c.fiscalYearEnd, shares: c.sharesOutstanding });
    }
    restoreCapexBook(engine.capex, snapshot);
    for (const e of snapshot.earningsSchedule) engine.schedule.set(e.ticker, e);
    for (const m of snapshot.marketState) {
      const lastTrade = m.lastQuote ? { ...m.lastQuote, ts: Date.parse(m.lastQuote.ts) } : undefined;
      engine.markets.set(m.ticker, { ...newHotMarket(engine.companyState(m.ticker)), lastRegular: m.lastRegular, prevDayRegular: m.prevDayRegular, lastTrade });
    }
    engine.router.load(snapshot);
    return engine;
  }

  /** Called with each batch of alerts once they are safely in the outbox. */
  onAlertsRecorded(listener: AlertsListener): void {
    this.router.onRecorded(listener);
  }

  companyName(ticker: string): string | undefined {
    return this.companies.get(ticker)?.name;
  }

  fiscalYearEndOf(ticker: string): string | undefined {
    return this.companies.get(ticker)?.fiscalYearEnd;
  }

  setWatchlist(record: WatchlistRecord, audit?: AuditEntry): Promise<void> {
    return this.router.setWatchlist(record, audit);
  }

  async setConsensus(record: ConsensusRecord, audit?: AuditEntry): Promise<void> {
    await this.store.saveConsensus(record, audit);
    this.capex.setConsensus(record.ticker, record.period, { value: record.value, source: record.source });
  }

  /** Alerts for `ticker` in `channel` before `untilMs` are kept in history, not posted. */
  mute(channel: string, ticker: string, untilMs: number, audit: AuditEntry): Promise<void> {
    return this.router.mute(channel, ticker, untilMs, audit);
  }

  unmute(channel: string, ticker: string, audit: AuditEntry): Promise<void> {
    return this.router.unmute(channel, ticker, audit);
  }

  // Read-only views for the lookup commands.

  /** The time of the latest event applied, or undefined before the first. */
  dataTime(): number | undefined {
    return Number.isFinite(this.latestEventTs) ? this.latestEventTs : undefined;
  }

  /** What a statement for this ticker and period is measured against, as the detector sees it now. */
  capexBaselines(ticker: string, period: string, range: GuidanceRange): CapexBaselines {
    return this.capex.baselines(ticker, period, range);
  }

  channels(): string[] {
    return this.router.all().map((w) => w.channel);
  }

  watchlistOf(channel: string): Watchlist | undefined {
    return this.router.watchlistOf(channel);
  }

  marketOf(ticker: string): Readonly<TickerMarket> | undefined {
    return this.markets.get(ticker);
  }

  sharesOf(ticker: string): number | undefined {
    return this.companies.get(ticker)?.shares;
  }

  knownTickers(): string[] {
    return [...new Set([...this.companies.keys(), ...this.markets.keys()])].sort();
  }

  earningsScheduleOf(ticker: string): EarningsScheduleRecord | undefined {
    return this.schedule.get(ticker);
  }

  earningsSchedule(): EarningsScheduleRecord[] {
    return [...this.schedule.values()];
  }

  /** The channel's mutes still in force at `atMs`, as ticker → end time. */
  mutesOf(channel: string, atMs: number): Array<{ ticker: string; until: number }> {
    return this.router.mutesOf(channel, atMs);
  }

  /**
   * Applies one event. Returns a promise only when there is something to persist, so the
   * per-quote path stays synchronous when nothing fires.
   */
  handle(event: EngineEvent): Promise<void> | undefined {
    if (event.ts !== undefined && event.ts > this.latestEventTs) this.latestEventTs = event.ts;
    switch (event.type) {
      case "quote":
        return this.record(this.onQuote(event));
      case "company":
        return this.onCompany(event);
      case "shares":
        return this.updateCompany(event.ticker, { shares: event.value });
      case "split":
        return this.onSplit(event.ticker, event.ratio);
      case "watchlist":
        return this.setWatchlist(watchlistRecordFromLine(event));
      case "earnings_scheduled": {
        const { type: _type, ...fields } = event;
        const entry: EarningsScheduleRecord = { ...fields, ts: isoTime(event.ts) };
        this.schedule.set(event.ticker, entry);
        return this.store.saveEarningsSchedule(entry);
      }
      case "earnings_result":
        return this.onEarningsResult(event);
      case "consensus":
        this.capex.setConsensus(event.ticker, event.period, { value: event.value, source: event.source });
        return this.store.saveConsensus({ ticker: event.ticker, period: event.period, value: event.value, source: event.source, ts: isoTime(event.ts) });
      case "capex_actual":
        return onCapexActual(this.capexContext, event);
      case "guidance":
        return onGuidance(this.capexContext, event);
    }
  }

  /** The morning digest for the US/Eastern day of `atMs`: nothing on days the NYSE is closed. */
  runEarningsDigest(atMs: number): Promise<void> | undefined {
    const out = digestAlerts(this.router, this.schedule.values(), atMs);
    return out.length === 0 ? undefined : this.record(out);
  }

  /** Waits until every alert raised so far is in the store (and its listeners ran). */
  flush(): Promise<void> {
    return this.router.flush();
  }

  /** Persists the closes that changed since the last checkpoint, after the alerts raised so far. */
  async checkpoint(): Promise<void> {
    await this.router.flush();
    const states = [...this.dirtyMarkets].flatMap((ticker) => {
      const market = this.markets.get(ticker);
      if (market === undefined) return [];
      market.dirty = false;
      const { lastTrade, lastRegular, prevDayRegular } = market;
      return [{ ticker, lastRegular, prevDayRegular, lastQuote: lastTrade ? { ...lastTrade, ts: isoTime(lastTrade.ts) } : undefined }];
    });
    this.dirtyMarkets.clear();
    await this.store.saveMarketState(states);
  }

  private onQuote(quote: QuoteEvent): AlertToRecord[] | undefined {
    const day = easternDate(quote.ts);
    let market = this.markets.get(quote.ticker);
    if (market === undefined) this.markets.set(quote.ticker, (market = newHotMarket(this.companyState(quote.ticker))));
    const shares = market.company.shares;
    const reference = shares === undefined ? null : referenceClose(market, quote, day, previousNyseTradingDay);
    let out: AlertToRecord[] | undefined;
    if (shares !== undefined && reference !== null && quote.price !== reference.price) {
      // A quote moves one way, so at most one kind (and one alert per channel) can fire.
      const kind = quote.price < reference.price ? "mcap_drop" : "mcap_gain";
      const marketCap = quote.price * shares;
      const referenceMarketCap = reference.price * shares;
      const usd = Math.abs(marketCap - referenceMarketCap);
      const pct = (usd / referenceMarketCap) * 100;
      // Most quotes are under every channel's thresholds: decide that before any per-channel work.
      const route = this.mcapRoute(market, quote.ticker, kind);
      const watchers = pct < route.minPct && usd < route.minUsd ? NOBODY : route.watchlists;
      let key: string | undefined; // built once per quote, and only when some channel is over its threshold
      for (const w of watchers) {
        if (mcapMoveLevel(pct, usd, w.thresholds) === 0) continue;
        const valuation = { marketCap, referenceMarketCap };
        key ??= `${kind}|${quote.ticker}|${reference.day}`;
        const move = detectMcapMove(valuation, w.thresholds, this.router.firedLevel(w.channel, key), kind);
        if (move === null) continue;
        out ??= [];
        const { kind: moveKind, ...figures } = move;
        this.router.raise(out, w, key, move.level, { channel: w.channel, kind: moveKind, ticker: quote.ticker, ts: isoTime(quote.ts), ...figures });
      }
    }
    const trade = market.lastTrade;
    if (trade === undefined) market.lastTrade = { price: quote.price, ts: quote.ts, session: quote.session, prevClose: quote.prevClose };
    else {
      // Updated in place: one allocation per ticker, not per quote.
      trade.price = quote.price;
      trade.ts = quote.ts;
      trade.session = quote.session;
      trade.prevClose = quote.prevClose;
    }
    if (quote.session === "regular") recordRegularTrade(market, quote.price, day);
    if (market.dirty !== true) {
      market.dirty = true;
      this.dirtyMarkets.add(quote.ticker);
    }
    return out;
  }

  /** The ticker's route for `kind`, cached on its market state until the watchlists change. */
  private mcapRoute(market: HotMarket | undefined, ticker: string, kind: "mcap_drop" | "mcap_gain"): McapRoute {
    if (market === undefined) return this.router.mcapRoute(ticker, kind);
    let routes = market.routes;
    if (routes === undefined || routes.version !== this.router.version) market.routes = routes = { version: this.router.version, mcap_drop: undefined, mcap_gain: undefined };
    // Two named fields, not a computed key: this runs for every quote.
    return kind === "mcap_drop" ? (routes.mcap_drop ??= this.router.mcapRoute(ticker, kind)) : (routes.mcap_gain ??= this.router.mcapRoute(ticker, kind));
  }

  private onCompany(event: CompanyEvent): Promise<void> {
    const cik = event.cik === undefined ? undefined : String(event.cik);
    return this.updateCompany(event.ticker, { name: event.name, cik, fiscalYearEnd: event.fiscalYearEnd, shares: event.sharesOutstanding });
  }

  /** The ticker's one company state object, created empty when first needed; updated in place. */
  private companyState(ticker: string): CompanyState {
    let company = this.companies.get(ticker);
    if (company === undefined) this.companies.set(ticker, (company = {}));
    return company;
  }

  private async updateCompany(ticker: string, changes: CompanyState): Promise<void> {
    const next = this.companyState(ticker);
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) (next as Record<string, unknown>)[key] = value;
    await this.store.saveCompany({ ticker, name: next.name, cik: next.cik, fiscalYearEnd: next.fiscalYearEnd, sharesOutstanding: next.shares });
  }

  private async onSplit(ticker: string, ratio: number): Promise<void> {
    const market = this.markets.get(ticker);
    if (market) {
      applySplitToCloses(market, ratio);
      this.dirtyMarkets.add(ticker);
    }
    const shares = this.companies.get(ticker)?.shares;
    if (shares !== undefined) await this.updateCompany(ticker, { shares: shares * ratio });
    await this.checkpoint();
  }

  private async onEarningsResult(event: EarningsResultEvent): Promise<void> {
    await this.store.saveEarningsResult({ ...event, ts: isoTime(event.ts) });
    await this.record(earningsResultAlerts(this.router, event));
  }

  private record(alerts: AlertToRecord[] | undefined): Promise<void> | undefined {
    return this.router.write(alerts);
  }
}

const NOBODY: readonly Watchlist[] = Object.freeze([]);

/** Every field present from the start, so all market objects share one shape on the hot path. */
function newHotMarket(company: CompanyState): HotMarket {
  return { lastTrade: undefined, lastRegular: undefined, prevDayRegular: undefined, dirty: false, company, routes: undefined };
}
