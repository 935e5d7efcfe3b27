// Discord channels' delivery states, kept in the store and cached here: active (the default),
// paused (Discord refused the channel: 50001, 10003, 50013), stopped (capwatch left the server).
import type { ChannelStatus, Store } from "../../store/store.js";

export type ChannelState = ChannelStatus["state"];

export class ChannelStates {
  private readonly states = new Map<string, ChannelStatus>();

  private constructor(private readonly store: Store) {}

  static async load(store: Store): Promise<ChannelStates> {
    const states = new ChannelStates(store);
    for (const s of await store.channelStatuses("discord")) states.states.set(s.channel, s);
    return states;
  }

  get(channel: string): ChannelStatus | undefined {
    return this.states.get(channel);
  }

  stateOf(channel: string): ChannelState {
    return this.states.get(channel)?.state ?? "active";
  }

  /** Writes the change through to the store; a no-op when the channel is already in that state. */
  async set(channel: string, state: ChannelState, reason?: string): Promise<boolean> {
    const current = this.states.get(channel);
    if ((current?.state ?? "active") === state && current?.reason === reason) return false;
    await this.store.setChannelStatus({ platform: "discord", channel, state, ...(reason === undefined ? {} : { reason }) });
    this.states.set(channel, { platform: "discord", channel, state, reason, updatedAt: new Date().toISOString() });
    return true;
  }

  /** What `watch list` shows as the channel's delivery. */
  describe(channel: string): string {
    const s = this.states.get(channel);
    if (s === undefined || s.state === "active") return "delivering to this Discord channel";
    if (s.state === "paused") return `paused: ${s.reason ?? "Discord refused the channel"} (alerts wait in the outbox; give capwatch View Channel, Send Messages and Embed Links here)`;
    return `stopped: ${s.reason ?? "capwatch left this server"} (history kept; alerts resume if capwatch is added back)`;
  }
}
