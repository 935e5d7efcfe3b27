// One row of the outbox tried once on its platform: render (the view built here, once), post
// (paced globally when the platform asks), and on failure what its class says: wait and retry
// with the one backoff, pause the channel, stop on the token, or set the message aside.
import type Bottleneck from "bottleneck";
import { alertView, type NameOf } from "../../alerts/views/alert-view.js";
import type { Alert } from "../../alerts/types.js";
import { quietSummaryView } from "../../alerts/views/quiet-summary.js";
import type { OutboxEntry, Platform, Store } from "../../store/store.js";
import type { ChartImage } from "../charts/chart-spec.js";
import { MAX_BACKOFF_MS, retryDelayMs, waitWords } from "./backoff.js";
import type { ChatPlatform, DeliveryTarget, Failure } from "./chat-platform.js";
import type { ChannelStates } from "./channel-states.js";
import type { Sleep } from "./sleep.js";
import { rowIds, type SendUnit } from "./held-summary.js";
import { ChartSender } from "./chart-sender.js";

/** The Store methods delivery uses: outbox reads and marks. */
export type DeliveryOutbox = Pick<Store, "pendingOutbox" | "markDelivered" | "markDeliveryFailed" | "parkOutbox"> & Partial<Pick<Store, "markInFlight" | "markChartPending">>;

/** A message its platform refuses this many times (minutes apart) is parked: it will not change. */
export const REFUSALS_BEFORE_PARKING = 3;

export interface DeliveryLoopOptions<M> {
  outbox: DeliveryOutbox;
  platform: ChatPlatform<M>;
  states: ChannelStates;
  /** Company names for the views. */
  nameOf?: NameOf;
  /** Which rows: the platform's own (default), or every platform's (a replay prints them all). */
  rows?: Platform | "all";
  /** The platform's channels with their workspace (from the watchlists), for posting and stopping a workspace. */
  channels?: () => Array<{ channel: string; workspace?: string }>;
  /** One channel's workspace, looked up directly: asked at every post, where scanning `channels` made a fan-out quadratic. */
  workspaceOf?: (channel: string) => string | undefined;
  log?: (line: string) => void;
  clock?: () => Date;
  /** Tests pass a sleep that advances their clock instead of waiting. */
  sleep?: Sleep;
  /** Called once when the platform refused the token for good. */
  onHalt?: (message: string) => void;
  /** The chart under an alert (market-cap moves), drawn after its text was taken; undefined: none. */
  chartFor?: (alert: Alert) => Promise<ChartImage> | undefined;
}

export { CHART_DEADLINE_MS } from "./chart-sender.js";

/** What became of one try: taken; failed, wait here and retry; the channel waits; set aside, go on. */
export type Outcome = "sent" | "wait" | "held" | "skipped";

export class RowSender<M> {
  private readonly platform: ChatPlatform<M>;
  private readonly states: ChannelStates;
  private readonly lastPost = new Map<string, number>();
  /** Rows whose post began in this run and got no answer that says it was not taken (a 5xx, a timeout). */
  private readonly unanswered = new Map<number, Date>();
  /** How long a channel's worker waits before trying its failed row again. */
  private readonly waits = new Map<string, number>();
  /** Loaded only for a platform with a global rate (bottleneck costs tens of ms to import). */
  private readonly limiter: Promise<Bottleneck> | undefined;
  private readonly charts: ChartSender<M>;

  constructor(
    private readonly options: DeliveryLoopOptions<M>,
    private readonly clock: () => Date,
    private readonly log: (line: string) => void,
  ) {
    this.platform = options.platform;
    this.states = options.states;
    const perSecond = this.platform.pacing.globalPerSecond;
    const outbox = options.outbox;
    const markChartPending = outbox.markChartPending?.bind(outbox);
    this.charts = new ChartSender({ platform: this.platform, chartFor: options.chartFor, markChartPending, clock, log });
    this.limiter = perSecond === undefined ? undefined : import("bottleneck").then(({ default: Limiter }) => new Limiter({ minTime: Math.ceil(1000 / perSecond), maxConcurrent: 1 }));
  }

  waitMs(channel: string): number {
    return this.waits.get(channel) ?? 0;
  }

