// The one delivery loop: outbox → ChatPlatform, for every platform. An alert leaves the outbox
// only once its platform took it (at least once, never lost). Order is kept per channel: when a
// post fails, the rest of its channel waits for it while the other channels go on. One backoff
// (backoff.ts), one channel-state store (channel-states.ts); the platform only says what a
// failure means (ChatPlatform.classify) and how fast it may post (ChatPlatform.pacing).
import Bottleneck from "bottleneck";
import type { Alert } from "../../alerts/types.js";
import { alertView, type NameOf } from "../../alerts/views/alert-view.js";
import type { OutboxEntry, Platform, Store } from "../../store/store.js";
import { MAX_BACKOFF_MS, retryDelayMs } from "./backoff.js";
import type { ChatPlatform, Failure } from "./chat-platform.js";
import type { ChannelStates } from "./channel-states.js";
import { realSleep, type Sleep } from "./sleep.js";

export type { Sleep } from "./sleep.js";

/** The Store methods delivery uses: outbox reads and marks. */
export type DeliveryOutbox = Pick<Store, "pendingOutbox" | "markDelivered" | "markDeliveryFailed">;

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
  log?: (line: string) => void;
  clock?: () => Date;
  /** Tests pass a sleep that advances their clock instead of waiting. */
  sleep?: Sleep;
  /** Called once when the platform refused the token for good. */
  onHalt?: (message: string) => void;
}

/** What became of one try. */
type Outcome = "sent" | "wait" | "held" | "skipped";

const BATCH = 100;

