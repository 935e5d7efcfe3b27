// The `/capwatch` commands, parsed once and shared by every platform.
import type { AlertKind, Thresholds } from "../../alerts/types.js";

/** `share` turns a lookup that is private by default into one shown to the channel. */
interface Lookup {
  share: boolean;
}

/** What `chart` draws: one day of five-minute prices, five trading days, or a month. */
export const CHART_RANGES = ["1d", "5d", "1m"] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

export type MuteDuration = { kind: "for"; ms: number; text: string } | { kind: "until"; date: string };

export type Command =
  | ({ name: "quote"; tickers: string[] } & Lookup)
  | ({ name: "movers"; limit: number } & Lookup)
  | ({ name: "earnings"; target: { kind: "next" } | { kind: "ticker"; ticker: string } | { kind: "week" } } & Lookup)
  | ({ name: "capex"; ticker: string } & Lookup)
  | ({ name: "capex_compare"; tickers: string[] } & Lookup)
  | { name: "chart"; ticker: string; range: ChartRange }
  | ({ name: "alerts"; limit: number; ticker?: string } & Lookup)
  | ({ name: "watch_list" } & Lookup)
  | { name: "watch_add"; tickers: string[] }
  | { name: "watch_remove"; tickers: string[] }
  | { name: "thresholds_set"; changes: Partial<Thresholds> }
  | { name: "kinds_enable"; kinds: AlertKind[] }
  | { name: "kinds_disable"; kinds: AlertKind[] }
  | { name: "consensus_set"; ticker: string; metric: "capex"; period: string; value: number; source?: string }
  | ({ name: "consensus_list"; ticker: string } & Lookup)
  | { name: "feeds_add"; ticker: string; url: string }
  | { name: "feeds_remove"; ticker: string; url: string }
  | ({ name: "feeds_list"; ticker?: string } & Lookup)
  | { name: "mute"; ticker: string; duration: MuteDuration }
  | { name: "unmute"; ticker: string }
  | { name: "quiet_set"; startMinute: number; endMinute: number }
  | { name: "quiet_off" }
  | { name: "audit"; limit: number }
  | { name: "recap_on" }
  | { name: "recap_off" }
  | { name: "help"; topic?: string };

export type CommandName = Command["name"];

/** Every way a command can be wrong; each has a message for the person and a test. */
export type UserErrorCode =
  | "empty"
  | "unknown_command"
  | "unknown_subcommand"
  | "missing_argument"
  | "too_many_arguments"
  | "invalid_ticker"
  | "invalid_number"
  | "invalid_money"
  | "invalid_percent"
  | "invalid_period"
  | "invalid_duration"
  | "invalid_date"
  | "invalid_time"
  | "invalid_url"
  | "invalid_range"
  | "unknown_kind"
  | "unknown_threshold"
  | "unknown_help_topic";

export interface UserError {
  code: UserErrorCode;
  /** What was wrong, in words the person can act on. */
  message: string;
  /** The right usage, with an example. */
  usage: string;
}

export type ParseResult = { ok: true; command: Command } | { ok: false; error: UserError };
