// What alerting keeps in a store: its records and the store roles the engine writes to. Alerting
// owns these (the store implements them and imports them as types), so alerts/ imports nothing
// of store/. Every role is small enough to implement on another database.
import type { FiscalYearNaming } from "../sources/events.js";
import type { AlertKind, ChannelOptions, Thresholds } from "./types.js";
import type { Platform } from "./types.js";
import type { Alert, CauseAlert } from "./types.js";
import type { QuoteDayRecord } from "./quote-history.js";
import type { QuietHoursRecord } from "./quiet-hours.js";

export type { QuietHoursRecord } from "./quiet-hours.js";

export interface CompanyRecord {
  ticker: string;
  name?: string;
  cik?: string;
  fiscalYearEnd?: string;
  /** Absent: not known (and in stores from before 019). */
  fiscalYearNamedBy?: FiscalYearNaming;
  /** ISO 4217 code it reports in; absent: not known (and in stores from before 020). */
  currency?: string;
  sharesOutstanding?: number;
}

export interface WatchlistRecord {
  channel: string;
  /** Default "terminal" (replays and `npm start`). */
  platform?: Platform;
  /** The Slack workspace or Discord server the channel belongs to. */
  workspace?: string;
  tickers: string[] | "*";
  thresholds: Thresholds;
  kinds: AlertKind[];
  /** Opt-ins beyond thresholds and kinds; absent for a channel that never set one. */
  options?: ChannelOptions;
}

export interface ConsensusRecord {
  ticker: string;
  period: string;
  value: number;
  source?: string;
  ts: string;
  /** The tenant whose admin set it (see tenantOf); absent for market data every tenant shares. */
  tenant?: string;
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
  /** Earlier days' closes, oldest first (mcap_drawdown's peak); absent in stores from before 015. */
  closes?: Array<{ price: number; day: string }>;
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
  /** Channels' quiet hours; absent from stores and fakes that have none. */
  quietHours?: QuietHoursRecord[];
  /** The latest cause alert (guidance, results) per channel and ticker; absent from stores and fakes that keep none. */
  causes?: CauseAlert[];
}

/** An alert to record, with the dedupe mark that keeps it from being raised again. */
export interface AlertToRecord {
  alert: Alert;
  dedupe: DedupeRecord;
  /** A muted alert goes to history only, never to the outbox. */
  muted?: boolean;
  /** The platform of the alert's channel (default "terminal"). */
  platform?: Platform;
  /** Raised in the channel's quiet hours: held in the outbox until then (ISO), then summarised. */
  heldUntil?: string;
  /** A cause (guidance, results): its figures, kept as the channel's latest for the ticker. */
  cause?: CauseAlert;
}

export interface StoredAlert {
  id: number;
  alert: Alert;
  createdAt: string;
  muted: boolean;
  /** Why the platform refused it for good, when it was parked instead of delivered. */
  parked?: string;
}

// The store roles alerting uses; store/store.ts adds the others (outbox, audit, installations,
// pushed documents, news feeds) and their sum, Store.

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
  /** Sets or (undefined) removes the channel's quiet hours; removing releases the alerts they hold. */
  saveQuietHours(channel: string, window: QuietHoursRecord | undefined, audit: AuditEntry): Promise<void>;
}

/** Companies and market state: names and shares, closes, earnings dates and results. */
export interface MarketStore {
  saveCompany(company: CompanyRecord): Promise<void>;
  saveMarketState(states: MarketStateRecord[]): Promise<void>;
  saveEarningsSchedule(entry: EarningsScheduleRecord): Promise<void>;
  saveEarningsResult(result: EarningsResultRecord): Promise<void>;
  earningsResultsFor(ticker: string, limit: number): Promise<EarningsResultRecord[]>;
}

/** Quote history for charts: each ticker's five-minute prices per day (quote-history.ts), kept 30 days. */
export interface QuoteHistoryStore {
  /** Days of five-minute quote history, merged into what is stored. */
  saveQuoteDays(days: QuoteDayRecord[]): Promise<void>;
  /** The ticker's stored days from `fromDay` to `toDay` (US/Eastern, inclusive), oldest first. */
  quoteDays(ticker: string, fromDay: string, toDay: string): Promise<QuoteDayRecord[]>;
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
