// `/capwatch …` from Slack: ack at once (Slack wants it within 3 s), then answer through the
// response_url, privately or in the channel as the command decides.
import type { App } from "@slack/bolt";
import type { Desk } from "../commands/context.js";
import { answerCommand } from "../commands/handle-command.js";
import { renderReplyBlocks } from "./blocks/reply-blocks.js";
import type { SlackAdmins } from "./admins.js";

export const COMMAND = "/capwatch";

export function registerSlashCommand(app: App, desk: Desk, admins: SlackAdmins, log: (line: string) => void): void {
  app.command(COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    try {
      const isAdmin = await admins.isAdmin(client, command.team_id, command.user_id);
      const caller = { channel: command.channel_id, platform: "slack" as const, workspace: command.team_id, userId: command.user_id, isAdmin, isOperator: admins.isOperator(command.user_id) };
      const reply = await answerCommand(unescapeSlackText(command.text), caller, desk);
      // Slack has no private pictures: a chart is uploaded into the channel only with an answer shown there.
      const chart = reply.chart !== undefined && reply.visibility === "channel" ? reply.chart : undefined;
      if (reply.chart !== undefined && chart === undefined) reply.footnotes = [...(reply.footnotes ?? []), "Add share to post the chart in the channel."];
      await respond(renderReplyBlocks(reply));
      if (chart !== undefined) {
        await client.files.uploadV2({ channel_id: command.channel_id, file: chart.png, filename: chart.filename, title: chart.title, alt_text: chart.altText });
      }
    } catch (error) {
      log(`slack: ${COMMAND} in ${command.channel_id} could not be answered: ${(error as Error).message}`);
    }
  });
}

/** Slack sends `&`, `<`, `>` typed in a command as entities; the command layer wants the characters. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
