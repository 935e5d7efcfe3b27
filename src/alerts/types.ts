// Alerts as they leave the engine: one record per channel, in the shape `replay --json` prints.
import type { Provenance } from "../sources/documents/guidance-event.js";
import { alertKindSchema, type thresholdsSchema } from "../sources/events.js";
import type { z } from "zod";

/**
 * The alert kinds, in the order help and settings list them. The names are written once, in the
 * watchlist line's schema (the replay format accepts exactly these); alerting code takes them from here.
 */
export const ALERT_KINDS = alertKindSchema.options;
export type AlertKind = (typeof ALERT_KINDS)[number];
/** A channel's alert thresholds: market-cap drop in % and USD, capex surprise in %. */
export type Thresholds = z.infer<typeof thresholdsSchema>;

/**
 * Where a channel lives, and so which delivery takes its alerts: "terminal" or the id of a registered chat platform (its folder under
 * src/bot/, see src/app/platform-registry.ts). A string, so a new platform edits no shared type;
 * the store keeps it as text.
 */
export type Platform = string;

interface AlertBase {
  channel: string;
  kind: AlertKind;
  /** ISO-8601 UTC time of the event that raised it. */
  ts: string;
}

export interface McapMoveAlert extends AlertBase {
  kind: "mcap_drop" | "mcap_gain";
  ticker: string;
  level: number;
  /** Null when the ticker's share count is unknown: the alert is percentage-only. */
  marketCap: number | null;
  referenceMarketCap: number | null;
  changeUsd: number | null;
  changePct: number;
  /** The trade that moved it, and its session (for readers; not part of the JSON contract). */
  price?: number;
  session?: "regular" | "pre" | "post";
  /** The channel's thresholds the level was measured against (for "level 2: twice your 5% threshold"). */
  thresholds?: Pick<Thresholds, "mcapDropPct" | "mcapDropUsd">;
  /** The capex-guidance or earnings alert this move followed in the same episode (for readers; not in the JSON). */
  after?: CauseAlert;
}

/**
 * mcap_drawdown: market value lost from the highest close of the channel's last `days` trading
 * days (the peak). Keys as the mcap alerts', with the peak as the reference (docs/replays.md).
 */
export interface McapDrawdownAlert extends AlertBase {
  kind: "mcap_drawdown";
  ticker: string;
  level: number;
  marketCap: number;
  /** The peak: the highest close of the window × the shares known at the quote. */
  referenceMarketCap: number;
  changeUsd: number;
  changePct: number;
  /** The trading day of the peak close (US/Eastern, YYYY-MM-DD). */
  peakDate: string;
  /** The window the peak was looked for in, in trading days. */
  days: number;
}

export type CapexBasis = "consensus" | "prior_guidance" | "prior_year_actual";

/** A guided figure against its baselines (percentages rounded to 2 decimals). */
export interface CapexGuidanceFigures {
  value: number;
  basis: CapexBasis;
  basisValue: number;
  surprisePct: number;
  vsConsensusPct: number | null;
  vsPriorGuidancePct: number | null;
  vsPriorYearActualPct: number | null;
}

/** Reported EPS and revenue against their estimates; every key present, null when unknown. */
export interface EarningsResultFigures {
  period: string | null;
  epsActual: number | null;
  epsEstimate: number | null;
  epsSurprisePct: number | null;
  revenueActual: number | null;
  revenueEstimate: number | null;
  revenueSurprisePct: number | null;
}

export interface CapexGuidanceAlert extends AlertBase, CapexGuidanceFigures {
  kind: "capex_guidance";
  ticker: string;
  period: string;
  low: number | null;
  high: number | null;
  url?: string;
  /** The sentence the guidance was read from (shown to readers, not part of the JSON contract). */
  sentence?: string;
  /** The consensus provider, where the consensus line named one. */
  consensusSource?: string;
  /** "year": the figure is per year of a multi-year plan, not its total. */
  per?: "year";
  /** Where the words come from; absent only on alerts recorded before provenance existed. */
  provenance?: AlertProvenance;
}

