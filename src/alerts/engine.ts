// The engine: feeds each event to the role it concerns — market state, the capex book, routing —
// and records the alerts they raise (history, outbox, dedupe mark) before anyone delivers them.
// Commands and sources depend on the roles (`market`, `capex`, `routing`), not on this class.
import type { EngineEvent } from "../sources/documents/guidance-event.js";
import type { EarningsResultEvent, QuoteEvent } from "../sources/events.js";
import type { AlertStore, AlertToRecord, CapexStore, MarketStore, QuoteHistoryStore, SettingsStore, SnapshotStore } from "./store-roles.js";
import { AlertRaiser } from "./alert-raiser.js";
import type { AlertsListener, WriteRetryPolicy } from "./alert-writer.js";
import { CapexTracker, type CapexView } from "./capex-tracker.js";
import { ChannelRouter, type ChannelSettings } from "./channel-router.js";
import { recapAlerts } from "./daily-recap.js";
import { digestAlerts, earningsResultAlerts } from "./earnings-alerts.js";
import { Episodes } from "./episodes.js";
import { MarketState, type MarketView } from "./market-state.js";
import { McapDrawdowns } from "./mcap-drawdowns.js";
import { McapMoves } from "./mcap-moves.js";
import { watchlistRecordFromLine } from "./watchlists.js";

/** The store roles the engine writes to, and the snapshot it starts from. */
export type EngineStore = SnapshotStore & SettingsStore & MarketStore & QuoteHistoryStore & CapexStore & AlertStore;

export interface EngineOptions {
  /** How a failed alert write is tried again: a few times (the default), or until the store answers (live). */
  writeRetry?: WriteRetryPolicy;
  /**
   * Keep the five-minute quote history charts are drawn from (the default). A replay into a
   * scratch store keeps none: the store is deleted when it ends and a replay draws no charts.
   */
  quoteHistory?: boolean;
}

export class Engine {
  private readonly router: ChannelRouter;
  private readonly episodes = new Episodes();
  private readonly raiser: AlertRaiser;
  private readonly marketState: MarketState;
  private readonly capexTracker: CapexTracker;
  private readonly mcap: McapMoves;
  private readonly drawdowns: McapDrawdowns;

  private constructor(
    private readonly store: EngineStore,
    options: EngineOptions,
  ) {
    this.router = new ChannelRouter(store);
    this.raiser = new AlertRaiser(this.episodes, this.router, store, options.writeRetry);
    this.marketState = new MarketState(store, { quoteHistory: options.quoteHistory ?? true });
    this.capexTracker = new CapexTracker(store, { router: this.router, raiser: this.raiser });
    this.mcap = new McapMoves(this.marketState, this.router, this.raiser);
    this.drawdowns = new McapDrawdowns(this.marketState, this.router, this.raiser);
  }

  /** An engine that picks up the store's state: a restart continues, it never re-posts. */
  static async open(store: EngineStore, options: EngineOptions = {}): Promise<Engine> {
    const engine = new Engine(store, options);
    const snapshot = await store.loadEngineState();
    engine.marketState.load(snapshot);
    engine.capexTracker.load(snapshot);
    engine.router.load(snapshot);
    engine.episodes.load(snapshot.dedupe);
    engine.raiser.causes.load(snapshot.causes ?? []);
    return engine;
  }

  /**
   * Takes up the state the store holds now: a standby becoming the leader continues from what the
   * old leader wrote (closes, dedupe marks, settings), so it neither misses nor repeats an alert.
   */
  async reload(): Promise<void> {
    const snapshot = await this.store.loadEngineState();
    this.marketState.load(snapshot);
    this.capexTracker.reload(snapshot);
    this.router.reload(snapshot);
    this.episodes.load(snapshot.dedupe);
    this.raiser.causes.load(snapshot.causes ?? []);
  }

  /** Watchlists, mutes and consensus as the store holds them now: another instance changed them. */
  async reloadSettings(): Promise<void> {
    const snapshot = await this.store.loadEngineState();
    this.router.reload(snapshot);
    this.capexTracker.reloadConsensus(snapshot.consensus);
  }

