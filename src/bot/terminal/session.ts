// Who the terminal is: its channel and its (admin) local user. (How a long-running start stops: app/shutdown.ts.)
import { userInfo } from "node:os";
import type { ChannelSettings } from "../../alerts/channel-router.js";
import type { Caller } from "../commands/context.js";

/** The live terminal's own channel, created by its first `watch add`. */
export const LIVE_TERMINAL_CHANNEL = "#terminal";

/**
 * The terminal is the first terminal channel the engine knows (on a replay, the one the episode's
 * watchlist declares), else `defaultChannel` (live: #terminal; a replay: its default channel).
 * Its local user is an admin.
 */
export function terminalCaller(routing: Pick<ChannelSettings, "channels" | "watchlistOf">, defaultChannel: string): Caller {
  const terminalChannels = routing.channels().filter((c) => routing.watchlistOf(c)?.platform === "terminal");
  const channel = terminalChannels[0] ?? defaultChannel;
  return { channel, platform: "terminal", userId: `terminal:${userInfo().username}`, isAdmin: true, isOperator: true };
}
