// Slack telling capwatch where it may post: uninstalled or revoked stops a workspace's delivery
// (its history stays); invited back into a channel, or the channel unarchived, resumes it.
import type { App } from "@slack/bolt";
import type { DeliveryLoop } from "../delivery/delivery-loop.js";

export function registerLifecycleEvents(app: App, delivery: DeliveryLoop<unknown>, forget: (teamId: string) => Promise<void>): void {
  app.event("app_uninstalled", async ({ body }) => {
    await delivery.stopWorkspace(body.team_id, "app_uninstalled");
    await forget(body.team_id);
  });
  app.event("tokens_revoked", async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length === 0) return; // only user tokens: the bot still posts
    await delivery.stopWorkspace(body.team_id, "tokens_revoked");
    await forget(body.team_id);
  });
  app.event("member_joined_channel", async ({ event, context }) => {
    if (event.user === context.botUserId && delivery.describe(event.channel).startsWith("paused")) await delivery.setChannelState(event.channel, "active");
  });
  app.event("channel_unarchive", async ({ event }) => {
    if (delivery.describe(event.channel).startsWith("paused")) await delivery.setChannelState(event.channel, "active");
  });
}