  /** Companies, closes, the earnings schedule and the data clock, read-only. */
  get market(): MarketView {
    return this.marketState;
  }

  /** The capex book's baselines, and admins' consensus figures. */
  get capex(): CapexView {
    return this.capexTracker;
  }

  /** Why alerts are not being written just now (the store's error), or undefined when they are. */
  get storeProblem(): string | undefined {
    return this.raiser.storeProblem;
  }

  /** Watchlists, thresholds and mutes: read, and changed by settings commands. */
  get routing(): ChannelSettings {
    return this.router;
  }

  /** Called with each batch of alerts once they are safely in the outbox. */
  onAlertsRecorded(listener: AlertsListener): void {
    this.raiser.onRecorded(listener);
  }

  /**
   * Applies one event. Returns a promise only when there is something to persist, so the
   * per-quote path stays synchronous when nothing fires.
   */
  handle(event: EngineEvent): Promise<void> | undefined {
    this.marketState.observe(event.ts);
    switch (event.type) {
      case "quote": {
        const raised = this.raiser.write(this.onQuote(event));
        // Finished days of quote history go out in batches; the quote path stays synchronous otherwise.
        if (!this.marketState.historyDue) return raised;
        const saved = this.marketState.saveHistory();
        return raised === undefined ? saved : Promise.all([raised, saved]).then(() => undefined);
      }
      case "company":
        return this.marketState.onCompany(event);
      case "shares":
        return this.marketState.updateCompany(event.ticker, { shares: event.value });
      case "split":
        return this.onSplit(event.ticker, event.ratio);
      case "watchlist":
        return this.router.setWatchlist(watchlistRecordFromLine(event));
      case "earnings_scheduled":
        return this.marketState.scheduleEarnings(event);
      case "earnings_result":
        return this.onEarningsResult(event);
      case "consensus":
        return this.capexTracker.onConsensus(event);
      case "capex_actual":
        return this.capexTracker.onCapexActual(event);
      case "guidance":
        return this.capexTracker.onGuidance(event);
    }
  }

  /** The morning digest for the US/Eastern day of `atMs`: nothing on days the NYSE is closed. */
  runEarningsDigest(atMs: number): Promise<void> | undefined {
    const out = digestAlerts(this.router, this.raiser, this.marketState.earningsSchedule(), atMs);
    return out.length === 0 ? undefined : this.raiser.write(out);
  }

  /** The daily recap for the US/Eastern day of `atMs`, to each channel that opted in; nothing on days the NYSE is closed. */
  runDailyRecap(atMs: number): Promise<void> | undefined {
    const out = recapAlerts(this.router, this.raiser, this.marketState, this.marketState.earningsSchedule(), this.raiser.today, atMs);
    return out.length === 0 ? undefined : this.raiser.write(out);
  }

  /** Whether any channel gets the daily recap now. */
  recapsWanted(): boolean {
    return this.router.recapsWanted();
  }

  /** Every channel gets the daily recap in this run (`replay --recap`), never stored. */
  recapEveryChannel(): void {
    this.router.recapEverywhere = true;
  }

  /** Waits until every alert raised so far is in the store (and its listeners ran). */
  flush(): Promise<void> {
    return this.raiser.flush();
  }

  /** Persists the closes that changed since the last checkpoint, after the alerts raised so far. */
  async checkpoint(): Promise<void> {
    await this.raiser.flush();
    await this.marketState.saveChanged();
  }

  /** A quote's move alerts, then its drawdown alerts (only channels that enabled mcap_drawdown). */
  private onQuote(event: QuoteEvent): AlertToRecord[] | undefined {
    const moves = this.mcap.onQuote(event);
    const drawdowns = this.drawdowns.onQuote(event);
    return drawdowns === undefined ? moves : moves === undefined ? drawdowns : [...moves, ...drawdowns];
  }

  private async onSplit(ticker: string, ratio: number): Promise<void> {
    await this.marketState.applySplit(ticker, ratio);
    await this.checkpoint();
  }

  private async onEarningsResult(event: EarningsResultEvent): Promise<void> {
    await this.marketState.saveEarningsResult(event);
    await this.raiser.write(earningsResultAlerts(this.router, this.raiser, event));
  }
}
