// What both interaction paths (gateway and HTTP) share: who is asking, the answer as a message
// payload, the autocomplete choices, and the 3-second rule.
import { MessageFlags, PermissionFlagsBits, PermissionsBitField, type APIInteractionResponseCallbackData } from "discord.js";
import type { Caller, CommandDesk } from "../commands/context.js";
import { runCommand } from "../commands/handle-command.js";
import { errorReply, type Reply } from "../replies/reply.js";
import { tickerChoices, type Choice } from "./autocomplete.js";
import { OPT } from "./command-definition.js";
import { commandFromOptions, subcommandOf, type OptionLike } from "./options-to-command.js";
import { replyEmbed } from "./reply-embed.js";

/** Discord wants a first answer within 3 s; past this, capwatch defers and edits later. */
export const ANSWER_DEADLINE_MS = 2_000;

export interface InteractionSource {
  channelId: string;
  guildId: string | null;
  userId: string;
  /** The member's permissions in the channel, as Discord computed them; null outside a server. */
  permissions: bigint | null;
}

/** Manage Server (or Administrator, which implies it) makes a member an admin of capwatch. */
export function callerOf(source: InteractionSource): Caller {
  const isAdmin = source.permissions !== null && new PermissionsBitField(source.permissions).has(PermissionFlagsBits.ManageGuild, true);
  return {
    channel: source.channelId,
    userId: source.userId,
    isAdmin,
    platform: "discord",
    ...(source.guildId ? { workspace: source.guildId } : {}),
  };
}

export async function answerOptions(options: readonly OptionLike[], caller: Caller, desk: CommandDesk): Promise<Reply> {
  const parsed = commandFromOptions(options);
  if (!parsed.ok) return errorReply("That command did not work", parsed.error.message, `Usage: ${parsed.error.usage}`);
  return runCommand(parsed.value, caller, desk);
}

/** Whether the answer will be private, known before it is computed (a deferral must choose). */
export function answersPrivately(options: readonly OptionLike[]): boolean {
  const { path, leaf } = subcommandOf(options);
  // A chart is for the channel: it is posted there on every platform.
  if (path.join(" ") === "chart") return false;
  return leaf.find((o) => o.name === OPT.share)?.value !== true;
}

/** Every answer carries its own `allowed_mentions`: interaction replies bypass no defaults then. */
export function messageOf(reply: Reply, ephemeral = reply.visibility === "private"): APIInteractionResponseCallbackData {
  return {
    embeds: [replyEmbed(reply)],
    allowed_mentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** The focused option's choices: tickers for ticker options, nothing for the others. */
export function choicesFor(options: readonly OptionLike[], channel: string, desk: CommandDesk): Choice[] {
  const focused = subcommandOf(options).leaf.find((o) => o.focused);
  if (focused === undefined || (focused.name !== OPT.ticker && focused.name !== OPT.tickers)) return [];
  return tickerChoices(String(focused.value ?? ""), channel, desk);
}

