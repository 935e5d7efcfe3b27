// The persistence records and the store's role interfaces: the engine, delivery and commands
// each take the roles they use.
import type { Alert } from "../alerts/types.js";
import type { AlertKind, Thresholds } from "../sources/events.js";

export interface CompanyRecord {
  ticker: string;
  name?: string;
  cik?: string;
  fiscalYearEnd?: string;
  sharesOutstanding?: number;
}

/** Where a channel lives; its alerts go out through that platform's delivery. */
export type Platform = "terminal" | "slack" | "discord";

export interface WatchlistRecord {
  channel: string;
  /** Default "terminal" (replays and `npm start`). */
  platform?: Platform;
  /** The Slack workspace or Discord server the channel belongs to. */
  workspace?: string;
  tickers: string[] | "*";
  thresholds: Thresholds;
  kinds: AlertKind[];
}

export interface ConsensusRecord {
  ticker: string;
  period: string;
  value: number;
  source?: string;
  ts: string;
}

export interface CapexActualRecord {
  ticker: string;
  period: string;
  value: number;
  ts: string;
}

export interface GuidanceRecord {
  ticker: string;
  period: string;
  low: number | null;
  high: number | null;
  currency: string;
  ts: string;
  sentence?: string;
  url?: string;
  /** A part of the total ("AWS"); absent for the company's total. */
  segment?: string;
  /** "year": per year of a multi-year plan. */
  per?: "year";
  /** Whose words: "company" or "press"; absent on statements recorded before provenance. */
  voice?: "company" | "press";
  speakerName?: string;
  speakerRole?: string;
  /** The document's kind: earnings_release, transcript, filing, news. */
  documentKind?: "earnings_release" | "transcript" | "filing" | "news";
  /** The document's title. */
  title?: string;
}

export interface EarningsScheduleRecord {
  ticker: string;
  date: string;
  time: "bmo" | "amc" | "unknown";
  period?: string;
  epsEstimate?: number;
  revenueEstimate?: number;
  ts: string;
}

export interface LatestQuote {
  price: number;
  ts: string;
  session: "regular" | "pre" | "post";
  prevClose?: number;
}

/** The closes a ticker's next quote is measured against, and its latest trade. */
export interface MarketStateRecord {
  ticker: string;
  lastRegular?: { price: number; day: string };
  prevDayRegular?: { price: number; day: string };
  lastQuote?: LatestQuote;
}

export interface MuteRecord {
  channel: string;
  ticker: string;
  /** ISO time the mute ends. */
  until: string;
}

/** Who changed what, when: written in the same transaction as the change. */
export interface AuditEntry {
  at: string;
  channel: string;
  userId: string;
  action: string;
  details: Record<string, unknown>;
}

export interface EarningsResultRecord {
  ticker: string;
  ts: string;
  period?: string;
  epsActual?: number;
  epsEstimate?: number;
  revenueActual?: number;
  revenueEstimate?: number;
}

export interface DedupeRecord {
  channel: string;
  key: string;
  value: number;
}

/** Everything the engine needs to pick up where it stopped. */
export interface EngineSnapshot {
  companies: CompanyRecord[];
  watchlists: WatchlistRecord[];
  consensus: ConsensusRecord[];
  capexActuals: CapexActualRecord[];
  guidance: GuidanceRecord[];
  earningsSchedule: EarningsScheduleRecord[];
  marketState: MarketStateRecord[];
  dedupe: DedupeRecord[];
  mutes: MuteRecord[];
}

/** An alert to record, with the dedupe mark that keeps it from being raised again. */
export interface AlertToRecord {
  alert: Alert;
  dedupe: DedupeRecord;
  /** A muted alert goes to history only, never to the outbox. */
  muted?: boolean;
  /** The platform of the alert's channel (default "terminal"). */
  platform?: Platform;
}

export interface ChannelStatus {
  platform: Platform;
  channel: string;
  state: "active" | "paused" | "stopped";
  /** Why delivery is paused or stopped, in the platform's words (`not_in_channel`, `Missing Access`). */
  reason?: string;
  updatedAt: string;
}

export interface OutboxEntry {
  id: number;
  platform: Platform;
  alertId: number;
  channel: string;
  attempts: number;
  alert: Alert;
}

export interface StoredAlert {
  id: number;
  alert: Alert;
  createdAt: string;
  muted: boolean;
}

/** A pushed document's identity: ticker + url, or ticker + a hash of the text when it has no url. */
export interface DocumentKey {
  key: string;
  ticker: string;
  url?: string;
}

/** A feed an admin added for a ticker. */
export interface NewsFeedRecord {
  ticker: string;
  url: string;
  addedBy?: string;
  addedAt: string;
}

// The store by role: each consumer takes the few methods of the role it uses, and each role is
// small enough to implement on another database. `Store` is their sum, for the one class that
// keeps everything (KyselyStore, on SQLite and PostgreSQL) and for the code that opens and closes it.

