// The one delivery loop: outbox → ChatPlatform, for every platform. An alert leaves the outbox
// only once its platform took it (at least once, never lost). Order is kept per channel: when a
// post fails, the rest of its channel waits for it while the other channels go on. One backoff
// (backoff.ts), one channel-state store (channel-states.ts); the platform only says what a
// failure means (ChatPlatform.classify) and how fast it may post (ChatPlatform.pacing).
import { setMaxListeners } from "node:events";
import type { OutboxEntry } from "../../store/store.js";
import type { ChatPlatform } from "./chat-platform.js";
import type { ChannelStates } from "./channel-states.js";
import { gatherHeld, rowIds, type SendUnit } from "./held-summary.js";
import { PostsInFlight } from "./posts-in-flight.js";
import { RowSender, type DeliveryLoopOptions } from "./row-sender.js";
import { realSleep, type Sleep } from "./sleep.js";

export type { DeliveryLoopOptions, DeliveryOutbox } from "./row-sender.js";
export type { Sleep } from "./sleep.js";

const BATCH = 100;

export class DeliveryLoop<M = unknown> {
  private readonly platform: ChatPlatform<M>;
  private readonly states: ChannelStates;
  private readonly clock: () => Date;
  private readonly sleep: Sleep;
  private readonly log: (line: string) => void;
  private readonly busy = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private readonly sender: RowSender<M>;
  private running: Promise<number> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  /** The platform's bound on posts under way across its channel workers, if it has one. */
  private readonly inFlight: PostsInFlight | undefined;

  constructor(private readonly options: DeliveryLoopOptions<M>) {
    this.platform = options.platform;
    this.states = options.states;
    this.clock = options.clock ?? (() => new Date());
    this.sleep = options.sleep ?? realSleep;
    this.log = options.log ?? (() => undefined);
    this.sender = new RowSender(options, this.clock, this.log);
    // Each channel worker waiting (its pace, a retry) listens for the stop: as many as channels.
    setMaxListeners(0, this.abort.signal);
    const limit = this.platform.pacing.postsInFlight;
    this.inFlight = limit === undefined ? undefined : new PostsInFlight(limit);
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
    await this.sender.stop();
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
  stopWorkspace(workspace: string, reason: string): Promise<void> {
    return this.sender.stopWorkspace(workspace, reason);
  }

  /** Back in the workspace: its stopped channels resume. Returns how many. */
  async resumeWorkspace(workspace: string): Promise<number> {
    let resumed = 0;
    for (const channel of this.sender.channelsOf(workspace)) {
      if (this.states.stateOf(channel) === "stopped" && (await this.states.set(channel, "active"))) resumed++;
    }
    if (resumed > 0) this.kick();
    return resumed;
  }

  private blocked(channel: string): boolean {
    return this.states.blocked(channel, this.clock().getTime(), this.platform.pacing.probePausedMs);
  }

  private due(limit: number, exclude: Iterable<string>): Promise<OutboxEntry[]> {
    const rows = this.options.rows ?? this.platform.name;
    const waiting = this.states.waiting(this.clock().getTime(), this.platform.pacing.probePausedMs);
    return this.options.outbox.pendingOutbox(limit, this.clock(), rows === "all" ? undefined : rows, [...waiting, ...exclude]);
  }

  /**
   * One worker in outbox order. Rows a platform took synchronously (a replay's output) are marked
   * in one write per batch; a row whose post it awaited (the terminal waits for its text to leave)
   * is marked as soon as it is out, so a crash prints at most that one again.
   */
  private async serialPass(): Promise<number> {
    let delivered = 0;
    const held = new Set<string>();
    for (;;) {
      const rows = await this.due(BATCH, held);
      const done: number[] = [];
      try {
        for (const entry of gatherHeld(rows)) {
          if (held.has(entry.channel) || this.blocked(entry.channel)) continue;
          const attempt = this.sender.attempt(entry);
          const outcome = typeof attempt === "string" ? attempt : await attempt;
          if (outcome === "sent" && typeof attempt !== "string") {
            await this.options.outbox.markDelivered(rowIds(entry), this.clock());
            delivered++;
          } else if (outcome === "sent") done.push(...rowIds(entry));
          else if (outcome !== "skipped") held.add(entry.channel);
        }
      } finally {
        // A crash before this write re-sends the batch's synchronous rows (at least once, never lost).
        await this.options.outbox.markDelivered(done, this.clock());
      }
      delivered += done.length;
      if (rows.length < BATCH) return delivered;
    }
  }

  /** One worker per channel with due alerts; a channel busy already asks for a pass when done. */
  private async startWorkers(): Promise<number> {
    const busyBefore = new Set(this.busy.keys());
    let entries: OutboxEntry[] = [];
    // Enough rows that a long backlog of waiting channels cannot hide the rest. A fan-out's rows
    // are claimed in one go (up to a thousand): every channel's worker queues its text at once, so
    // a bot-wide pace (Discord's) serves all the texts before the charts that follow them.
    for (let limit = 10 * BATCH; ; limit *= 4) {
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
      // A worker that fails (the store lost mid-pass: a row posted but not yet marked) ends
      // there, logged; its rows stay pending, in flight, for the next pass to look up or re-send.
      // Unheard, the rejection would end the process.
      const worker = this.sendInOrder(channel, gatherHeld(list))
        .catch((e: unknown) => this.log(`${this.platform.name}: ${channel}: delivery stopped, will retry: ${(e as Error).message}`))
        .finally(() => {
          this.busy.delete(channel);
          if (this.states.halted === undefined && !this.abort.signal.aborted) this.kick(); // alerts that came meanwhile
        });
      this.busy.set(channel, worker);
    }
    return [...byChannel.values()].reduce((n, list) => n + list.length, 0);
  }

  /** A channel's worker: paced, each row marked as it goes; a wait it was told of is waited out here. */
  private async sendInOrder(channel: string, entries: SendUnit[]): Promise<void> {
    for (const entry of entries) {
      let attempts = entry.attempts;
      for (;;) {
        if (this.abort.signal.aborted || this.blocked(channel)) return;
        await this.pace(channel);
        if (this.abort.signal.aborted) return;
        const unit = { ...entry, attempts };
        // A post that waited for a place past a stop is not made: its row stays for the next start.
        const outcome = await (this.inFlight === undefined ? this.sender.attempt(unit) : this.inFlight.run(() => (this.abort.signal.aborted ? undefined : this.sender.attempt(unit))));
        if (outcome === undefined) return;
        if (outcome === "sent") {
          await this.options.outbox.markDelivered(rowIds(entry), this.clock());
          break;
        }
        if (outcome === "skipped") break;
        if (outcome === "held") return;
        await this.sleep(this.sender.waitMs(channel), this.abort.signal).catch(() => undefined);
        attempts++;
      }
    }
  }

  private async pace(channel: string): Promise<void> {
    const last = this.sender.lastPostAt(channel);
    if (last === undefined) return;
    const wait = last + this.platform.pacing.channelIntervalMs - this.clock().getTime();
    if (wait > 0) await this.sleep(wait, this.abort.signal).catch(() => undefined);
  }
}
