// What a command handler is given: who asks, where, and the desk it reads and changes.
import type { Engine } from "../../alerts/engine.js";
import type { Store } from "../../store/store.js";
import type { Platform } from "../../alerts/types.js";

export interface Caller {
  channel: string;
  /** Where the command came from; a new watchlist lives there. Default "terminal". */
  platform?: Platform;
  /** The Slack workspace or Discord server of the channel. */
  workspace?: string;
  userId: string;
  /** The platform adapter decides: Slack workspace admins, Discord Manage Server, the local terminal user. */
  isAdmin: boolean;
}

export interface Desk {
  engine: Engine;
  store: Store;
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
}
