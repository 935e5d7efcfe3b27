// Each channel's delivery state for one platform: active (the default), retrying (a post failed
// and waits its turn; kept in memory, the outbox holds the due time), paused (the platform
// refused the channel), stopped (capwatch left the workspace or server). Paused and stopped are
// kept in the store, so a restart keeps them; `watch list` shows all of them.
import type { ChannelStatus, Platform, Store } from "../../store/store.js";
import type { PlatformWords } from "./chat-platform.js";

export type ChannelState = ChannelStatus["state"] | "retrying";
export type ChannelStatusStore = Pick<Store, "channelStatuses" | "setChannelStatus">;

interface Entry {
  state: ChannelState;
  reason?: string;
}

export class ChannelStates {
  private readonly states = new Map<string, Entry>();
  private readonly lastProbe = new Map<string, number>();
  /** Set when the platform refused the token: every channel waits. */
  halted: string | undefined;

  constructor(
    readonly platform: Platform,
    private readonly words: PlatformWords,
    /** Absent for the terminal and replays, whose states need not outlive the run. */
    private readonly store?: ChannelStatusStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Loads the kept states (a restart keeps a paused channel paused). */
  static async load(platform: Platform, words: PlatformWords, store: ChannelStatusStore, now?: () => number): Promise<ChannelStates> {
    const states = new ChannelStates(platform, words, store, now);
    for (const s of await store.channelStatuses(platform)) states.states.set(s.channel, { state: s.state, reason: s.reason });
    return states;
  }

  stateOf(channel: string): ChannelState {
    return this.states.get(channel)?.state ?? "active";
  }

  /** Writes the change through to the store; false when the channel was already so. */
  async set(channel: string, state: ChannelStatus["state"], reason?: string): Promise<boolean> {
    const current = this.states.get(channel);
    if ((current?.state ?? "active") === state && current?.reason === reason) return false;
    await this.store?.setChannelStatus({ platform: this.platform, channel, state, ...(reason === undefined ? {} : { reason }) });
    this.states.set(channel, { state, reason });
    if (state === "paused") this.lastProbe.set(channel, this.now());
    return true;
  }

  /** A post failed and will be tried again; not written anywhere (the outbox has the due time). */
  retrying(channel: string, reason: string): void {
    const state = this.stateOf(channel);
    if (state === "active" || state === "retrying") this.states.set(channel, { state: "retrying", reason });
  }

  delivered(channel: string): void {
    if (this.stateOf(channel) === "retrying") this.states.delete(channel);
  }

  /**
   * Whether the channel's alerts wait without asking the platform. A paused channel is tried
   * again every `probeMs` (when given); the caller records the probe.
   */
  blocked(channel: string, nowMs: number, probeMs?: number): boolean {
    if (this.halted !== undefined) return true;
    const state = this.stateOf(channel);
    if (state === "stopped") return true;
    if (state !== "paused") return false;
    return probeMs === undefined || nowMs - (this.lastProbe.get(channel) ?? 0) < probeMs;
  }

  probing(channel: string, nowMs: number): void {
    this.lastProbe.set(channel, nowMs);
  }

  /** The channels whose alerts wait (for the outbox query). */
  waiting(nowMs: number, probeMs?: number): string[] {
    return [...this.states.keys()].filter((c) => this.blocked(c, nowMs, probeMs));
  }

  /** What `watch list` shows as the channel's delivery. */
  describe(channel: string): string {
    const s = this.states.get(channel);
    const note = (text: string | undefined) => (text ? ` (${text})` : "");
    if (this.halted !== undefined && s?.state !== "stopped") return `stopped: ${this.halted}`;
    if (s === undefined || s.state === "active") return this.words.delivering;
    if (s.state === "retrying") return `${this.words.delivering} (retrying: ${s.reason ?? "the last post failed"})`;
    if (s.state === "paused") return `paused: ${s.reason ?? this.words.pausedReason}${note(this.words.pausedNote)}`;
    return `stopped: ${s.reason ?? this.words.stoppedReason}${note(this.words.stoppedNote)}`;
  }
}
