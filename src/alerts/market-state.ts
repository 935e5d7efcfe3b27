// Market state: companies (names, shares), per-ticker closes that a quote is measured against
// (split-adjusted as splits arrive), the earnings schedule, and the data clock. Commands read it
// through MarketView; the engine feeds it events and checkpoints what changed.
import type { CompanyEvent, EarningsResultEvent, EarningsScheduledEvent, FiscalYearNaming, QuoteEvent } from "../sources/events.js";
import { QuoteHistory, takeChanged, type QuoteDayRecord } from "./quote-history.js";
import type { EarningsScheduleRecord, EngineSnapshot, MarketStore, QuoteHistoryStore } from "./store-roles.js";
import { isoTime } from "./types.js";
import type { McapRoute } from "./watchlists.js";
import { applySplitToCloses, CLOSE_HISTORY_DAYS, recordRegularTrade, type TickerMarket } from "./ticker-market.js";

interface CompanyState {
  name?: string;
  cik?: string;
  fiscalYearEnd?: string;
  fiscalYearNamedBy?: FiscalYearNaming;
  currency?: string;
  shares?: number;
}

/** A ticker's closes plus the routes of its quotes, cached for the per-quote path. */
export type HotMarket = TickerMarket & {
  /** The ticker's company state, the same object the companies map holds: no second lookup per quote. */
  company: CompanyState;
  /** The routing's answer for this ticker, kept until the watchlists change (`version`). */
  routes?: { version: number; mcap_drop?: McapRoute; mcap_gain?: McapRoute };
};

/** What the lookup commands and live sources read of the market. */
export interface MarketView {
  /** The time of the latest event applied, or undefined before the first. */
  dataTime(): number | undefined;
  companyName(ticker: string): string | undefined;
  fiscalYearEndOf(ticker: string): string | undefined;
  /** "start" or "end" where SEC's facts or a `company` line said; undefined when not known. */
  fiscalYearNamingOf(ticker: string): FiscalYearNaming | undefined;
  /** The ISO 4217 code the company reports in, where SEC's facts or a `company` line said. */
  currencyOf(ticker: string): string | undefined;
  sharesOf(ticker: string): number | undefined;
  marketOf(ticker: string): Readonly<TickerMarket> | undefined;
  /** Every ticker with a company or a quote, sorted. */
  knownTickers(): string[];
  earningsScheduleOf(ticker: string): EarningsScheduleRecord | undefined;
  earningsSchedule(): EarningsScheduleRecord[];
  /** The ticker's days of quote history still in memory (today's, and finished ones not yet written). */
  unsavedHistory(ticker: string): Array<{ day: string; prices: Float64Array | string }>;
}

export class MarketState implements MarketView {
  private readonly companies = new Map<string, CompanyState>();
  private readonly markets = new Map<string, HotMarket>();
  private readonly dirtyMarkets = new Set<string>();
  private readonly schedule = new Map<string, EarningsScheduleRecord>();
  private readonly history = new QuoteHistory();
  /** The market time of the latest event: the data clock of a replay. */
  private latestEventTs = -Infinity;

  /** Whether quotes go into the quote history (see EngineOptions.quoteHistory). */
  private readonly keepsHistory: boolean;

  constructor(
    private readonly store: MarketStore & Pick<QuoteHistoryStore, "saveQuoteDays">,
    options: { quoteHistory?: boolean } = {},
  ) {
    this.keepsHistory = options.quoteHistory ?? true;
  }

  load(snapshot: Pick<EngineSnapshot, "companies" | "earningsSchedule" | "marketState">): void {
    for (const c of snapshot.companies) {
      this.companies.set(c.ticker, { name: c.name, cik: c.cik, fiscalYearEnd: c.fiscalYearEnd, fiscalYearNamedBy: c.fiscalYearNamedBy, currency: c.currency, shares: c.sharesOutstanding });
    }
    for (const e of snapshot.earningsSchedule) this.schedule.set(e.ticker, e);
    for (const m of snapshot.marketState) {
      const lastTrade = m.lastQuote ? { ...m.lastQuote, ts: Date.parse(m.lastQuote.ts) } : undefined;
      this.markets.set(m.ticker, { ...newHotMarket(this.companyState(m.ticker)), lastRegular: m.lastRegular, prevDayRegular: m.prevDayRegular, closes: m.closes?.slice(-CLOSE_HISTORY_DAYS), lastTrade });
    }
  }

  /** Moves the data clock to an event's time (never back). */
  observe(ts: number | undefined): void {
    if (ts !== undefined && ts > this.latestEventTs) this.latestEventTs = ts;
  }

  dataTime(): number | undefined {
    return Number.isFinite(this.latestEventTs) ? this.latestEventTs : undefined;
  }

  companyName(ticker: string): string | undefined {
    return this.companies.get(ticker)?.name;
  }

  fiscalYearEndOf(ticker: string): string | undefined {
    return this.companies.get(ticker)?.fiscalYearEnd;
  }

