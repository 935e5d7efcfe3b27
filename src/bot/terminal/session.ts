// Who the terminal is: its channel and its (admin) local user; and how a long-running start waits.
import { userInfo } from "node:os";
import type { ChannelSettings } from "../../alerts/channel-router.js";
import type { Caller } from "../commands/context.js";
import { DEFAULT_REPLAY_CHANNEL } from "../../sources/replay/run-replay.js";

/** The live terminal's own channel, created by its first `watch add`. */
export const LIVE_TERMINAL_CHANNEL = "#terminal";

/**
 * On a replay the terminal is the channel the episode's watchlist declares; live, it is the first
 * terminal channel in the store, or #terminal. Its local user is an admin.
 */
export function terminalCaller(routing: Pick<ChannelSettings, "channels" | "watchlistOf">, live: boolean): Caller {
  const terminalChannels = routing.channels().filter((c) => routing.watchlistOf(c)?.platform === "terminal");
  const channel = terminalChannels[0] ?? (live ? LIVE_TERMINAL_CHANNEL : DEFAULT_REPLAY_CHANNEL);
  return { channel, platform: "terminal", userId: `terminal:${userInfo().username}`, isAdmin: true };
}

/** Resolves on Ctrl+C or a termination signal. */
export function waitForStop(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}
