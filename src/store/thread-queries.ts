// Where an alert that others reply to was posted (Slack's message ts, Discord's message id), so a
// market-cap alert that follows a company's guidance or results goes into that alert's thread.
// Kept for 30 days (a reply needs its parent only within an episode): each save prunes older rows.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

const KEEP_MS = 30 * 86_400_000;

export async function saveThreadMessage(db: Kysely<Database>, row: { platform: string; channel: string; key: string; ref: string }, now: Date): Promise<void> {
  await db.deleteFrom("thread_messages").where("at", "<", new Date(now.getTime() - KEEP_MS).toISOString()).execute();
  const values = { platform: row.platform, channel: row.channel, thread_key: row.key, message_ref: row.ref, at: now.toISOString() };
  await db
    .insertInto("thread_messages")
    .values(values)
    .onConflict((oc) => oc.columns(["platform", "channel", "thread_key"]).doUpdateSet({ message_ref: row.ref, at: values.at }))
    .execute();
}

export async function threadMessage(db: Kysely<Database>, platform: string, channel: string, key: string): Promise<string | undefined> {
  const row = await db.selectFrom("thread_messages").select("message_ref").where("platform", "=", platform).where("channel", "=", channel).where("thread_key", "=", key).executeTakeFirst();
  return row?.message_ref;
}
