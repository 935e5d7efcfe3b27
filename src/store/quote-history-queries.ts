// Quote history (migration 012): one row per ticker and US/Eastern day, the day's five-minute
// prices encoded by alerts/quote-history.ts. Writes append to a stored day (a restart mid-day
// keeps what was written before); retention.ts deletes days older than QUOTE_HISTORY_DAYS.
import { sql, type Kysely } from "kysely";
import type { QuoteDayRecord } from "../alerts/quote-history.js";
import { boundedChunks } from "./bounded-chunks.js";
import type { Database } from "./schema.js";

/** Days of quote history kept (issue 15: charts of up to a month). */
export const QUOTE_HISTORY_DAYS = 30;

/**
 * Appends each day's new buckets to its row (`bucket:price` pairs, `;`-separated; a later pair for
 * a bucket wins when read): one upsert, no read first, on SQLite and PostgreSQL alike, and what
 * another process wrote for the same day (a restart mid-day) is kept. A row stays bounded: the
 * writer sends only buckets changed since its last write (quote-history.ts).
 */
export async function saveQuoteDays(db: Kysely<Database>, days: readonly QuoteDayRecord[]): Promise<void> {
  // One row per key in a batch: a later encoding of the same day appends to the earlier one.
  const byKey = new Map<string, QuoteDayRecord>();
  for (const d of days) {
    if (d.prices === "") continue;
    const key = `${d.ticker}\u0000${d.day}`;
    const earlier = byKey.get(key);
    byKey.set(key, earlier ? { ...d, prices: `${earlier.prices};${d.prices}` } : d);
  }
  if (byKey.size === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const chunk of boundedChunks([...byKey.values()])) {
      await trx
        .insertInto("quote_history")
        .values(chunk.map((d) => ({ ticker: d.ticker, day: d.day, prices: d.prices })))
        .onConflict((oc) => oc.columns(["ticker", "day"]).doUpdateSet({ prices: sql<string>`quote_history.prices || ';' || excluded.prices` }))
        .execute();
    }
  });
}

export async function quoteDays(db: Kysely<Database>, ticker: string, fromDay: string, toDay: string): Promise<QuoteDayRecord[]> {
  return db
    .selectFrom("quote_history")
    .select(["ticker", "day", "prices"])
    .where("ticker", "=", ticker)
    .where("day", ">=", fromDay)
    .where("day", "<=", toDay)
    .orderBy("day")
    .limit(QUOTE_HISTORY_DAYS + 5)
    .execute();
}
