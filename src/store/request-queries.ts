// Signed requests already answered (Slack, Discord), by a hash of their signature: the first
// instance to claim one answers it; a replay of it within its window finds the key taken.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** True when `key` was not held (now it is, until `expiresAt`); false for a request seen before. */
export async function claimSignedRequest(db: Kysely<Database>, key: string, expiresAt: string, now: string): Promise<boolean> {
  // Expired keys go first, so the table holds only the last few minutes of requests.
  await db.deleteFrom("seen_requests").where("expires_at", "<", now).execute();
  const rows = await db
    .insertInto("seen_requests")
    .values({ key, expires_at: expiresAt })
    .onConflict((oc) => oc.column("key").doNothing())
    .returning("key")
    .execute();
  return rows.length === 1;
}