/** What the engine reads once at start-up to pick up where it stopped. */
export interface SnapshotStore {
  loadEngineState(): Promise<EngineSnapshot>;
}

/** Watchlists and settings: what each channel watches, its thresholds, its mutes. */
export interface SettingsStore {
  /** With `audit`, the change and its audit entry commit together. */
  saveWatchlist(watchlist: WatchlistRecord, audit?: AuditEntry): Promise<void>;
  saveMute(mute: MuteRecord, audit: AuditEntry): Promise<void>;
  deleteMute(channel: string, ticker: string, audit: AuditEntry): Promise<void>;
}

/** Companies and market state: names and shares, closes, earnings dates and results. */
export interface MarketStore {
  saveCompany(company: CompanyRecord): Promise<void>;
  saveMarketState(states: MarketStateRecord[]): Promise<void>;
  saveEarningsSchedule(entry: EarningsScheduleRecord): Promise<void>;
  saveEarningsResult(result: EarningsResultRecord): Promise<void>;
  earningsResultsFor(ticker: string, limit: number): Promise<EarningsResultRecord[]>;
}

/** The capex book: consensus, reported actuals and guidance statements. */
export interface CapexStore {
  saveConsensus(consensus: ConsensusRecord, audit?: AuditEntry): Promise<void>;
  saveCapexActual(actual: CapexActualRecord): Promise<void>;
  appendGuidance(statements: GuidanceRecord[]): Promise<void>;
  guidanceFor(ticker: string): Promise<GuidanceRecord[]>;
  capexActualsFor(ticker: string): Promise<CapexActualRecord[]>;
  consensusFor(ticker: string): Promise<ConsensusRecord[]>;
}

/** Alerts and dedupe: the history of alerts raised and the marks that keep them from repeating. */
export interface AlertStore {
  /** Alert history, outbox and dedupe marks in one transaction: all or nothing. */
  recordAlerts(alerts: AlertToRecord[]): Promise<void>;
  /** Newest first; `ticker` narrows to one company. */
  recentAlerts(channel: string | null, limit: number, ticker?: string): Promise<StoredAlert[]>;
}

/** The outbox and delivery: what is still to be posted, and whether each channel takes posts. */
export interface OutboxStore {
  /** Undelivered alerts due by `now`, oldest first; only `platform`'s when given; none of `excludeChannels`. */
  pendingOutbox(limit: number, now: Date, platform?: Platform, excludeChannels?: readonly string[]): Promise<OutboxEntry[]>;
  markDelivered(outboxIds: number[], at: Date): Promise<void>;
  markDeliveryFailed(outboxId: number, error: string, retryAt: Date): Promise<void>;
  setChannelStatus(status: Omit<ChannelStatus, "updatedAt">): Promise<void>;
  /** Every channel whose status was ever set (a channel never set is active). */
  channelStatuses(platform?: Platform): Promise<ChannelStatus[]>;
}

/** The audit log, read back; entries are written with the change they describe (see SettingsStore). */
export interface AuditLog {
  recentAudit(channel: string, limit: number): Promise<Array<AuditEntry & { id: number }>>;
}

/** A platform's installation records (Slack OAuth installations, say), as JSON it owns. */
export interface InstallationRecords {
  saveInstallation(platform: Platform, key: string, data: unknown): Promise<void>;
  getInstallation(platform: Platform, key: string): Promise<unknown | undefined>;
  deleteInstallation(platform: Platform, key: string): Promise<void>;
}

/** Pushed documents already taken in, so a document sent twice is applied once. */
export interface DocumentClaims {
  /** Records pushed documents' keys; returns the keys not seen before (the others are duplicates). */
  claimDocuments(documents: DocumentKey[]): Promise<Set<string>>;
  /** Forgets keys claimed for documents that could not be applied. */
  releaseDocuments(keys: string[]): Promise<void>;
}

/** The news feeds admins added per ticker. */
export interface NewsFeedStore {
  /** Adds a ticker's feed with its audit entry; false (and no audit) when it was there already. */
  addNewsFeed(feed: NewsFeedRecord, audit: AuditEntry): Promise<boolean>;
  /** Removes a ticker's feed with its audit entry; false (and no audit) when there was none. */
  removeNewsFeed(ticker: string, url: string, audit: AuditEntry): Promise<boolean>;
  /** The feeds added, by ticker then url; one ticker's when given. */
  newsFeeds(ticker?: string): Promise<NewsFeedRecord[]>;
}

/** Every role in one: what a backend implements, and what opening and closing a desk deals with. */
export interface Store
  extends SnapshotStore,
    SettingsStore,
    MarketStore,
    CapexStore,
    AlertStore,
    OutboxStore,
    AuditLog,
    InstallationRecords,
    DocumentClaims,
    NewsFeedStore {
  close(): Promise<void>;
}
