// Slots of a platform's requests a second, shared by every instance on one PostgreSQL store: one
// statement moves the bucket's next free slot on by `count` slots and says how long until the
// first is due, on the database's clock (the instances' clocks need not agree).
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema.js";

export async function reserveSlots(db: Kysely<Database>, bucket: string, count: number, intervalMs: number): Promise<number> {
  const span = count * intervalMs;
  const { rows } = await sql<{ wait_ms: number }>`
    with clock as (select extract(epoch from clock_timestamp()) * 1000 as now_ms)
    insert into rate_slots as r (bucket, next_at) select ${bucket}, clock.now_ms + ${span} from clock
    on conflict (bucket) do update set next_at = greatest(r.next_at, (select now_ms from clock)) + ${span}
    returning r.next_at - ${span} - (select now_ms from clock) as wait_ms`.execute(db);
  return Math.max(0, Number(rows[0]?.wait_ms ?? 0));
}

/** The same schedule kept in the process, for a store only one instance uses (SQLite). */
export class LocalSlots {
  private readonly next = new Map<string, number>();

  reserve(bucket: string, count: number, intervalMs: number, nowMs: number): number {
    const first = Math.max(nowMs, this.next.get(bucket) ?? 0);
    this.next.set(bucket, first + count * intervalMs);
    return first - nowMs;
  }
}