export class DeliveryLoop<M = unknown> {
  private readonly platform: ChatPlatform<M>;
  private readonly states: ChannelStates;
  private readonly clock: () => Date;
  private readonly sleep: Sleep;
  private readonly log: (line: string) => void;
  private readonly busy = new Map<string, Promise<void>>();
  private readonly lastPost = new Map<string, number>();
  /** How long a channel's worker waits before trying its failed row again. */
  private readonly waitMs = new Map<string, number>();
  private readonly abort = new AbortController();
  private readonly limiter: Bottleneck | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: DeliveryLoopOptions<M>) {
    this.platform = options.platform;
    this.states = options.states;
    this.clock = options.clock ?? (() => new Date());
    this.sleep = options.sleep ?? realSleep;
    this.log = options.log ?? (() => undefined);
    const perSecond = this.platform.pacing.globalPerSecond;
    this.limiter = perSecond === undefined ? undefined : new Bottleneck({ minTime: Math.ceil(1000 / perSecond), maxConcurrent: 1 });
  }

  /** Picks up retries that came due every `everyMs` (the recorded-alerts hook covers new ones). */
  start(everyMs: number): void {
    this.timer = setInterval(() => this.kick(), everyMs);
    this.timer.unref();
    this.kick();
  }

  /** Fire and forget: a pass whose failure (the store, say) is logged and retried on the next one. */
  kick(): void {
    this.drain().catch((e: unknown) => this.log(`${this.platform.name}: delivery failed, will retry: ${(e as Error).message}`));
  }

  /**
   * Delivers what is due. A call during a pass asks for one more pass and shares its promise,
   * so callers fire and forget and the outbox is read once per burst. Resolves to the number
   * delivered (serial) or handed to channel workers (parallel; `idle()` waits for them).
   */
  drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let count = 0;
      do {
        this.again = false;
        if (this.states.halted !== undefined || this.abort.signal.aborted) break;
        count += this.platform.pacing.channels === "serial" ? await this.serialPass() : await this.startWorkers();
      } while (this.again);
      return count;
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Resolves once nothing is being sent. */
  async idle(): Promise<void> {
    while (this.running || this.busy.size > 0) await Promise.all([this.running, ...this.busy.values()]);
  }

  /** Sends what is due now and waits until it is out (tests, `deliverNow`). */
  async flush(): Promise<void> {
    await this.drain();
    await this.idle();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.abort.abort();
    await this.idle().catch(() => undefined);
    await this.limiter?.stop({ dropWaitingJobs: true }).catch(() => undefined);
  }

  /** `watch list`'s delivery line for one of this platform's channels. */
  describe(channel: string): string {
    return this.states.describe(channel);
  }

  /** A platform event (invited back, unarchived, left the server) changes a channel's state. */
  async setChannelState(channel: string, state: "active" | "paused" | "stopped", reason?: string): Promise<boolean> {
    const changed = await this.states.set(channel, state, reason);
    if (changed && state === "active") this.kick();
    return changed;
  }

  /** The app left the workspace (or its tokens were revoked): its channels stop; history stays. */
  async stopWorkspace(workspace: string, reason: string): Promise<void> {
    const channels = this.channelsOf(workspace);
    for (const channel of channels) await this.states.set(channel, "stopped", reason);
    if (channels.length > 0) this.log(`${this.platform.name}: workspace ${workspace}: ${reason}; delivery to its ${channels.length} channel(s) stopped, their alerts stay in the outbox`);
  }

  /** Back in the workspace: its stopped channels resume. Returns how many. */
  async resumeWorkspace(workspace: string): Promise<number> {
    let resumed = 0;
    for (const channel of this.channelsOf(workspace)) {
      if (this.states.stateOf(channel) === "stopped" && (await this.states.set(channel, "active"))) resumed++;
    }
    if (resumed > 0) this.kick();
    return resumed;
  }

  private channelsOf(workspace: string): string[] {
    return (this.options.channels?.() ?? []).filter((c) => c.workspace === workspace).map((c) => c.channel);
  }

  private blocked(channel: string): boolean {
    return this.states.blocked(channel, this.clock().getTime(), this.platform.pacing.probePausedMs);
  }

  private due(limit: number, exclude: Iterable<string>): Promise<OutboxEntry[]> {
    const rows = this.options.rows ?? this.platform.name;
    const waiting = this.states.waiting(this.clock().getTime(), this.platform.pacing.probePausedMs);
    return this.options.outbox.pendingOutbox(limit, this.clock(), rows === "all" ? undefined : rows, [...waiting, ...exclude]);
  }

  /** One worker in outbox order; delivered rows are marked in one write per batch. */
  private async serialPass(): Promise<number> {
    let delivered = 0;
    const held = new Set<string>();
    for (;;) {
      const entries = await this.due(BATCH, held);
      const done: number[] = [];
      try {
        for (const entry of entries) {
          if (held.has(entry.channel) || this.blocked(entry.channel)) continue;
          const outcome = await this.attempt(entry);
          if (outcome === "sent") done.push(entry.id);
          else if (outcome !== "skipped") held.add(entry.channel);
        }
      } finally {
        // A crash before this write re-sends the batch (at least once, never lost).
        await this.options.outbox.markDelivered(done, this.clock());
      }
      delivered += done.length;
      if (entries.length < BATCH) return delivered;
    }
  }

  /** One worker per channel with due alerts; a channel busy already asks for a pass when done. */
  private async startWorkers(): Promise<number> {
    const busyBefore = new Set(this.busy.keys());
    let entries: OutboxEntry[] = [];
    // Enough rows that a long backlog of waiting channels cannot hide the rest.
    for (let limit = 2 * BATCH; ; limit *= 4) {
      entries = await this.due(limit, busyBefore);
      if (entries.length < limit || entries.some((e) => !this.blocked(e.channel) && !this.busy.has(e.channel))) break;
    }
    const byChannel = new Map<string, OutboxEntry[]>();
    for (const entry of entries) {
      if (this.busy.has(entry.channel) || this.blocked(entry.channel)) continue;
      const list = byChannel.get(entry.channel) ?? [];
      list.push(entry);
      byChannel.set(entry.channel, list);
    }
    for (const [channel, list] of byChannel) {
      const worker = this.sendInOrder(channel, list).finally(() => {
        this.busy.delete(channel);
        if (this.states.halted === undefined && !this.abort.signal.aborted) this.kick(); // alerts that came meanwhile
      });
      this.busy.set(channel, worker);
    }
    return [...byChannel.values()].reduce((n, list) => n + list.length, 0);
  }

  /** A channel's worker: paced, each row marked as it goes; a wait it was told of is waited out here. */
  private async sendInOrder(channel: string, entries: OutboxEntry[]): Promise<void> {
    for (const entry of entries) {
      let attempts = entry.attempts;
      for (;;) {
        if (this.abort.signal.aborted || this.blocked(channel)) return;
        await this.pace(channel);
        if (this.abort.signal.aborted) return;
        const outcome = await this.attempt({ ...entry, attempts });
        if (outcome === "sent") {
          await this.options.outbox.markDelivered([entry.id], this.clock());
          break;
        }
        if (outcome === "skipped") break;
        if (outcome === "held") return;
        await this.sleep(this.waitMs.get(channel) ?? 0, this.abort.signal).catch(() => undefined);
        attempts++;
      }
    }
  }

  private async pace(channel: string): Promise<void> {
    const last = this.lastPost.get(channel);
    if (last === undefined) return;
    const wait = last + this.platform.pacing.channelIntervalMs - this.clock().getTime();
    if (wait > 0) await this.sleep(wait, this.abort.signal).catch(() => undefined);
  }

  /** One try of one row: render, post, and on failure do what its class says. */
  private async attempt(entry: OutboxEntry): Promise<Outcome> {
    const { channel, alert } = entry;
    const paused = this.states.stateOf(channel) === "paused";
    if (paused) this.states.probing(channel, this.clock().getTime());
    try {
      await this.post(channel, alert);
    } catch (error) {
      if (this.platform.pacing.channelIntervalMs > 0) this.lastPost.set(channel, this.clock().getTime());
      return this.failed(entry, this.platform.classify(error));
    }
    if (this.platform.pacing.channelIntervalMs > 0) this.lastPost.set(channel, this.clock().getTime());
    this.states.delivered(channel);
    if (paused && (await this.states.set(channel, "active"))) this.log(`${this.platform.name}: ${channel} accepts alerts again; delivery resumed`);
    return "sent";
  }

  private async post(channel: string, alert: Alert): Promise<void> {
    const p = this.platform;
    const message = p.renderRecord ? p.renderRecord(alert) : p.renderAlert(alertView(alert, this.options.nameOf));
    const target = { channel, workspace: this.workspaceOf(channel), alert };
    if (this.limiter) await this.limiter.schedule(async () => p.post(target, message));
    else await p.post(target, message);
  }

  private workspaceOf(channel: string): string | undefined {
    return this.options.channels?.().find((c) => c.channel === channel)?.workspace;
  }

  private async failed(entry: OutboxEntry, failure: Failure): Promise<Outcome> {
    const { channel } = entry;
    const name = this.platform.name;
    switch (failure.kind) {
      case "retry_later": {
        const waitMs = failure.afterMs ?? retryDelayMs(entry.attempts);
        await this.options.outbox.markDeliveryFailed(entry.id, failure.reason, new Date(this.clock().getTime() + waitMs));
        this.states.retrying(channel, failure.reason);
        this.waitMs.set(channel, waitMs);
        this.log(`${name}: ${channel}: ${failure.reason}; retrying in ${Math.round(waitMs / 1000)} s`);
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
        // Never taken as it is: kept in the outbox (nothing is lost) but no longer holding up its channel.
        await this.options.outbox.markDeliveryFailed(entry.id, failure.reason, new Date(this.clock().getTime() + MAX_BACKOFF_MS));
        this.log(`${name}: ${channel}: the message was refused (${failure.reason}); it stays in the outbox and the channel goes on`);
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
    clearInterval(this.timer);
    const message = this.platform.words.tokenRefused(reason);
    this.log(`${this.platform.name}: ${message}`);
    this.options.onHalt?.(message);
  }
}
