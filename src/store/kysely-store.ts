// The Store over Kysely. Only portable SQL lives here, so SQLite and PostgreSQL share it.
import { sql, type Kysely } from "kysely";
import * as alertWrites from "./alert-writes.js";
import { recordAlertsInOneStatement } from "./alert-writes-postgres.js";
import { withAudit, writeAudit } from "./audited-changes.js";
import { loadEngineState } from "./engine-snapshot.js";
import { saveQuietHours } from "./quiet-writes.js";
import * as feeds from "./feed-queries.js";
import * as ingested from "./ingest-queries.js";
import { claimSignedRequest } from "./request-queries.js";
import { acknowledgeAlert } from "./ack-queries.js";
import * as threads from "./thread-queries.js";
import type { QuoteDayRecord } from "../alerts/quote-history.js";
import * as quoteHistory from "./quote-history-queries.js";
import { pruneStore, type PruneCounts, type RetentionPolicy } from "./retention.js";
import * as lookups from "./lookup-queries.js";
import * as market from "./market-writes.js";
import { notifySettingsChanged } from "./settings-channel.js";
import { claimDueOutbox, dueOutbox, releaseClaims, type SharedStoreOptions } from "./outbox-claims.js";
import * as outboxMarks from "./outbox-marks.js";
import { LocalSlots, reserveSlots } from "./rate-slots.js";
import * as platforms from "./platform-queries.js";
import type { Database } from "./schema.js";
import type {
  Acknowledgement, AcknowledgeResult, AlertToRecord, AuditEntry, CapexActualRecord, ChannelStatus, CompanyRecord,
  ConsensusRecord, DocumentKey, EarningsResultRecord, EarningsScheduleRecord, EngineSnapshot, GuidanceRecord,
  MarketStateRecord, MuteRecord, NewsFeedRecord, OutboxEntry, QuietHoursRecord, Store, StoredAlert, WatchlistRecord,
} from "./store.js";
import type { Platform } from "../alerts/types.js";

