// Servers coming and going: when capwatch leaves a server (GUILD_DELETE, or a server missing at
// start-up) its channels stop receiving and keep their history; when it is added back they resume.
import { Events, type Client } from "discord.js";
import type { Desk } from "../commands/context.js";
import type { ChannelStates } from "../delivery/channel-states.js";

export const LEFT_SERVER = "capwatch was removed from this server";

export interface GuildLifecycleOptions {
  desk: Desk;
  states: ChannelStates;
  log: (line: string) => void;
  /** Called after channels resume, so their waiting alerts go out. */
  onResumed: () => void;
}

/** The Discord channels whose watchlist lives in `guildId`. */
export function channelsOfGuild(desk: Desk, guildId: string): string[] {
  return desk.engine.routing.channels().filter((c) => {
    const w = desk.engine.routing.watchlistOf(c);
    return w?.platform === "discord" && w.workspace === guildId;
  });
}

export async function stopGuild(guildId: string, options: GuildLifecycleOptions): Promise<void> {
  const channels = channelsOfGuild(options.desk, guildId);
  for (const channel of channels) await options.states.set(channel, "stopped", LEFT_SERVER);
  if (channels.length > 0) options.log(`discord: left server ${guildId}; ${channels.length} channel(s) stopped, history kept`);
}

export async function resumeGuild(guildId: string, options: GuildLifecycleOptions): Promise<void> {
  let resumed = 0;
  for (const channel of channelsOfGuild(options.desk, guildId)) {
    if (options.states.stateOf(channel) === "stopped" && (await options.states.set(channel, "active"))) resumed++;
  }
  if (resumed > 0) {
    options.log(`discord: back in server ${guildId}; ${resumed} channel(s) resumed`);
    options.onResumed();
  }
}

/** Servers left while capwatch was offline send no GUILD_DELETE: compare with READY's list. */
export async function reconcileGuilds(present: ReadonlySet<string>, options: GuildLifecycleOptions): Promise<void> {
  const workspaces = new Set<string>();
  for (const c of options.desk.engine.routing.channels()) {
    const w = options.desk.engine.routing.watchlistOf(c);
    if (w?.platform === "discord" && w.workspace !== undefined) workspaces.add(w.workspace);
  }
  for (const guildId of workspaces) {
    if (present.has(guildId)) await resumeGuild(guildId, options);
    else await stopGuild(guildId, options);
  }
}

export function handleGuildLifecycle(client: Client, options: GuildLifecycleOptions): void {
  const guarded = (what: string, work: Promise<void>) =>
    void work.catch((error: unknown) => options.log(`discord: ${what} failed: ${(error as Error).message}`));
  client.on(Events.GuildDelete, (guild) => guarded(`leaving server ${guild.id}`, stopGuild(guild.id, options)));
  client.on(Events.GuildCreate, (guild) => guarded(`joining server ${guild.id}`, resumeGuild(guild.id, options)));
}
