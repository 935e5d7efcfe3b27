// A platform's channels as its delivery loop and its App Home see them: the watchlists of that
// platform, with their workspace (a Slack workspace, a Discord server). One place for what Slack
// and Discord each wrote out, so the per-post lookup stays a direct one (a scan of every watchlist
// at every post made a fan-out to 1,000 channels quadratic).
import type { ChannelSettings } from "../../alerts/channel-router.js";
import type { Platform } from "../../alerts/types.js";

export interface PlatformChannels {
  /** Every channel of the platform with its workspace (stopping or resuming a workspace). */
  channels(): Array<{ channel: string; workspace?: string }>;
  /** One channel's workspace, or undefined when it is not this platform's. */
  workspaceOf(channel: string): string | undefined;
  /** The channels of one workspace, in declaration order. */
  inWorkspace(workspace: string): string[];
}

export function platformChannels(routing: Pick<ChannelSettings, "channels" | "watchlistOf">, platform: Platform): PlatformChannels {
  const own = () => routing.channels().flatMap((c) => {
    const w = routing.watchlistOf(c);
    return w !== undefined && w.platform === platform ? [{ channel: w.channel, workspace: w.workspace }] : [];
  });
  return {
    channels: own,
    workspaceOf(channel) {
      const w = routing.watchlistOf(channel);
      return w !== undefined && w.platform === platform ? w.workspace : undefined;
    },
    inWorkspace: (workspace) => own().filter((c) => c.workspace === workspace).map((c) => c.channel),
  };
}