export class KyselyStore implements Store {
  private companyBatch: CompanyRecord[] = [];
  private companyWrite: Promise<void> | undefined;
  private readonly localSlots = new LocalSlots();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
    private readonly shared: SharedStoreOptions = {},
  ) {}

  /** Where the engine writes: its own connections on PostgreSQL (see SharedStoreOptions.engineDb). */
  private get engineDb(): Kysely<Database> {
    return this.shared.engineDb ?? this.db;
  }
  /** Other instances reload their settings after this one changes them (PostgreSQL only). */
  private async settingsChanged(): Promise<void> {
    if (this.shared.notifySettings) await notifySettingsChanged(this.db);
  }

  loadEngineState(): Promise<EngineSnapshot> {
    return loadEngineState(this.db, this.clock());
  }

  /**
   * Companies saved in one synchronous burst (a replay's company lines) are written together,
   * in a microtask: one transaction of multi-row upserts. Each caller's promise settles with it.
   */
  saveCompany(company: CompanyRecord): Promise<void> {
    this.companyBatch.push(company);
    return (this.companyWrite ??= Promise.resolve().then(() => {
      const batch = this.companyBatch;
      this.companyBatch = [];
      this.companyWrite = undefined;
      return market.saveCompanies(this.engineDb, batch);
    }));
  }

  async saveWatchlist(watchlist: WatchlistRecord, audit?: AuditEntry): Promise<void> {
    const now = this.clock().toISOString();
    await this.db.transaction().execute(async (trx) => {
      if (audit) await writeAudit(trx, audit);
      const existing = await trx.selectFrom("watchlists").select("position").where("channel", "=", watchlist.channel).executeTakeFirst();
      // A replaced watchlist keeps its place, so alerts keep the order channels were declared in.
      const position =
        existing?.position ??
        Number((await trx.selectFrom("watchlists").select((eb) => eb.fn.max<number>("position").as("max")).executeTakeFirst())?.max ?? -1) + 1;
      const row = {
        channel: watchlist.channel,
        position,
        tickers: JSON.stringify(watchlist.tickers),
        thresholds: JSON.stringify(watchlist.thresholds),
        kinds: JSON.stringify(watchlist.kinds),
        updated_at: now,
        platform: watchlist.platform ?? "terminal",
        workspace: watchlist.workspace ?? null,
        options: watchlist.options === undefined ? null : JSON.stringify(watchlist.options),
      };
      await trx
        .insertInto("watchlists")
        .values(row)
        .onConflict((oc) => oc.column("channel").doUpdateSet(row))
        .execute();
    });
    await this.settingsChanged();
  }

  async saveConsensus(consensus: ConsensusRecord, audit?: AuditEntry): Promise<void> {
    const row = { ticker: consensus.ticker, metric: "capex", period: consensus.period, tenant: consensus.tenant ?? "", value: consensus.value, source: consensus.source ?? null, ts: consensus.ts };
    await withAudit(this.db, audit, async (db) => {
      await db
        .insertInto("consensus")
        .values(row)
        .onConflict((oc) => oc.columns(["ticker", "metric", "period", "tenant"]).doUpdateSet(row))
        .execute();
    });
    await this.settingsChanged();
  }

  async saveMute(mute: MuteRecord, audit: AuditEntry): Promise<void> {
    await withAudit(this.db, audit, async (db) => {
      await db
        .insertInto("mutes")
        .values(mute)
        .onConflict((oc) => oc.columns(["channel", "ticker"]).doUpdateSet({ until: mute.until }))
        .execute();
    });
    await this.settingsChanged();
  }

  async saveQuietHours(channel: string, window: QuietHoursRecord | undefined, audit: AuditEntry): Promise<void> {
    await saveQuietHours(this.db, channel, window, audit, this.clock());
    await this.settingsChanged();
  }

  async deleteMute(channel: string, ticker: string, audit: AuditEntry): Promise<void> {
    await withAudit(this.db, audit, async (db) => {
      await db.deleteFrom("mutes").where("channel", "=", channel).where("ticker", "=", ticker).execute();
    });
    await this.settingsChanged();
  }

  saveEarningsResult(result: EarningsResultRecord): Promise<void> {
    return market.saveEarningsResult(this.db, result);
  }

  saveCapexActual(actual: CapexActualRecord): Promise<void> {
    return market.saveCapexActual(this.db, actual);
  }

  appendGuidance(statements: GuidanceRecord[]): Promise<void> {
    return market.appendGuidance(this.db, statements);
  }

  saveEarningsSchedule(entry: EarningsScheduleRecord): Promise<void> {
    return market.saveEarningsSchedule(this.db, entry);
  }

  saveMarketState(states: MarketStateRecord[]): Promise<void> {
    return market.saveMarketState(this.engineDb, states);
  }

  recordAlerts(alerts: AlertToRecord[]): Promise<void> {
    const write = this.shared.postgres ? recordAlertsInOneStatement : alertWrites.recordAlerts;
    return write(this.engineDb, alerts, this.clock().toISOString(), { notifyOutbox: this.shared.notifySettings });
  }

  /** On PostgreSQL (with claims) the rows returned are claimed for this instance; see outbox-claims.ts. */
  pendingOutbox(limit: number, now: Date, platform?: Platform, excludeChannels: readonly string[] = []): Promise<OutboxEntry[]> {
    const filter = { now, platform, excludeChannels };
    const claims = this.shared.claims;
    return claims ? claimDueOutbox(this.db, limit, filter, claims) : dueOutbox(this.db, limit, filter);
  }

  markDelivered(outboxIds: number[], at: Date): Promise<void> {
    return outboxMarks.markDelivered(this.db, outboxIds, at);
  }

  /** Shared in the database where several instances share the store (PostgreSQL), else kept here. */
  reserveSlots(bucket: string, count: number, intervalMs: number): Promise<number> {
    return this.shared.claims ? reserveSlots(this.shared.pacingDb ?? this.db, bucket, count, intervalMs) : Promise.resolve(this.localSlots.reserve(bucket, count, intervalMs, Date.now()));
  }

  markInFlight(outboxId: number, at: Date): Promise<void> {
    return outboxMarks.markInFlight(this.db, outboxId, at);
  }

  parkOutbox(outboxId: number, reason: string): Promise<void> {
    return outboxMarks.parkOutbox(this.db, outboxId, reason);
  }

  markDeliveryFailed(outboxId: number, error: string, retryAt: Date): Promise<void> {
    return outboxMarks.markDeliveryFailed(this.db, outboxId, error, retryAt);
  }

  markChartPending(outboxId: number, postedAt: Date, error: string, retryAt: Date): Promise<void> {
    return outboxMarks.markChartPending(this.db, outboxId, postedAt, error, retryAt);
  }

  recentAlerts(channel: string | null, limit: number, ticker?: string): Promise<StoredAlert[]> {
    return lookups.recentAlerts(this.db, channel, limit, ticker);
  }

  recentAudit(channel: string, limit: number): Promise<Array<AuditEntry & { id: number }>> {
    return lookups.recentAudit(this.db, channel, limit);
  }

  guidanceFor(ticker: string): Promise<GuidanceRecord[]> {
    return lookups.guidanceFor(this.db, ticker);
  }

  capexActualsFor(ticker: string): Promise<CapexActualRecord[]> {
    return lookups.capexActualsFor(this.db, ticker);
  }

  consensusFor(ticker: string): Promise<ConsensusRecord[]> {
    return lookups.consensusFor(this.db, ticker);
  }

  saveQuoteDays(days: QuoteDayRecord[]): Promise<void> {
    return quoteHistory.saveQuoteDays(this.engineDb, days);
  }

  quoteDays(ticker: string, fromDay: string, toDay: string): Promise<QuoteDayRecord[]> {
    return quoteHistory.quoteDays(this.db, ticker, fromDay, toDay);
  }

  earningsResultsFor(ticker: string, limit: number): Promise<EarningsResultRecord[]> {
    return lookups.earningsResultsFor(this.db, ticker, limit);
  }

  setChannelStatus(status: Omit<ChannelStatus, "updatedAt">): Promise<void> {
    return platforms.setChannelStatus(this.db, status, this.clock().toISOString());
  }

  channelStatuses(platform?: Platform): Promise<ChannelStatus[]> {
    return platforms.channelStatuses(this.db, platform);
  }

  saveInstallation(platform: Platform, key: string, data: unknown): Promise<void> {
    return platforms.saveInstallation(this.db, platform, key, data, this.clock().toISOString());
  }

  getInstallation(platform: Platform, key: string): Promise<unknown | undefined> {
    return platforms.getInstallation(this.db, platform, key);
  }

  deleteInstallation(platform: Platform, key: string): Promise<void> {
    return platforms.deleteInstallation(this.db, platform, key);
  }

  claimDocuments(documents: DocumentKey[]): Promise<Set<string>> {
    return ingested.claimDocuments(this.db, documents, this.clock().toISOString());
  }

  releaseDocuments(keys: string[]): Promise<void> {
    return ingested.releaseDocuments(this.db, keys);
  }
  prune(now: Date, policy: RetentionPolicy): Promise<PruneCounts> {
    return pruneStore(this.db, now, policy);
  }
  saveThreadMessage(platform: Platform, channel: string, key: string, ref: string): Promise<void> {
    return threads.saveThreadMessage(this.db, { platform, channel, key, ref }, this.clock());
  }
  threadMessage(platform: Platform, channel: string, key: string): Promise<string | undefined> {
    return threads.threadMessage(this.db, platform, channel, key);
  }
  claimSignedRequest(key: string, expiresAt: Date): Promise<boolean> {
    return claimSignedRequest(this.db, key, expiresAt.toISOString(), this.clock().toISOString());
  }
  acknowledgeAlert(ack: Acknowledgement): Promise<AcknowledgeResult> {
    return acknowledgeAlert(this.db, ack);
  }
  addNewsFeed(feed: NewsFeedRecord, audit: AuditEntry): Promise<boolean> {
    return feeds.addNewsFeed(this.db, feed, audit);
  }

  removeNewsFeed(ticker: string, url: string, audit: AuditEntry): Promise<boolean> {
    return feeds.removeNewsFeed(this.db, ticker, url, audit);
  }

  newsFeeds(ticker?: string): Promise<NewsFeedRecord[]> {
    return feeds.newsFeeds(this.db, ticker);
  }

  pendingCount(): Promise<number> {
    return outboxMarks.pendingCount(this.db);
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    // A database gone at the stop costs the next instance one lease, not the stop (the pool's
    // connect and statement timeouts, and the shutdown's bounded steps, end the wait).
    if (this.shared.claims) await releaseClaims(this.db, this.shared.claims).catch(() => undefined);
    await this.db.destroy();
    await this.shared.engineDb?.destroy();
    await this.shared.pacingDb?.destroy();
  }
}
