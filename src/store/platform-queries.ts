// What the platform adapters keep: each channel's delivery state and their installations.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { ChannelStatus } from "./store.js";
import type { Platform } from "../alerts/types.js";

export async function setChannelStatus(db: Kysely<Database>, status: Omit<ChannelStatus, "updatedAt">, now: string): Promise<void> {
  const row = { platform: status.platform, channel: status.channel, state: status.state, reason: status.reason ?? null, updated_at: now };
  await db
    .insertInto("channel_status")
    .values(row)
    .onConflict((oc) => oc.columns(["platform", "channel"]).doUpdateSet(row))
    .execute();
}

export async function channelStatuses(db: Kysely<Database>, platform?: Platform): Promise<ChannelStatus[]> {
  let query = db.selectFrom("channel_status").selectAll().orderBy("platform").orderBy("channel");
  if (platform !== undefined) query = query.where("platform", "=", platform);
  const rows = await query.execute();
  return rows.map((r) => ({
    platform: r.platform as Platform,
    channel: r.channel,
    state: r.state as ChannelStatus["state"],
    reason: r.reason ?? undefined,
    updatedAt: r.updated_at,
  }));
}

export async function saveInstallation(db: Kysely<Database>, platform: Platform, key: string, data: unknown, now: string): Promise<void> {
  const row = { platform, key, data: JSON.stringify(data), updated_at: now };
  await db
    .insertInto("installations")
    .values(row)
    .onConflict((oc) => oc.columns(["platform", "key"]).doUpdateSet(row))
    .execute();
}

export async function getInstallation(db: Kysely<Database>, platform: Platform, key: string): Promise<unknown | undefined> {
  const row = await db.selectFrom("installations").select("data").where("platform", "=", platform).where("key", "=", key).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.data) as unknown);
}

export async function deleteInstallation(db: Kysely<Database>, platform: Platform, key: string): Promise<void> {
  await db.deleteFrom("installations").where("platform", "=", platform).where("key", "=", key).execute();
}
