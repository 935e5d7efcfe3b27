// Slack's delivery from the outbox: one queue per channel at most one message a second, the
// Retry-After of a 429 honoured, backoff on 5xx and network errors, a channel Slack refuses
// paused, a refused token stopping everything. An alert leaves the outbox only once Slack took it.
//
// Not OutboxDelivery: it delivers one alert at a time across all channels, so pacing each channel
// at one message a second (and waiting out a channel's Retry-After) would hold up the others.
import type { Alert } from "../../../alerts/types.js";
import type { ChannelStatus, OutboxEntry, Store } from "../../../store/store.js";
import type { SlackMessage } from "../blocks/message.js";
import { backoffMs, classifySlackError } from "./slack-errors.js";

/** Posts one message; throws the Web API's error when Slack did not take it. */
export type PostMessage = (target: { channel: string; workspace?: string }, message: SlackMessage) => Promise<void>;
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface SlackDeliveryOptions {
  store: Store;
  post: PostMessage;
  render(alert: Alert): SlackMessage;
  /** The Slack channels capwatch knows, with their workspace (from the watchlists). */
  channels(): Array<{ channel: string; workspace?: string }>;
  log(line: string): void;
  clock?: () => Date;
  sleep?: Sleep;
  /** Each workspace has its own token (OAuth): a refused token stops only that workspace. */
  tokenPerWorkspace?: boolean;
  /** Minimum time between two messages in one channel; Slack's is about one a second. */
  channelIntervalMs?: number;
}

const FIRST_FETCH = 200;

export class SlackDelivery {
  private readonly statuses = new Map<string, Pick<ChannelStatus, "state" | "reason">>();
  private readonly busy = new Map<string, Promise<void>>();
  private readonly lastPost = new Map<string, number>();
  private readonly abort = new AbortController();
  private halted: string | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly clock: () => Date;
  private readonly sleep: Sleep;

  constructor(private readonly options: SlackDeliveryOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.sleep = options.sleep ?? realSleep;
  }

  /** Loads the channels' states (a restart keeps a paused channel paused). */
  async start(): Promise<void> {
    for (const s of await this.options.store.channelStatuses("slack")) this.statuses.set(s.channel, { state: s.state, reason: s.reason });
  }

