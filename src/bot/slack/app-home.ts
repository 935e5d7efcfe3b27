// The App Home: on `app_home_opened` each user gets a view (views.publish) of the workspace's
// capwatch channels they are in (channel-members.ts: public ones the bot never joined too), with
// what `watch list` says and the last alerts; admins get Edit, which opens a modal (views.open)
// whose submission runs the same commands, with the same admin check and audit, as typing them.
// A workspace sees and changes only its own channels.
import type { App, webApi } from "@slack/bolt";
import { z } from "zod";
import { alertView } from "../../alerts/views/alert-view.js";
import type { Caller, Desk } from "../commands/context.js";
import { runCommand } from "../commands/handle-command.js";
import { watchListReply } from "../commands/handlers/channel-settings.js";
import type { SlackAdmins } from "./admins.js";
import { EDIT_ACTION_ID, homeBlocks, MAX_HOME_CHANNELS, type HomeChannel } from "./blocks/home-blocks.js";
import { platformChannels } from "../delivery/platform-channels.js";
import { channelsUserIsIn } from "./channel-members.js";
import { editModal, EDIT_CALLBACK_ID, readSubmission } from "./home-modal.js";
import { MembershipCache } from "./membership-cache.js";

const LAST_ALERTS = 3;
const channelId = z.string().regex(/^[A-Z0-9_]{1,24}$/);

export function registerAppHome(app: App, desk: Desk, admins: SlackAdmins, log: (line: string) => void, memberships = new MembershipCache()): void {
  const slackChannels = platformChannels(desk.engine.routing, "slack");
  const workspaceChannels = (team: string) => slackChannels.inWorkspace(team);
  const ownChannel = (team: string) => (channel: string) => workspaceChannels(team).includes(channel);

  const publish = async (client: webApi.WebClient, team: string, user: string) => {
    // Only this workspace's channels (the tenant rule), and of those the ones the user is in.
    const candidates = workspaceChannels(team);
    const visible = await memberships.channels(team, user, candidates, () => channelsUserIsIn(client, user, candidates, log));
    const isAdmin = await admins.isAdmin(client, team, user);
    const channels: HomeChannel[] = [];
    for (const channel of visible.slice(0, MAX_HOME_CHANNELS + 1)) {
      const recent = await desk.store.recentAlerts(channel, LAST_ALERTS);
      const lastAlerts = recent.map((a) => alertView(a.alert)).map((v) => `${v.time}: ${v.summary}`);
      channels.push({ channel, settings: await watchListReply(desk, channel, false), lastAlerts });
    }
    await client.views.publish({ user_id: user, view: { type: "home", blocks: homeBlocks(channels, isAdmin, desk.dataState?.() ?? desk.source) } });
  };

  app.event("app_home_opened", async ({ event, body, client }) => {
    if (event.tab !== "home") return;
    try {
      await publish(client, body.team_id, event.user);
    } catch (error) {
      log(`slack: the App Home of ${event.user} could not be published: ${(error as Error).message}`);
    }
  });

  app.action({ type: "block_actions", action_id: EDIT_ACTION_ID }, async ({ ack, body, action, client }) => {
    await ack();
    const team = body.team?.id ?? body.user.team_id;
    const channel = channelId.safeParse((action as { value?: unknown }).value);
    const trigger = (body as { trigger_id?: string }).trigger_id;
    if (team === undefined || trigger === undefined) return;
    try {
      if (!channel.success || !ownChannel(team)(channel.data)) return void (await client.views.open({ trigger_id: trigger, view: notice("That channel is not one of this workspace's; nothing can be changed there.") }));
      if (!(await admins.isAdmin(client, team, body.user.id))) return void (await client.views.open({ trigger_id: trigger, view: notice("Only admins can change a channel's settings; nothing was changed.") }));
      await client.views.open({ trigger_id: trigger, view: editModal(channel.data, desk.engine.routing.watchlistOf(channel.data)) as never });
    } catch (error) {
      log(`slack: the edit modal could not be opened: ${(error as Error).message}`);
    }
  });

  app.view(EDIT_CALLBACK_ID, async ({ ack, body, view, client }) => {
    const team = body.team?.id ?? body.user.team_id ?? "";
    const read = readSubmission(view, (c) => desk.engine.routing.watchlistOf(c), ownChannel(team));
    if (!read.ok) return void (await ack({ response_action: "errors", errors: read.errors }));
    // Checked again here (the form may outlive a demotion); the command layer checks a third time.
    const isAdmin = await admins.isAdmin(client, team, body.user.id);
    if (!isAdmin) return void (await ack({ response_action: "errors", errors: { watch_add: "Only admins can change this channel's settings; nothing was changed." } }));
    await ack();
    try {
      const caller: Caller = { channel: read.channel, platform: "slack", workspace: team, userId: body.user.id, isAdmin, isOperator: admins.isOperator(body.user.id) };
      const refused: string[] = [];
      for (const command of read.commands) {
        const reply = await runCommand(command, caller, desk);
        if (reply.tone !== "error") continue;
        log(`slack: App Home edit of ${read.channel} by ${body.user.id}: ${reply.title}: ${reply.text ?? ""}`);
        refused.push(`${reply.title}: ${reply.text ?? ""}`);
      }
      // The modal is closed by now (a command may take longer than Slack's 3 s for an answer), so a
      // refusal (an unknown ticker, say) reaches the admin in the app's messages, never silently.
      if (refused.length > 0) await client.chat.postMessage({ channel: body.user.id, text: `Your settings edit of <#${read.channel}>: ${refused.join(" ")}` });
      await publish(client, team, body.user.id);
    } catch (error) {
      log(`slack: an App Home edit of ${read.channel} could not be applied: ${(error as Error).message}`);
    }
  });
}

function notice(text: string): never {
  return { type: "modal", title: { type: "plain_text", text: "capwatch" }, close: { type: "plain_text", text: "Close" }, blocks: [{ type: "section", text: { type: "plain_text", text } }] } as never;
}