  lastPostAt(channel: string): number | undefined {
    return this.lastPost.get(channel);
  }

  async stop(): Promise<void> {
    await (await this.limiter)?.stop({ dropWaitingJobs: true }).catch(() => undefined);
  }

  /** The app left the workspace (or its tokens were revoked): its channels stop; history stays. */
  async stopWorkspace(workspace: string, reason: string): Promise<void> {
    const channels = this.channelsOf(workspace);
    for (const channel of channels) await this.states.set(channel, "stopped", reason);
    if (channels.length > 0) this.log(`${this.platform.name}: workspace ${workspace}: ${reason}; delivery to its ${channels.length} channel(s) stopped, their alerts stay in the outbox`);
  }

  channelsOf(workspace: string): string[] {
    return (this.options.channels?.() ?? []).filter((c) => c.workspace === workspace).map((c) => c.channel);
  }

  /**
   * One try of one row: render, post, and on failure do what its class says. A platform that
   * posts synchronously (the terminal, a replay's output) gets its answer without a promise:
   * a replay delivers hundreds of thousands of alerts, and the awaits were a third of its cost.
   */
  attempt(entry: SendUnit): Outcome | Promise<Outcome> {
    const { channel } = entry;
    const paused = this.states.stateOf(channel) === "paused";
    if (paused) this.states.probing(channel, this.clock().getTime());
    // Its text is there already (an earlier try's chart upload failed): only the chart is sent.
    if (entry.textPostedAt !== undefined && entry.held === undefined) return this.afterPost(entry, paused);
    let posting: Promise<void> | void;
    try {
      posting = this.platform.inFlight ? this.postInFlight(entry) : this.post(entry);
    } catch (error) {
      return this.failed(entry, error);
    }
    if (posting instanceof Promise) return posting.then(() => this.afterPost(entry, paused), (error: unknown) => this.failed(entry, error));
    return this.afterPost(entry, paused);
  }

  /** The text was taken: its chart, if it has one, then the row counts as sent (a chart never un-sends it). */
  private afterPost(entry: SendUnit, paused: boolean): Outcome | Promise<Outcome> {
    // A quiet-hours summary is one message about many alerts: no one alert's chart under it.
    const charted = entry.held === undefined ? this.charts.post(entry, this.target(entry)) : undefined;
    if (charted === undefined) return this.sent(entry.channel, paused);
    // A chart to retry: the channel took the text and goes on; the row comes due again for its chart.
    return charted.then((outcome) => this.sent(entry.channel, paused, outcome === "retry" ? "skipped" : "sent"));
  }

  private sent(channel: string, paused: boolean, outcome: "sent" | "skipped" = "sent"): Outcome | Promise<Outcome> {
    if (this.platform.pacing.channelIntervalMs > 0) this.lastPost.set(channel, this.clock().getTime());
    this.states.delivered(channel);
    if (!paused) return outcome;
    return this.states.set(channel, "active").then((resumed) => {
      if (resumed) this.log(`${this.platform.name}: ${channel} accepts alerts again; delivery resumed`);
      return outcome;
    });
  }

  /**
   * At most one duplicate per crash: a row whose earlier post began and was not delivered (a crash,
   * a failure whose answer may have been lost) is first looked for on the platform when it can be
   * asked; each post is marked in flight before it starts.
   */
  private async postInFlight(entry: SendUnit): Promise<void> {
    const inFlight = this.platform.inFlight;
    const since = entry.inFlightSince ?? this.unanswered.get(entry.id);
    if (inFlight?.kind === "lookup" && since !== undefined) {
      if (await inFlight.find(this.target(entry), since)) {
        this.unanswered.delete(entry.id);
        this.log(`${this.platform.name}: ${entry.channel}: alert ${entry.alertId} is there already (an earlier post's answer was lost); not posted again`);
        return;
      }
    }
    const at = this.clock();
    await this.options.outbox.markInFlight?.(entry.id, at);
    this.unanswered.set(entry.id, at);
    await this.post(entry);
    this.unanswered.delete(entry.id);
  }