/** The `provenance` key of a capex_guidance alert: the document, the voice and the phrase readers see. */
export type AlertProvenance = Pick<Provenance, "kind" | "url" | "speaker" | "voice" | "said">;

export interface CapexActualAlert extends AlertBase {
  kind: "capex_actual";
  ticker: string;
  period: string;
  value: number;
  consensus: number;
  surprisePct: number;
}

export interface EarningsItem {
  ticker: string;
  date: string;
  time: "bmo" | "amc" | "unknown";
}

export interface EarningsUpcomingAlert extends AlertBase {
  kind: "earnings_upcoming";
  items: EarningsItem[];
}

export interface EarningsResultAlert extends AlertBase, EarningsResultFigures {
  kind: "earnings_result";
  ticker: string;
}

/** An alert a market-cap move can follow: its figures, without the quoted sentence. */
export type CauseAlert = Omit<CapexGuidanceAlert, "sentence" | "provenance"> | EarningsResultAlert;

/** One watched ticker's close against the close before, in the daily recap. */
export interface RecapMove {
  ticker: string;
  close: number;
  previousClose: number;
  changePct: number;
  /** Null when the share count is unknown. */
  marketCapChange: number | null;
  marketCap: number | null;
}

/**
 * The daily recap (16:15 ET, trading days, channels that opted in): not an alert kind a watchlist
 * enables, and never in a replay's `--json` unless asked for (`--recap`).
 */
export interface DailyRecapAlert {
  channel: string;
  kind: "daily_recap";
  ts: string;
  /** The US/Eastern trading day it recaps. */
  day: string;
  /** Close-to-close moves, largest market-value change first (percent where the value is unknown). */
  moves: RecapMove[];
  /** The day's alerts posted in the channel, oldest first. */
  alerts: Alert[];
  /** Reports due on the next trading day. */
  earnings: EarningsItem[];
}

export type Alert = McapMoveAlert | McapDrawdownAlert | CapexGuidanceAlert | CapexActualAlert | EarningsUpcomingAlert | EarningsResultAlert | DailyRecapAlert;

/** A channel's opt-ins beyond thresholds and kinds. */
export interface ChannelOptions {
  /** The daily recap at 16:15 ET on trading days. */
  recap?: boolean;
}

/** A channel's subscription: what it watches and how loud it is. */
/** The terminal and replays: one tenant, the operator's own. */
export const LOCAL_TENANT = "local";

/**
 * The tenant a channel or a command belongs to: its Slack workspace or Discord server, or the local
 * tenant (the terminal, replays). Admin-entered data of one tenant never changes another's alerts.
 */
export function tenantOf(place: { platform?: Platform; workspace?: string }): string {
  if (place.platform === undefined || place.platform === "terminal" || place.workspace === undefined) return LOCAL_TENANT;
  return `${place.platform}:${place.workspace}`;
}

export interface Watchlist {
  channel: string;
  /** Where the channel lives: "terminal", "slack", "discord". */
  platform: Platform;
  /** Its Slack workspace or Discord server, when it has one. */
  workspace?: string;
  /** `"*"` watches every ticker (the replay's default channel). */
  tickers: ReadonlySet<string> | "*";
  thresholds: Thresholds;
  kinds: ReadonlySet<AlertKind>;
  options: ChannelOptions;
}

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({
  mcapDropPct: 5,
  mcapDropUsd: 100e9,
  capexSurprisePct: 10,
  drawdownPct: 10,
  drawdownUsd: 200e9,
  drawdownDays: 20,
});

export const DEFAULT_KINDS: readonly AlertKind[] = Object.freeze([
  "mcap_drop",
  "capex_guidance",
  "capex_actual",
  "earnings_upcoming",
  "earnings_result",
]);

/** Percentages are printed with two decimals; comparisons always use the unrounded figure. */
export function roundPct(pct: number): number {
  return Math.round(pct * 100) / 100;
}

export function watches(watchlist: Watchlist, ticker: string, kind: AlertKind): boolean {
  return watchlist.kinds.has(kind) && (watchlist.tickers === "*" || watchlist.tickers.has(ticker));
}

/** An alert's or a record's time as ISO 8601 UTC, the form the outbox, history and JSON use. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
