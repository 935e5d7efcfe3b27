// The App Home as Block Kit: for each channel of the workspace the user is in, what `watch list`
// shows (tickers, thresholds, kinds, mutes, delivery, data freshness) and its last alerts; admins
// get an Edit button per channel. Built from the command layer's replies, so it says what the
// commands say. All text escaped; a Home view holds at most 100 blocks.
import type { Reply } from "../../replies/reply.js";
import { escapeMrkdwn } from "./escape.js";
import { andMore, clip } from "./limits.js";
import { context, fieldsSection, header, section, type Block } from "./message.js";

export const EDIT_ACTION_ID = "capwatch_home:edit";
/** Channels shown: five blocks each stays under the Home tab's 100. */
export const MAX_HOME_CHANNELS = 15;

export interface HomeChannel {
  channel: string;
  /** The command layer's `watch list` answer for the channel. */
  settings: Reply;
  /** One line per recent alert, newest first. */
  lastAlerts: string[];
}

/** `<#C123>` for a Slack channel id (Slack shows its name); anything else as escaped text. */
export function channelRef(channel: string): string {
  return /^[CG][A-Z0-9_]{2,24}$/.test(channel) ? `<#${channel}>` : escapeMrkdwn(channel);
}

export function homeBlocks(channels: readonly HomeChannel[], isAdmin: boolean, data: string): Block[] {
  const e = escapeMrkdwn;
  const blocks: Block[] = [header("capwatch"), context([`data: ${e(data)}`, isAdmin ? "you are an admin: Edit changes a channel's settings" : "only admins change settings"])];
  if (channels.length === 0) {
    blocks.push(section("None of your channels watches anything yet. In a channel, an admin types `/capwatch watch add MSFT`."));
    return blocks;
  }
  for (const c of channels.slice(0, MAX_HOME_CHANNELS)) {
    blocks.push({ type: "divider" });
    blocks.push(section(`*${channelRef(c.channel)}*`));
    blocks.push(fieldsSection((c.settings.fields ?? []).map((f) => `*${e(f.label)}*\n${e(f.value)}`)));
    blocks.push(section(clip(`*Last alerts*\n${c.lastAlerts.length > 0 ? c.lastAlerts.map((l) => `• ${e(l)}`).join("\n") : "none yet"}`, 3000)));
    if (isAdmin) {
      blocks.push({ type: "actions", elements: [{ type: "button", action_id: EDIT_ACTION_ID, value: c.channel, text: { type: "plain_text", text: "Edit settings", emoji: false } }] });
    }
  }
  if (channels.length > MAX_HOME_CHANNELS) blocks.push(context([andMore(channels.length - MAX_HOME_CHANNELS, "channels")]));
  return blocks;
}