  private target(entry: OutboxEntry): DeliveryTarget {
    return { channel: entry.channel, workspace: this.workspaceOf(entry.channel), alert: entry.alert, alertId: entry.alertId };
  }

  private post(entry: SendUnit): Promise<void> | void {
    const p = this.platform;
    const alert = entry.alert;
    // Held rows go as the window's summary: a view like any alert's, rendered by the platform's own code.
    const message = entry.held
      ? p.renderAlert(quietSummaryView(entry.held.map((e) => e.alert), this.options.nameOf))
      : p.renderRecord
        ? p.renderRecord(alert)
        : p.renderAlert(alertView(alert, this.options.nameOf, { id: entry.alertId }));
    const target = this.target(entry);
    return this.limiter ? this.limiter.then((limiter) => limiter.schedule(async () => p.post(target, message))) : p.post(target, message);
  }

  private workspaceOf(channel: string): string | undefined {
    if (this.options.workspaceOf) return this.options.workspaceOf(channel);
    return this.options.channels?.().find((c) => c.channel === channel)?.workspace;
  }

  private async failed(entry: SendUnit, error: unknown): Promise<Outcome> {
    const { channel } = entry;
    if (this.platform.pacing.channelIntervalMs > 0) this.lastPost.set(channel, this.clock().getTime());
    const failure: Failure = this.platform.classify(error);
    const name = this.platform.name;
    // A refusal or a wait the platform asked for is an answer: the post was not taken.
    if (failure.kind !== "retry_later" || failure.afterMs !== undefined) this.unanswered.delete(entry.id);
    switch (failure.kind) {
      case "retry_later": {
        const waitMs = failure.afterMs ?? (await retryDelayMs(entry.attempts));
        // A summary's rows wait together, so they come due (and are gathered) together again.
        for (const id of rowIds(entry)) await this.options.outbox.markDeliveryFailed(id, failure.reason, new Date(this.clock().getTime() + waitMs));
        this.states.retrying(channel, failure.reason);
        this.waits.set(channel, waitMs);
        this.log(`${name}: ${channel}: ${failure.reason}; retrying in ${waitWords(waitMs)}`);
        // A channel worker waits it out; in outbox order, the channel waits for a later pass.
        return this.platform.pacing.channels === "parallel" ? "wait" : "held";
      }
      case "channel_gone":
        if (await this.states.set(channel, "paused", failure.reason)) {
          this.log(`${name}: ${channel}: ${failure.reason}; delivery paused (${this.platform.words.pausedHowTo}); its alerts stay in the outbox`);
        }
        return "held";
      case "token_bad":
        await this.tokenRefused(channel, failure.reason);
        return "held";
      case "refused":
        // Never taken as it is: it no longer holds up its channel. Tried again a few times minutes
        // apart (a refusal can be a platform's passing state), then parked with its reason, which
        // `alerts` and `watch list` show; nothing is deleted.
        if (entry.attempts + 1 >= REFUSALS_BEFORE_PARKING) {
          for (const id of rowIds(entry)) await this.options.outbox.parkOutbox(id, failure.reason);
          this.log(`${name}: ${channel}: the message was refused ${REFUSALS_BEFORE_PARKING} times (${failure.reason}); parked (see alerts), the channel goes on`);
          return "skipped";
        }
        for (const id of rowIds(entry)) await this.options.outbox.markDeliveryFailed(id, failure.reason, new Date(this.clock().getTime() + MAX_BACKOFF_MS));
        this.log(`${name}: ${channel}: the message was refused (${failure.reason}); tried again in ${MAX_BACKOFF_MS / 60_000} min, the channel goes on`);
        return "skipped";
    }
  }

  private async tokenRefused(channel: string, reason: string): Promise<void> {
    const workspace = this.workspaceOf(channel);
    if (this.platform.tokenPerWorkspace && workspace !== undefined) {
      await this.stopWorkspace(workspace, `${reason} (re-install the app in that workspace)`);
      return;
    }
    if (this.states.halted !== undefined) return;
    this.states.halted = `${reason} (the token was refused)`;
    const message = this.platform.words.tokenRefused(reason);
    this.log(`${this.platform.name}: ${message}`);
    this.options.onHalt?.(message);
  }
}
