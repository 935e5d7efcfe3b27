// What delivery writes back to an outbox row: delivered, in flight (before a post, so a crash
// is looked up, not re-posted blindly), parked (poison: never tried again), failed with the
// time of its next try, or posted but waiting for its chart; and how many rows wait (the outbox depth /metrics reports).
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

export async function markDelivered(db: Kysely<Database>, outboxIds: number[], at: Date): Promise<void> {
  if (outboxIds.length === 0) return;
  await db.updateTable("outbox").set({ status: "delivered", delivered_at: at.toISOString() }).where("id", "in", outboxIds).execute();
}

export async function markInFlight(db: Kysely<Database>, outboxId: number, at: Date): Promise<void> {
  await db.updateTable("outbox").set({ sending_at: at.toISOString() }).where("id", "=", outboxId).execute();
}

export async function parkOutbox(db: Kysely<Database>, outboxId: number, reason: string): Promise<void> {
  await db
    .updateTable("outbox")
    .set((eb) => ({ status: "parked", attempts: eb("attempts", "+", 1), last_error: reason, next_attempt_at: null, sending_at: null }))
    .where("id", "=", outboxId)
    .execute();
}

export async function markDeliveryFailed(db: Kysely<Database>, outboxId: number, error: string, retryAt: Date): Promise<void> {
  await db
    .updateTable("outbox")
    .set((eb) => ({ attempts: eb("attempts", "+", 1), last_error: error, next_attempt_at: retryAt.toISOString() }))
    .where("id", "=", outboxId)
    .execute();
}

/**
 * The row's text was taken at `postedAt`, its chart was not (a failure to retry): it stays pending,
 * due at `retryAt`, for its chart alone. Its in-flight mark is settled: the text is known to be there.
 */
export async function markChartPending(db: Kysely<Database>, outboxId: number, postedAt: Date, error: string, retryAt: Date): Promise<void> {
  await db
    .updateTable("outbox")
    .set((eb) => ({
      attempts: eb("attempts", "+", 1),
      last_error: error,
      next_attempt_at: retryAt.toISOString(),
      sending_at: null,
      text_posted_at: eb.fn.coalesce("text_posted_at", eb.val(postedAt.toISOString())),
    }))
    .where("id", "=", outboxId)
    .execute();
}

/** Uses the (status, id) index: cheap enough for every /metrics scrape. */
export async function pendingCount(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<number | string>().as("n")).where("status", "=", "pending").executeTakeFirst();
  return Number(row?.n ?? 0);
}
