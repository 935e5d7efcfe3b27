// What a command handler is given: who asks, where, and the desk it reads and changes.
import type { CapexView } from "../../alerts/capex-tracker.js";
import type { ChannelSettings } from "../../alerts/channel-router.js";
import type { Engine } from "../../alerts/engine.js";
import type { MarketView } from "../../alerts/market-state.js";
import type { TickerDirectory } from "./handlers/known-tickers.js";
import type { AlertAcknowledgements, AlertStore, AuditLog, CapexStore, MarketStore, NewsFeedStore, Platform, QuoteHistoryStore, Store } from "../../store/store.js";

export interface Caller {
  channel: string;
  /** Where the command came from; a new watchlist lives there. Default "terminal". */
  platform?: Platform;
  /** The Slack workspace or Discord server of the channel. */
  workspace?: string;
  userId: string;
  /** The platform adapter decides: Slack workspace admins, Discord Manage Server, the local terminal user. */
  isAdmin: boolean;
  /**
   * An operator of this capwatch (CAPWATCH_ADMINS on Slack, the local terminal user): may change
   * what every tenant shares (news feeds). A workspace's or server's admin is not one.
   */
  isOperator?: boolean;
}

/** The engine's roles commands use: they read market state and the capex book; settings go through routing. */
export interface CommandEngine {
  readonly market: MarketView;
  readonly capex: CapexView;
  readonly routing: ChannelSettings;
}

/** The store roles commands look up: alert history, the audit log, market and capex figures, quote history, news feeds, acknowledgements. */
export type CommandStore = AlertStore & AuditLog & MarketStore & QuoteHistoryStore & CapexStore & NewsFeedStore & AlertAcknowledgements;

/** What a command handler is given: the roles it reads and changes, the clocks, how delivery is going. */
export interface CommandDesk {
  engine: CommandEngine;
  store: CommandStore;
  /** The data clock: the replay's market time, or the wall clock when live. */
  dataNow(): number;
  /** Real time, for the audit log. */
  wallNow(): Date;
  /** Where the numbers come from, named in every lookup's footnote. */
  source: string;
  /** How the channel's alerts are getting out ("delivering", "paused: not_in_channel", …). */
  deliveryState(channel: string): string;
  /** How fresh the data is (live sources: fresh or stale per provider); the source when absent. */
  dataState?(): string;
  /**
   * The live providers' tickers, for `watch add` (live only). Absent, a ticker is known when the
   * store has it (a replay's companies); see handlers/known-tickers.ts.
   */
  tickers?: TickerDirectory;
}

/** What platforms are started with: the command desk, with the whole engine and store they wire delivery to. */
export interface Desk extends CommandDesk {
  engine: Engine;
  store: Store;
}
