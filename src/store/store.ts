// The one persistence interface: the engine, delivery and commands use only this.
import type { Alert } from "../alerts/types.js";
import type { AlertKind, Thresholds } from "../sources/events.js";

export interface CompanyRecord {
  ticker: string;
  name?: string;
  cik?: string;
  fiscalYearEnd?: string;
  sharesOutstanding?: number;
}

export interface WatchlistRecord {
  channel: string;
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

/** The closes a ticker's next quote is measured against. */
export interface MarketStateRecord {
  ticker: string;
  lastRegular?: { price: number; day: string };
  prevDayRegular?: { price: number; day: string };
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
}

/** An alert to record, with the dedupe mark that keeps it from being raised again. */
export interface AlertToRecord {
  alert: Alert;
  dedupe: DedupeRecord;
}

export interface OutboxEntry {
  id: number;
  alertId: number;
  channel: string;
  attempts: number;
  alert: Alert;
}

export interface StoredAlert {
  id: number;
  alert: Alert;
  createdAt: string;
}

export interface Store {
  loadEngineState(): Promise<EngineSnapshot>;
  saveCompany(company: CompanyRecord): Promise<void>;
  saveWatchlist(watchlist: WatchlistRecord): Promise<void>;
  saveConsensus(consensus: ConsensusRecord): Promise<void>;
  saveCapexActual(actual: CapexActualRecord): Promise<void>;
  appendGuidance(statements: GuidanceRecord[]): Promise<void>;
  saveEarningsSchedule(entry: EarningsScheduleRecord): Promise<void>;
  saveMarketState(states: MarketStateRecord[]): Promise<void>;
  /** Alert history, outbox and dedupe marks in one transaction: all or nothing. */
  recordAlerts(alerts: AlertToRecord[]): Promise<void>;
  /** Undelivered alerts due by `now`, oldest first. */
  pendingOutbox(limit: number, now: Date): Promise<OutboxEntry[]>;
  markDelivered(outboxIds: number[], at: Date): Promise<void>;
  markDeliveryFailed(outboxId: number, error: string, retryAt: Date): Promise<void>;
  recentAlerts(channel: string | null, limit: number): Promise<StoredAlert[]>;
  close(): Promise<void>;
}