  /** Sends what is due; a call during a pass asks for one more pass. Fire and forget is fine. */
  drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.startWorkers();
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Resolves once nothing is being sent (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.busy.size > 0) await Promise.all([this.running, ...this.busy.values()]);
  }

  async stop(): Promise<void> {
    this.halted ??= "capwatch is shutting down";
    this.abort.abort();
    await this.idle().catch(() => undefined);
  }

  /** How the channel's alerts are getting out, as `watch list` shows it; undefined if not Slack's. */
  stateOf(channel: string): string | undefined {
    const status = this.statuses.get(channel);
    if (this.halted !== undefined && status?.state !== "stopped") return `stopped: ${this.halted}`;
    if (status === undefined || status.state === "active") return "delivering to Slack";
    return `${status.state}: ${status.reason ?? "no reason given"}`;
  }

  async setChannelState(channel: string, state: ChannelStatus["state"], reason?: string): Promise<void> {
    this.statuses.set(channel, { state, reason });
    await this.options.store.setChannelStatus({ platform: "slack", channel, state, reason });
    if (state === "active") void this.drain();
  }

  /** The app left the workspace (or its tokens were revoked): its channels stop; history stays. */
  async stopWorkspace(workspace: string, reason: string): Promise<void> {
    const channels = this.options.channels().filter((c) => c.workspace === workspace);
    for (const c of channels) await this.setChannelState(c.channel, "stopped", reason);
    this.options.log(`slack: workspace ${workspace}: ${reason}; delivery to its ${channels.length} channel(s) stopped, their alerts stay in the outbox`);
  }

  async resumeWorkspace(workspace: string): Promise<void> {
    for (const c of this.options.channels().filter((c) => c.workspace === workspace)) {
      if (this.statuses.get(c.channel)?.state === "stopped") await this.setChannelState(c.channel, "active");
    }
  }

  private blocked(channel: string): boolean {
    const state = this.statuses.get(channel)?.state;
    return this.halted !== undefined || state === "paused" || state === "stopped";
  }

  private async startWorkers(): Promise<void> {
    if (this.halted !== undefined) return;
    // A channel busy when the entries were read may have sent some of them since: its worker
    // asks for another pass when it is done, so it is left alone here (nothing sent twice).
    const busyBefore = new Set(this.busy.keys());
    const due = await this.dueEntries();
    const byChannel = new Map<string, OutboxEntry[]>();
    for (const entry of due) {
      if (this.blocked(entry.channel) || busyBefore.has(entry.channel) || this.busy.has(entry.channel)) continue;
      const list = byChannel.get(entry.channel) ?? [];
      list.push(entry);
      byChannel.set(entry.channel, list);
    }
    for (const [channel, entries] of byChannel) {
      const worker = this.sendInOrder(channel, entries).finally(() => {
        this.busy.delete(channel);
        if (this.halted === undefined) void this.drain(); // alerts that arrived while it was busy
      });
      this.busy.set(channel, worker);
    }
  }

  /** Due entries, enough of them that a long backlog of paused channels cannot hide the rest. */
  private async dueEntries(): Promise<OutboxEntry[]> {
    for (let limit = FIRST_FETCH; ; limit *= 4) {
      const entries = await this.options.store.pendingOutbox(limit, this.clock(), "slack");
      if (entries.length < limit || entries.some((e) => !this.blocked(e.channel) && !this.busy.has(e.channel))) return entries;
    }
  }

  private async sendInOrder(channel: string, entries: OutboxEntry[]): Promise<void> {
    const workspace = this.options.channels().find((c) => c.channel === channel)?.workspace;
    for (const entry of entries) {
      let attempts = entry.attempts;
      for (;;) {
        if (this.blocked(channel) || this.abort.signal.aborted) return;
        await this.paceChannel(channel);
        if (this.abort.signal.aborted) return;
        try {
          await this.options.post({ channel, workspace }, this.options.render(entry.alert));
          this.lastPost.set(channel, this.clock().getTime());
          await this.options.store.markDelivered([entry.id], this.clock());
          break;
        } catch (error) {
          this.lastPost.set(channel, this.clock().getTime());
          const outcome = classifySlackError(error);
          if (outcome.kind === "pause_channel") {
            await this.setChannelState(channel, "paused", outcome.reason);
            this.options.log(`slack: ${channel}: ${outcome.reason}; delivery paused (invite the app to the channel, or unarchive it); its alerts stay in the outbox`);
            return;
          }
          if (outcome.kind === "stop") {
            await this.stopForToken(workspace, outcome.reason);
            return;
          }
          const waitMs = outcome.kind === "rate_limited" ? outcome.retryAfterMs : backoffMs(attempts);
          const reason = outcome.kind === "rate_limited" ? "ratelimited" : outcome.reason;
          attempts++;
          await this.options.store.markDeliveryFailed(entry.id, reason, new Date(this.clock().getTime() + waitMs));
          this.options.log(`slack: ${channel}: ${reason}; retrying in ${Math.round(waitMs / 1000)} s`);
          await this.sleep(waitMs, this.abort.signal).catch(() => undefined);
        }
      }
    }
  }

  private async paceChannel(channel: string): Promise<void> {
    const last = this.lastPost.get(channel);
    if (last === undefined) return;
    const wait = last + (this.options.channelIntervalMs ?? 1000) - this.clock().getTime();
    if (wait > 0) await this.sleep(wait, this.abort.signal).catch(() => undefined);
  }

  private async stopForToken(workspace: string | undefined, reason: string): Promise<void> {
    if (this.options.tokenPerWorkspace && workspace !== undefined) {
      await this.stopWorkspace(workspace, `${reason} (re-install the app in that workspace)`);
      return;
    }
    this.halted = `${reason} (the bot token was refused)`;
    this.options.log(`slack: Slack refused the bot token (${reason}); delivery to Slack is stopped and every alert stays in the outbox. Replace SLACK_BOT_TOKEN (or re-install the app) and restart capwatch.`);
  }
}

const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error("aborted"));
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    }, { once: true });
  });
