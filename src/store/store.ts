// The store's role interfaces and records: the engine, delivery and commands each take the roles
// they use. Alerting's records and roles are its own (alerts/store-roles.ts), re-exported here.
import type { AlertStore, AuditEntry, CapexStore, MarketStore, QuoteHistoryStore, SettingsStore, SnapshotStore } from "../alerts/store-roles.js";
import type { Alert, Platform } from "../alerts/types.js";
import type { PruneCounts, RetentionPolicy } from "./retention.js";

export type {
  CompanyRecord,
  WatchlistRecord,
  ConsensusRecord,
  CapexActualRecord,
  GuidanceRecord,
  EarningsScheduleRecord,
  LatestQuote,
  MarketStateRecord,
  MuteRecord,
  QuietHoursRecord,
  AuditEntry,
  EarningsResultRecord,
  DedupeRecord,
  EngineSnapshot,
  AlertToRecord,
  StoredAlert,
  SnapshotStore,
  SettingsStore,
  MarketStore,
  QuoteHistoryStore,
  CapexStore,
  AlertStore,
} from "../alerts/store-roles.js";

export type { Platform } from "../alerts/types.js";

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
  /** When the row was written (the store's clock): delivery latency is measured from here. */
  createdAt?: Date;
  /** When the row's last post began, if it was never marked delivered (a crash, a lost answer): it may be on the platform already. */
  inFlightSince?: Date;
  /** Raised in its channel's quiet hours: posted with the others of the window as one summary. */
  heldUntil?: Date;
  /** Its text was taken then; only its chart is still to be posted (an upload to retry). */
  textPostedAt?: Date;
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

/** The outbox and delivery: what is still to be posted, and whether each channel takes posts. */
export interface OutboxStore {
  /** Undelivered alerts due by `now`, oldest first; only `platform`'s when given; none of `excludeChannels`. */
  pendingOutbox(limit: number, now: Date, platform?: Platform, excludeChannels?: readonly string[]): Promise<OutboxEntry[]>;
  markDelivered(outboxIds: number[], at: Date): Promise<void>;
  markDeliveryFailed(outboxId: number, error: string, retryAt: Date): Promise<void>;
  /** Sets a row aside for good (its platform refused it for a reason that will not change), with the reason. */
  parkOutbox(outboxId: number, reason: string): Promise<void>;
  setChannelStatus(status: Omit<ChannelStatus, "updatedAt">): Promise<void>;
  /** Every channel whose status was ever set (a channel never set is active). */
  channelStatuses(platform?: Platform): Promise<ChannelStatus[]>;
}

/** Marks on a row whose post is under way or half done, so a restart neither loses nor doubles it. */
export interface InFlightMarks {
  /** Before its post: a restart looks for it before posting it again. */
  markInFlight(outboxId: number, at: Date): Promise<void>;
  /** Its text was taken at `postedAt`, its chart upload failed in a way worth retrying: pending again at `retryAt`, for the chart alone. */
  markChartPending(outboxId: number, postedAt: Date, error: string, retryAt: Date): Promise<void>;
}

/** A platform's requests a second shared by every instance on one store (bot/delivery/global-pacer.ts). */
export interface RateSlots {
  /**
   * Reserves `count` slots `intervalMs` apart on `bucket`'s schedule and resolves to the ms until
   * the first: in the database on PostgreSQL (every instance's), in the process on SQLite (one instance).
   */
  reserveSlots(bucket: string, count: number, intervalMs: number): Promise<number>;
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

/** Signed requests (Slack, Discord) already answered, shared by every instance on the database. */
export interface RequestClaims {
  /** True the first time a signed request's key is claimed (until `expiresAt`); false for a replay. */
  claimSignedRequest(key: string, expiresAt: Date): Promise<boolean>;
}

/** Someone acknowledging an alert from its button. */
export interface Acknowledgement {
  alertId: number;
  /** The channel the click came from: an alert is acknowledged only in its own channel. */
  channel: string;
  userId: string;
  /** The name shown in the message ("acknowledged by @name"). */
  userName: string;
  /** ISO time of the click (wall clock). */
  at: string;
}

export type AcknowledgeResult =
  /** This click acknowledged it (`first`), or someone had already (`already`: who and when). */
  | { outcome: "first" | "already"; alert: Alert; userId: string; userName: string; at: string }
  /** No such alert in that channel (a forged value, or an alert pruned since). */
  | { outcome: "unknown" };

/** Alerts acknowledged from their buttons: once each, the first click wins. */
export interface AlertAcknowledgements {
  acknowledgeAlert(ack: Acknowledgement): Promise<AcknowledgeResult>;
}

/** Where alerts that others reply to were posted (a thread's parent message), per platform and channel. */
export interface ThreadMessages {
  saveThreadMessage(platform: Platform, channel: string, key: string, ref: string): Promise<void>;
  threadMessage(platform: Platform, channel: string, key: string): Promise<string | undefined>;
}

/** Pruning by age: what a long-running store deletes in the background. */
export interface RetentionStore {
  /** Deletes what is past its age (never an undelivered alert); how many rows of each kind went. */
  prune(now: Date, policy: RetentionPolicy): Promise<PruneCounts>;
}

/** Whether the database answers: what /readyz asks of the store. */
export interface StoreProbe {
  /** A cheap query (select 1); throws when the database does not answer. */
  ping(): Promise<void>;
  /** How many outbox rows wait for delivery (due or not), by one indexed count: the outbox depth /metrics reports. */
  pendingCount(): Promise<number>;
}

/** Every role in one: what a backend implements, and what opening and closing a desk deals with. */
export interface Store
  extends SnapshotStore,
    SettingsStore,
    MarketStore,
    QuoteHistoryStore,
    CapexStore,
    AlertStore,
    OutboxStore,
    InFlightMarks,
    RateSlots,
    AuditLog,
    InstallationRecords,
    DocumentClaims,
    NewsFeedStore,
    RequestClaims,
    AlertAcknowledgements,
    ThreadMessages,
    RetentionStore,
    StoreProbe {
  close(): Promise<void>;
}
