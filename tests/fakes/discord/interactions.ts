// Interaction payloads as Discord sends them, for the fake gateway and the HTTP endpoint.
import { APP_ID, BOT_ID } from "./fake-discord.js";

export const GUILD = "1200000000000000001";
export const CHANNEL = "1300000000000000001";
/** Manage Server (0x20) and View/Send: an admin of capwatch. */
export const ADMIN_PERMISSIONS = String(0x20 | 0x400 | 0x800);
/** View Channel and Send Messages only. */
export const MEMBER_PERMISSIONS = String(0x400 | 0x800);

let counter = 0;

export interface InteractionSpec {
  type?: 2 | 4;
  options: unknown[];
  permissions?: string;
  userId?: string;
  channelId?: string;
  /** The command: "capwatch" (default) or "capwatch-admin". */
  name?: string;
}

export function interactionPayload(spec: InteractionSpec): { id: string; token: string } & Record<string, unknown> {
  counter++;
  const userId = spec.userId ?? "1400000000000000001";
  return {
    id: String(1500000000000000000n + BigInt(counter)),
    token: `interaction-token-${counter}`,
    application_id: APP_ID,
    type: spec.type ?? 2,
    version: 1,
    guild_id: GUILD,
    channel_id: spec.channelId ?? CHANNEL,
    channel: { id: spec.channelId ?? CHANNEL, type: 0, guild_id: GUILD },
    member: {
      user: { id: userId, username: "trader", discriminator: "0", global_name: "Trader", avatar: null },
      roles: [],
      permissions: spec.permissions ?? MEMBER_PERMISSIONS,
      joined_at: "2026-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: "19456",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD },
    context: 0,
    data: { id: "1600000000000000001", name: spec.name ?? "capwatch", type: 1, options: spec.options },
  };
}

/** `/capwatch <sub> …` or `/capwatch <group> <sub> …` options. */
export const sub = (name: string, options: unknown[] = []) => ({ name, type: 1, options });
export const group = (name: string, subcommand: unknown) => ({ name, type: 2, options: [subcommand] });
export const str = (name: string, value: string, focused = false) => ({ name, type: 3, value, ...(focused ? { focused: true } : {}) });

export interface ClickSpec {
  customId: string;
  /** The clicked message as the fake keeps it. */
  message: { id: string; embeds: unknown[]; components?: unknown[] };
  permissions?: string;
  userId?: string;
  username?: string;
  channelId?: string;
}

/** A button click (MESSAGE_COMPONENT, type 3) on one of the bot's messages. */
export function componentPayload(spec: ClickSpec): { id: string; token: string } & Record<string, unknown> {
  const base = interactionPayload({ options: [], permissions: spec.permissions, userId: spec.userId, channelId: spec.channelId });
  const member = base.member as { user: Record<string, unknown> };
  const channelId = spec.channelId ?? CHANNEL;
  return {
    ...base,
    type: 3,
    member: { ...member, user: { ...member.user, username: spec.username ?? "trader" } },
    message: {
      id: spec.message.id, channel_id: channelId, type: 0, content: "", embeds: spec.message.embeds, components: spec.message.components ?? [],
      author: { id: BOT_ID, username: "capwatch", discriminator: "0", bot: true, avatar: null, global_name: null },
      timestamp: "2026-02-13T21:00:00.000Z", edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, flags: 0,
    },
    data: { custom_id: spec.customId, component_type: 2 },
  };
}
