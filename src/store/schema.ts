// The tables as Kysely sees them. Times are ISO-8601 UTC text; money is double precision.
import type { Generated } from "kysely";

export interface CompaniesTable {
  ticker: string;
  name: string | null;
  cik: string | null;
  fiscal_year_end: string | null;
  /** "start" or "end"; null when not known (and on rows from before 019). */
  fiscal_year_named_by: string | null;
  /** ISO 4217 code the company reports in; null when not known (and on rows from before 020). */
  currency: string | null;
  shares_outstanding: number | null;
}

export interface WatchlistsTable {
  channel: string;
  position: number;
  /** JSON: an array of tickers, or "*" for every ticker. */
  tickers: string;
  /** JSON: the merged thresholds. */
  thresholds: string;
  /** JSON: the enabled alert kinds. */
  kinds: string;
  updated_at: string;
  platform: Generated<string>;
  workspace: string | null;
  /** JSON: the channel's options (recap, quiet hours, drawdown window), or null. */
  options: string | null;
}

export interface ConsensusTable {
  ticker: string;
  metric: string;
  period: string;
  /** The workspace or server whose admin set it; "" for market data every tenant shares. */
  tenant: string;
  value: number;
  source: string | null;
  ts: string;
}

export interface CapexActualsTable {
  ticker: string;
  period: string;
  value: number;
  ts: string;
}

export interface GuidanceHistoryTable {
  id: Generated<number>;
  ticker: string;
  period: string;
  low: number | null;
  high: number | null;
  currency: string;
  ts: string;
  sentence: string | null;
  url: string | null;
  segment: string | null;
  per: string | null;
  voice: string | null;
  speaker_name: string | null;
  speaker_role: string | null;
  document_kind: string | null;
  title: string | null;
}

export interface EarningsScheduleTable {
  ticker: string;
  date: string;
  time: string;
  period: string | null;
  eps_estimate: number | null;
  revenue_estimate: number | null;
  ts: string;
}

export interface MarketStateTable {
  ticker: string;
  last_price: number | null;
  last_day: string | null;
  prev_price: number | null;
  prev_day: string | null;
  /** The latest trade of any session, for lookups. */
  quote_price: number | null;
  quote_ts: string | null;
  quote_session: string | null;
  quote_prev_close: number | null;
  /** Earlier days' closes as JSON `[{price, day}]`, oldest first (migration 015). */
  closes: string | null;
}

export interface QuietHoursTable {
  channel: string;
  start_minute: number;
  end_minute: number;
  updated_at: string;
}

/** Migration 012: one ticker's five-minute prices for one US/Eastern day (alerts/quote-history.ts). */
export interface QuoteHistoryTable {
  ticker: string;
  day: string;
  prices: string;
}

export interface DedupeTable {
  channel: string;
  key: string;
  value: number;
  updated_at: string;
}

export interface AlertsTable {
  id: Generated<number>;
  channel: string;
  kind: string;
  ticker: string | null;
  ts: string;
  /** JSON of the alert. */
  payload: string;
  created_at: string;
  /** 1 when the channel had the ticker muted: kept in history, never posted. */
  muted: Generated<number>;
}

export interface OutboxTable {
  id: Generated<number>;
  alert_id: number;
  channel: string;
  /** parked: refused by its platform for a reason that will not change; kept, no longer tried. */
  status: "pending" | "delivered" | "parked";
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
  platform: Generated<string>;
  /** When the last post began; kept after a failure (its answer may have been lost), null on rows never posted. */
  sending_at: string | null;
  /** On PostgreSQL, the instance delivering the row, until its lease ends (then anyone may take it). */
  claimed_by: string | null;
  claimed_until: string | null;
  /** Raised in its channel's quiet hours: held until then, then posted in the window's summary (015). */
  held_until: string | null;
  /** Its text was taken, its chart not yet (017): only the chart is tried again. */
  text_posted_at: string | null;
}

export interface MutesTable {
  channel: string;
  ticker: string;
  until: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  channel: string;
  user_id: string;
  action: string;
  /** JSON of what changed. */
  details: string;
}

export interface EarningsResultsTable {
  ticker: string;
  ts: string;
  period: string | null;
  eps_actual: number | null;
  eps_estimate: number | null;
  revenue_actual: number | null;
  revenue_estimate: number | null;
}

export interface ChannelStatusTable {
  platform: string;
  channel: string;
  /** "active", "paused" (the platform refused the channel) or "stopped" (the workspace left). */
  state: string;
  reason: string | null;
  updated_at: string;
}

export interface InstallationsTable {
  platform: string;
  key: string;
  /** JSON of the platform's installation record. */
  data: string;
  updated_at: string;
}

/** A pushed document's key (ticker + url, or ticker + hash of the text): seen once. */
export interface IngestedDocumentsTable {
  key: string;
  ticker: string;
  url: string | null;
  received_at: string;
}

/** A signed request (Slack, Discord) already answered, kept until its signature would expire. */
/** Where an alert others reply to was posted: its platform message (Slack ts, Discord id). */
export interface ThreadMessagesTable {
  platform: string;
  channel: string;
  /** The alert's thread key (kind, ticker, time). */
  thread_key: string;
  message_ref: string;
  at: string;
}

/** Migration 016: the latest cause alert (guidance, results) per channel and ticker (alerts/causes.ts). */
export interface AlertCausesTable {
  channel: string;
  ticker: string;
  /** JSON of the cause's figures (a CauseAlert). */
  payload: string;
  updated_at: string;
}

export interface SeenRequestsTable {
  key: string;
  expires_at: string;
}

/** An RSS or Atom feed an admin added for a ticker (a company's IR press releases, say). */
export interface NewsFeedsTable {
  ticker: string;
  url: string;
  added_by: string | null;
  added_at: string;
}

/** An alert acknowledged from its button: by whom (id and the name shown), when. */
export interface AlertAcksTable {
  alert_id: number;
  channel: string;
  user_id: string;
  user_name: string;
  at: string;
}

/** On PostgreSQL, the instance delivering a channel's alerts until `until` (outbox-claims.ts). */
export interface ChannelLeasesTable {
  channel: string;
  instance: string;
  until: string;
}

/** On PostgreSQL, a bucket's next free request slot, epoch ms (rate-slots.ts). */
export interface RateSlotsTable {
  bucket: string;
  next_at: number;
}

export interface Database {
  companies: CompaniesTable;
  watchlists: WatchlistsTable;
  consensus: ConsensusTable;
  capex_actuals: CapexActualsTable;
  guidance_history: GuidanceHistoryTable;
  earnings_schedule: EarningsScheduleTable;
  market_state: MarketStateTable;
  quote_history: QuoteHistoryTable;
  dedupe: DedupeTable;
  alerts: AlertsTable;
  outbox: OutboxTable;
  channel_leases: ChannelLeasesTable;
  rate_slots: RateSlotsTable;
  mutes: MutesTable;
  quiet_hours: QuietHoursTable;
  audit_log: AuditLogTable;
  earnings_results: EarningsResultsTable;
  channel_status: ChannelStatusTable;
  installations: InstallationsTable;
  ingested_documents: IngestedDocumentsTable;
  news_feeds: NewsFeedsTable;
  seen_requests: SeenRequestsTable;
  alert_acks: AlertAcksTable;
  thread_messages: ThreadMessagesTable;
  alert_causes: AlertCausesTable;
}
