// Clicks on an alert's buttons (Block Kit `block_actions`), over Socket Mode or signed HTTP alike
// (both reach Bolt's listeners): acked at once, then answered through the command layer. The
// person gets a private answer through the response_url; Acknowledge edits the alert's message
// (chat.update) instead. The click's workspace and channel are Slack's, from the signed payload.
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { parseSlackClick, ACTION_PREFIX } from "../commands/action-click.js";
import { answerClick } from "../commands/alert-actions.js";
import type { Caller, Desk } from "../commands/context.js";
import { errorReply } from "../replies/reply.js";
import type { SlackAdmins } from "./admins.js";
import { alertViewBlocks } from "./blocks/alert-blocks.js";
import { renderReplyBlocks } from "./blocks/reply-blocks.js";

/** Only the mutes change settings: the admin lookup (users.info) is made for them alone. */
const NEEDS_ADMIN = new Set(["mute_day", "mute_earnings"]);

export function registerAlertActions(app: App, desk: Desk, admins: SlackAdmins, log: (line: string) => void): void {
  app.action<BlockAction<ButtonAction>>({ type: "block_actions", action_id: new RegExp(`^${ACTION_PREFIX}`) }, async ({ ack, body, action, respond, client }) => {
    await ack();
    const click = parseSlackClick(action.action_id, action.value);
    if (click?.kind === "open") return; // a link button: Slack opened it
    const channel = body.channel?.id;
    const team = body.team?.id ?? body.user.team_id;
    try {
      if (channel === undefined || team === undefined) {
        await respond({ replace_original: false, ...renderReplyBlocks(errorReply("That button works in a channel", "Click it on the alert in its channel.")) });
        return;
      }
      const isAdmin = click !== undefined && NEEDS_ADMIN.has(click.kind) ? await admins.isAdmin(client, team, body.user.id) : false;
      const caller: Caller = { channel, platform: "slack", workspace: team, userId: body.user.id, isAdmin, isOperator: admins.isOperator(body.user.id) };
      const outcome = await answerClick(click, caller, body.user.username ?? body.user.name ?? body.user.id, desk);
      if (outcome.kind === "none") return;
      if (outcome.kind === "edit" && body.message?.ts !== undefined) {
        const message = alertViewBlocks(outcome.view, desk.source);
        await client.chat.update({ channel, ts: body.message.ts, text: message.text, blocks: message.blocks });
        return;
      }
      await respond({ ...renderReplyBlocks(outcome.reply), replace_original: false });
    } catch (error) {
      log(`slack: a click on ${action.action_id} in ${channel ?? "?"} could not be answered: ${(error as Error).message}`);
    }
  });
}
