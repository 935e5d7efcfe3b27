// `/capwatch` and `/capwatch-admin` over the gateway: commands answered within 3 s (reply, or defer
// and edit), ticker autocomplete, private answers ephemeral; clicks on an alert's buttons.
import {
  Events,
  MessageFlags,
  type APIInteractionResponseCallbackData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from "discord.js";
import { ACTION_PREFIX } from "../commands/action-click.js";
import { answerComponentClick, isEphemeral, type ClickAnswer } from "./component-clicks.js";
import type { Desk } from "../commands/context.js";
import { errorReply, type Reply } from "../replies/reply.js";
import { answerOptions, answersPrivately, ANSWER_DEADLINE_MS, callerOf, choicesFor, messageOf, type InteractionSource } from "./answer-interaction.js";
import { withinDeadline } from "../delivery/within-deadline.js";
import { isCapwatchCommand } from "./command-definition.js";
import type { OptionLike } from "./options-to-command.js";

export interface GatewayInteractionsOptions {
  desk: Desk;
  log: (line: string) => void;
  deadlineMs?: number;
}

export function handleGatewayInteractions(client: Client, options: GatewayInteractionsOptions): void {
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    void onInteraction(interaction, options).catch((error: unknown) => {
      options.log(`discord: could not answer interaction ${interaction.id}: ${(error as Error).message}`);
    });
  });
}

function sourceOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): InteractionSource {
  return {
    channelId: interaction.channelId,
    guildId: interaction.guildId,
    userId: interaction.user.id,
    permissions: interaction.memberPermissions?.bitfield ?? null,
  };
}

async function onInteraction(interaction: Interaction, options: GatewayInteractionsOptions): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!isCapwatchCommand(interaction.commandName)) return;
    const data = interaction.options.data as readonly OptionLike[];
    await interaction.respond(choicesFor(data, interaction.channelId, options.desk));
    return;
  }
  if (interaction.isButton()) {
    if (interaction.customId.startsWith(ACTION_PREFIX)) await onClick(interaction, options);
    return;
  }
  if (!interaction.isChatInputCommand() || !isCapwatchCommand(interaction.commandName)) return;
  const data = interaction.options.data as readonly OptionLike[];
  if (!interaction.inGuild()) {
    await interaction.reply(replyOptions(errorReply("capwatch works in server channels", "Run /capwatch in a channel of a server capwatch is in.")));
    return;
  }
  const work = answerOptions(data, callerOf(sourceOf(interaction)), options.desk);
  const timed = await withinDeadline(work, options.deadlineMs ?? ANSWER_DEADLINE_MS);
  if (timed.done) {
    await interaction.reply(replyOptions(timed.value));
    await followWithChart(interaction, timed.value, timed.value.visibility === "private");
    return;
  }
  const ephemeral = answersPrivately(data);
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await timed.later;
  const { embeds } = messageOf(reply, ephemeral);
  await interaction.editReply({ embeds, allowedMentions: { parse: [] } });
  await followWithChart(interaction, reply, ephemeral);
}

/** A reply's chart as a follow-up message with the PNG attached, after its text (a failure is the caller's log line). */
async function followWithChart(interaction: ChatInputCommandInteraction, reply: Reply, ephemeral: boolean): Promise<void> {
  if (reply.chart === undefined) return;
  const { png, filename, altText } = reply.chart;
  await interaction.followUp({ files: [{ attachment: png, name: filename, description: altText.slice(0, 1024) }], allowedMentions: { parse: [] }, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}

/** A click on an alert's button: answered within the 3 s, or acknowledged (deferred update) and answered after. */
async function onClick(interaction: ButtonInteraction, options: GatewayInteractionsOptions): Promise<void> {
  const source: InteractionSource = { channelId: interaction.channelId, guildId: interaction.guildId, userId: interaction.user.id, permissions: interaction.memberPermissions?.bitfield ?? null };
  const work = answerComponentClick(interaction.customId, source, interaction.user.username, options.desk);
  const timed = await withinDeadline(work, options.deadlineMs ?? ANSWER_DEADLINE_MS);
  const answer = timed.done ? timed.value : undefined;
  if (answer !== undefined) {
    if (answer.kind === "ack") await interaction.deferUpdate();
    else if (answer.kind === "update") await interaction.update(editOptions(answer.data));
    else await interaction.reply(clickReplyOptions(answer.data));
    return;
  }
  await interaction.deferUpdate();
  const late = await (timed as { later: Promise<ClickAnswer> }).later;
  if (late.kind === "update") await interaction.editReply(editOptions(late.data));
  else if (late.kind === "reply") await interaction.followUp(clickReplyOptions(late.data));
}

function editOptions(data: APIInteractionResponseCallbackData): InteractionUpdateOptions {
  return { embeds: data.embeds ?? [], components: (data.components ?? []) as InteractionUpdateOptions["components"], allowedMentions: { parse: [] } };
}

function clickReplyOptions(data: APIInteractionResponseCallbackData): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return { embeds: data.embeds ?? [], allowedMentions: { parse: [] }, ...(isEphemeral(data) ? { flags: MessageFlags.Ephemeral } : {}) };
}

function replyOptions(reply: Reply): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  const { embeds, flags } = messageOf(reply);
  return { embeds, allowedMentions: { parse: [] }, ...(flags ? { flags: MessageFlags.Ephemeral } : {}) };
}
