// The port every chat platform implements (Slack, Discord, the terminal; Teams or a webhook
// next): render an alert view and a reply in its own markup, post one message, say what a
// failure means, and how fast it may post. The delivery loop does everything else.
import type { Alert } from "../../alerts/types.js";
import type { AlertView } from "../../alerts/views/alert-view.js";
import type { Platform } from "../../store/store.js";
import type { ChartImage } from "../charts/chart-spec.js";
import type { Reply } from "../replies/reply.js";

/** What a failed post means for delivery. */
export type Failure =
  /** Rate limited, a 5xx, the network: try the same message again; `afterMs` when the platform said how long. */
  | { kind: "retry_later"; reason: string; afterMs?: number }
  /** The channel cannot take messages until someone fixes it (invite, permissions, unarchive): it is paused. */
  | { kind: "channel_gone"; reason: string }
  /** The token is no good: nothing can be posted until someone replaces it (or re-installs, per workspace). */
  | { kind: "token_bad"; reason: string }
  /** This message will never be taken (too large, malformed): it is set aside and the channel goes on. */
  | { kind: "refused"; reason: string };

export interface Pacing {
  /** Least time between two posts in one channel (Slack: about one a second). */
  channelIntervalMs: number;
  /** At most this many posts a second across all channels; absent when the platform's client paces itself. */
  globalPerSecond?: number;
  /**
   * `parallel`: each channel has its own worker, so one channel's pacing and waits hold up no other.
   * `serial`: one worker in outbox order across channels (the terminal and replays print in that order).
   */
  channels: "parallel" | "serial";
  /** At most this many posts under way at once across the channel workers; absent: no bound. */
  postsInFlight?: number;
  /** How often a paused channel is tried again; absent: it waits for the platform to say it is back. */
  probePausedMs?: number;
}

/** The words a platform uses for its channels' states (`watch list`) and in the log. */
export interface PlatformWords {
  /** `delivering to Slack`. */
  delivering: string;
  /** Shown after a paused channel's reason in `watch list` (what to fix), if anything. */
  pausedNote?: string;
  /** Shown after a stopped channel's reason. */
  stoppedNote?: string;
  /** Reasons when the platform gave none. */
  pausedReason: string;
  stoppedReason: string;
  /** What someone should do about a paused channel, for the log. */
  pausedHowTo: string;
  /** The log line when the token was refused: what to replace, and that alerts stay in the outbox. */
  tokenRefused(reason: string): string;
}

export interface DeliveryTarget {
  channel: string;
  /** The alert's id in the store (its outbox row's alert): what a platform tags the message with. */
  alertId?: number;
  /** The Slack workspace or Discord server, when known. */
  workspace?: string;
  alert: Alert;
}

export interface ChatPlatform<M = unknown> {
  readonly name: Platform;
  renderAlert(view: AlertView): M;
  /**
   * For outputs of the alert's record rather than of a view (`replay --json`): when present, the
   * loop skips building the view.
   */
  renderRecord?(alert: Alert): M;
  renderReply(reply: Reply): M;
  /** Resolves once the platform took the message; throws what `classify` understands otherwise. */
  post(target: DeliveryTarget, message: M): Promise<void> | void;
  classify(error: unknown): Failure;
  /**
   * Posts a chart under the alert just posted, natively (Slack: files.uploadV2; Discord: an
   * attachment; the terminal: a file and its path). Called only after the alert's text was taken.
   * With `retriesCharts`, a failure `classify` calls `retry_later` keeps the row pending for its
   * chart alone (the text is not posted again; see chart-sender.ts); any other failure is logged
   * and the alert stays delivered. Absent: the platform shows no charts.
   */
  postChart?(target: DeliveryTarget, chart: ChartImage): Promise<void> | void;
  /**
   * An upload that may succeed later (a 429, a 5xx) is tried again (Slack, Discord). Absent: a
   * chart that failed is only logged (the terminal's file write: trying again changes nothing).
   */
  readonly retriesCharts?: boolean;
  /**
   * How a post cut short by a crash is told apart from one never made. Absent (the terminal): no
   * in-flight mark, a row not marked delivered is simply posted again. `lookup`: the row is marked
   * in flight before each post, and after a restart `find` asks the platform whether the message
   * is there (Slack's metadata). `idempotent`: marked in flight too, and the platform itself drops
   * a re-send of the same message (Discord's enforced nonce), so it is simply posted again.
   */
  readonly inFlight?: { kind: "lookup"; find(target: DeliveryTarget, since: Date): Promise<boolean> } | { kind: "idempotent" };
  readonly pacing: Pacing;
  /** Tokens are per workspace (Slack OAuth): a refused one stops that workspace's channels only. */
  readonly tokenPerWorkspace?: boolean;
  readonly words: PlatformWords;
}
