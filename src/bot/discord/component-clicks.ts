// Clicks on an alert's buttons (message components), over the gateway or HTTP alike: the custom_id
// read back and checked, the click answered through the command layer with the member's own
// permissions (Manage Server for the mutes). Acknowledge updates the alert's message in place
// (callback type 7); every other answer is a reply, private unless the command layer shares it.
import { MessageFlags, type APIInteractionResponseCallbackData } from "discord.js";
import { parseCustomId } from "../commands/action-click.js";
import { answerClick } from "../commands/alert-actions.js";
import type { CommandDesk } from "../commands/context.js";
import { errorReply } from "../replies/reply.js";
import { alertComponents } from "./alert-components.js";
import { alertViewEmbed } from "./alert-embed.js";
import { callerOf, messageOf, type InteractionSource } from "./answer-interaction.js";

export type ClickAnswer =
  /** A new message answering the click (ephemeral when `data.flags` says so). */
  | { kind: "reply"; data: APIInteractionResponseCallbackData }
  /** The clicked message edited: the acknowledged alert. */
  | { kind: "update"; data: APIInteractionResponseCallbackData }
  /** Nothing to say (a link button never comes here; an unknown one is only acknowledged). */
  | { kind: "ack" };

export async function answerComponentClick(customId: unknown, source: InteractionSource, userName: string, desk: CommandDesk): Promise<ClickAnswer> {
  if (source.guildId === null) return { kind: "reply", data: messageOf(errorReply("capwatch works in server channels", "Click the buttons on an alert in its channel.")) };
  const outcome = await answerClick(parseCustomId(customId), callerOf(source), userName, desk);
  switch (outcome.kind) {
    case "none":
      return { kind: "ack" };
    case "reply":
      return { kind: "reply", data: messageOf(outcome.reply) };
    case "edit":
      return {
        kind: "update",
        data: { embeds: [alertViewEmbed(outcome.view, desk.source)], components: alertComponents(outcome.view.actions), allowed_mentions: { parse: [] } },
      };
  }
}

/** Whether a reply's data is private (ephemeral). */
export function isEphemeral(data: APIInteractionResponseCallbackData): boolean {
  return ((Number(data.flags ?? 0)) & MessageFlags.Ephemeral) !== 0;
}
