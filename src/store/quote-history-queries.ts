// Quote history (migration 012): one row per ticker and US/Eastern day, the day's five-minute
// prices encoded by alerts/quote-history.ts. Writes merge into a stored day (a restart mid-day
// keeps what was written before); retention.ts deletes days older than QUOTE_HISTORY_DAYS.
import type { Kysely } from "kysely";
import type { QuoteDayRecord } from "../alerts/quote-history.js";
import { boundedChunks } from "./bounded-chunks.js";
import type { Database } from "./schema.js";

/** Days of quote history kept (issue 15: charts of up to a month). */
export const QUOTE_HISTORY_DAYS = 30;

export async function saveQuoteDays(db: Kysely<Database>, days: readonly QuoteDayRecord[]): Promise<void> {
  // One row per key in a batch: the later encoding of a day merges over the earlier one.
  const byKey = new Map<string, QuoteDayRecord>();
  for (const d of days) {
    const key = `${d.ticker}\u0000${d.day}`;
    const earlier = byKey.get(key);
    byKey.set(key, earlier ? { ...d, prices: mergeDays(earlier.prices, d.prices) } : d);
  }
  if (byKey.size === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const chunk of boundedChunks([...byKey.values()])) {
      const stored = await trx
        .selectFrom("quote_history")
        .select(["ticker", "day", "prices"])
        .where((eb) => eb.or(chunk.map((d) => eb.and([eb("ticker", "=", d.ticker), eb("day", "=", d.day)]))))
        .execute();
      const before = new Map(stored.map((r) => [`${r.ticker}\u0000${r.day}`, r.prices]));
      const rows = chunk.map((d) => {
        const old = before.get(`${d.ticker}\u0000${d.day}`);
        return { ticker: d.ticker, day: d.day, prices: old === undefined ? d.prices : mergeDays(old, d.prices) };
      });
      await trx
        .insertInto("quote_history")
        .values(rows)
        .onConflict((oc) => oc.columns(["ticker", "day"]).doUpdateSet((eb) => ({ prices: eb.ref("excluded.prices") })))
        .execute();
    }
  });
}

/**
 * Two encodings of one day (`bucket:price` pairs, `;`-separated) merged, `newer`'s buckets winning:
 * a restart mid-day keeps what was written before it. Done on the text, as the store imports no
 * alerting code (alerts/quote-history.ts owns the encoding).
 */
export function mergeDays(older: string, newer: string): string {
  const buckets = new Map<number, string>();
  for (const text of [older, newer]) {
    for (const pair of text.split(";")) {
      const at = pair.indexOf(":");
      if (at > 0) buckets.set(Number(pair.slice(0, at)), pair);
    }
  }
  return [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([, pair]) => pair).join(";");
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