  fiscalYearNamingOf(ticker: string): FiscalYearNaming | undefined {
    return this.companies.get(ticker)?.fiscalYearNamedBy;
  }

  currencyOf(ticker: string): string | undefined {
    return this.companies.get(ticker)?.currency;
  }

  sharesOf(ticker: string): number | undefined {
    return this.companies.get(ticker)?.shares;
  }

  marketOf(ticker: string): Readonly<TickerMarket> | undefined {
    return this.markets.get(ticker);
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

  unsavedHistory(ticker: string): Array<{ day: string; prices: Float64Array | string }> {
    const today = this.markets.get(ticker)?.historyDay;
    return [...this.history.waiting(ticker), ...(today ? [today] : [])];
  }

  /** The ticker's market state for the quote path, created on its first quote. */
  hotMarket(ticker: string): HotMarket {
    let market = this.markets.get(ticker);
    if (market === undefined) this.markets.set(ticker, (market = newHotMarket(this.companyState(ticker))));
    return market;
  }

  /** A quote becomes the latest trade (and, in the regular session, its day's close so far). */
  recordQuote(market: HotMarket, quote: QuoteEvent, day: string): void {
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
    if (this.keepsHistory) this.history.record(market, quote.ticker, quote.ts, quote.price, day);
    if (market.dirty !== true) {
      market.dirty = true;
      this.dirtyMarkets.add(quote.ticker);
    }
  }

  onCompany(event: CompanyEvent): Promise<void> {
    const cik = event.cik === undefined ? undefined : String(event.cik);
    return this.updateCompany(event.ticker, { name: event.name, cik, fiscalYearEnd: event.fiscalYearEnd, fiscalYearNamedBy: event.fiscalYearNamedBy, currency: event.currency, shares: event.sharesOutstanding });
  }

  async updateCompany(ticker: string, changes: CompanyState): Promise<void> {
    const next = this.companyState(ticker);
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) (next as Record<string, unknown>)[key] = value;
    await this.store.saveCompany({ ticker, name: next.name, cik: next.cik, fiscalYearEnd: next.fiscalYearEnd, fiscalYearNamedBy: next.fiscalYearNamedBy, currency: next.currency, sharesOutstanding: next.shares });
  }

  /** An n-for-1 split: earlier closes divided and shares multiplied by n (closes saved at the next checkpoint). */
  async applySplit(ticker: string, ratio: number): Promise<void> {
    const market = this.markets.get(ticker);
    if (market) {
      applySplitToCloses(market, ratio);
      this.dirtyMarkets.add(ticker);
    }
    const shares = this.companies.get(ticker)?.shares;
    if (shares !== undefined) await this.updateCompany(ticker, { shares: shares * ratio });
  }

  scheduleEarnings(event: EarningsScheduledEvent): Promise<void> {
    const { type: _type, ...fields } = event;
    const entry: EarningsScheduleRecord = { ...fields, ts: isoTime(event.ts) };
    this.schedule.set(event.ticker, entry);
    return this.store.saveEarningsSchedule(entry);
  }

  saveEarningsResult(event: EarningsResultEvent): Promise<void> {
    return this.store.saveEarningsResult({ ...event, ts: isoTime(event.ts) });
  }

  /** Persists the closes that changed since the last call. */
  async saveChanged(): Promise<void> {
    const states = [...this.dirtyMarkets].flatMap((ticker) => {
      const market = this.markets.get(ticker);
      if (market === undefined) return [];
      market.dirty = false;
      const { lastTrade, lastRegular, prevDayRegular, closes } = market;
      return [{ ticker, lastRegular, prevDayRegular, closes, lastQuote: lastTrade ? { ...lastTrade, ts: isoTime(lastTrade.ts) } : undefined }];
    });
    this.dirtyMarkets.clear();
    await this.store.saveMarketState(states);
    await this.saveHistory(true);
  }

  /** Whether enough finished days of quote history wait to be written (the quote path asks). */
  get historyDue(): boolean {
    return this.history.due;
  }

  /** Writes the finished days of quote history; with `today`, every ticker's current day too (a checkpoint). */
  async saveHistory(today = false): Promise<void> {
    const days: QuoteDayRecord[] = this.history.takeFinished();
    if (today) {
      for (const [ticker, market] of this.markets) {
        const current = market.historyDay;
        if (current === undefined || !current.dirty) continue;
        days.push({ ticker, day: current.day, prices: takeChanged(current) });
      }
    }
    if (days.length > 0) await this.store.saveQuoteDays(days);
  }

  /** The ticker's one company state object, created empty when first needed; updated in place. */
  private companyState(ticker: string): CompanyState {
    let company = this.companies.get(ticker);
    if (company === undefined) this.companies.set(ticker, (company = {}));
    return company;
  }
}

/** Every field present from the start, so all market objects share one shape on the hot path. */
function newHotMarket(company: CompanyState): HotMarket {
  return { lastTrade: undefined, lastRegular: undefined, prevDayRegular: undefined, closes: undefined, dirty: false, company, routes: undefined, historyDay: undefined };
}
