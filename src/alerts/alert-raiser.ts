// Raising an alert for a channel: once per episode (Episodes), kept in history only while the
// channel mutes the ticker (ChannelRouter), then recorded before anyone delivers it (AlertWriter).
import type { AlertStore, AlertToRecord } from "./store-roles.js";
import { AlertWriter, type AlertsListener, type WriteRetryPolicy } from "./alert-writer.js";
import type { ChannelRouter } from "./channel-router.js";
import { Causes } from "./causes.js";
import { DayAlerts } from "./daily-recap.js";
import type { Episodes } from "./episodes.js";
import { quietUntil } from "./quiet-hours.js";
import { isoTime, type Alert, type Watchlist } from "./types.js";

export class AlertRaiser {
  private readonly writer: AlertWriter;
  /** The latest cause (guidance, results) each channel got per ticker, for the moves that follow. */
  readonly causes = new Causes();
  /** Each channel's posted alerts of the day, for its daily recap. */
  readonly today = new DayAlerts();

  constructor(
    private readonly episodes: Episodes,
    private readonly router: Pick<ChannelRouter, "muteUntil"> & Partial<Pick<ChannelRouter, "quietHoursOf">>,
    store: AlertStore,
    retry?: WriteRetryPolicy,
  ) {
    this.writer = new AlertWriter(store, retry);
  }

  /** Why alerts are not being written just now, or undefined when they are. */
  get storeProblem(): string | undefined {
    return this.writer.storeProblem;
  }

  /** The highest value already raised in `channel` under `key` (0 when none). */
  firedLevel(channel: string, key: string): number {
    return this.episodes.firedLevel(channel, key);
  }

  /** Adds an alert unless the channel already had it (or a higher level of it); muted ones go to history only. */
  raise(out: AlertToRecord[], w: Watchlist, key: string, value: number, alert: Alert): void {
    if (!this.episodes.advance(w.channel, key, value)) return;
    const until = "ticker" in alert ? this.router.muteUntil(w.channel, alert.ticker) : undefined;
    const muted = until !== undefined && Date.parse(alert.ts) < until;
    // Quiet hours judge the event's time, as mutes do: the same alert is held the same way on every run.
    const quiet = muted ? undefined : this.router.quietHoursOf?.(w.channel);
    const heldUntil = quiet === undefined ? undefined : quietUntil(quiet, Date.parse(alert.ts));
    // A cause is kept in the store with its alert: a restarted engine still links the moves that follow.
    const cause = this.causes.note(alert);
    out.push({ alert, dedupe: { channel: w.channel, key, value }, muted, platform: w.platform, ...(heldUntil === undefined ? {} : { heldUntil: isoTime(heldUntil) }), ...(cause ? { cause } : {}) });
    this.today.note(alert, muted);
  }

  /** Called with each batch of alerts once they are safely in the outbox. */
  onRecorded(listener: AlertsListener): void {
    this.writer.onRecorded(listener);
  }

  write(alerts: AlertToRecord[] | undefined): Promise<void> | undefined {
    return this.writer.write(alerts);
  }

  /** Waits until every alert raised so far is in the store (and its listeners ran). */
  flush(): Promise<void> {
    return this.writer.flush();
  }
}
