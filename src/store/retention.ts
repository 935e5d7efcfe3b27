// What the store keeps, and for how long. Delivered alerts and their outbox rows, audit entries,
// pushed-document keys and answered request keys are pruned past their age; an alert still
// waiting for delivery is never pruned. Dedupe marks are kept only while they can still stop a
// repeat: a market-cap or earnings mark names one trading day, a capex mark one figure for one
// period, which a later text may repeat for as long as the period is current.
import { sql, type Kysely } from "kysely";
import { QUOTE_HISTORY_DAYS } from "./quote-history-queries.js";
import type { Database } from "./schema.js";

export interface RetentionPolicy {
  /** Days a delivered (or muted) alert and its outbox row are kept. */
  alertsDays: number;
  /** Days an audit entry is kept. */
  auditDays: number;
}

const DAY_MS = 86_400_000;
/** A mark about one trading day (a move, an earnings date or result) stops repeats for two weeks. */
export const DAY_MARK_DAYS = 14;
/** A capex mark (a figure for a period) stops repeats for three years: a plan's period and its recaps. */
export const CAPEX_MARK_DAYS = 3 * 366;
/** A drawdown mark names a peak close, which stays in a window of up to 250 trading days: a year. */
export const DRAWDOWN_MARK_DAYS = 366;

const isoBefore = (now: Date, days: number): string => new Date(now.getTime() - days * DAY_MS).toISOString();

/** The dedupe marks still in force at `now`: only these are loaded at start-up. */
export function dedupeInForce(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom("dedupe")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb("key", "like", "capex%"), eb("updated_at", ">=", isoBefore(now, CAPEX_MARK_DAYS))]),
        eb.and([eb("key", "like", "mcap_drawdown%"), eb("updated_at", ">=", isoBefore(now, DRAWDOWN_MARK_DAYS))]),
        eb.and([eb("key", "not like", "capex%"), eb("key", "not like", "mcap_drawdown%"), eb("updated_at", ">=", isoBefore(now, DAY_MARK_DAYS))]),
      ]),
    );
}

export interface PruneCounts {
  alerts: number;
  outbox: number;
  audit: number;
  dedupe: number;
  documents: number;
  requests: number;
  /** Days of one ticker's quote history (charts). */
  quoteDays: number;
  /** Kept causes (a channel's latest guidance or results per ticker) too old for any move to follow. */
  causes: number;
}

/** Deletes what is past its age at `now`; returns how many rows of each went. */
export async function pruneStore(db: Kysely<Database>, now: Date, policy: RetentionPolicy): Promise<PruneCounts> {
  const alertsBefore = isoBefore(now, policy.alertsDays);
  const count = (result: { numDeletedRows: bigint }[]) => Number(result[0]?.numDeletedRows ?? 0n);
  const outbox =
    count(await db.deleteFrom("outbox").where("status", "=", "delivered").where("delivered_at", "<", alertsBefore).execute()) +
    count(await db.deleteFrom("outbox").where("status", "=", "parked").where("created_at", "<", alertsBefore).execute());
  // An alert goes once nothing in the outbox points at it: delivered long ago, or muted (never queued).
  const alerts = count(
    await db
      .deleteFrom("alerts")
      .where("created_at", "<", alertsBefore)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom("outbox").select(sql.lit(1).as("one")).whereRef("outbox.alert_id", "=", "alerts.id"))))
      .execute(),
  );
  // An acknowledgement goes with its alert (an id SQLite hands out again must not find it).
  await db.deleteFrom("alert_acks").where(({ not, exists, selectFrom }) => not(exists(selectFrom("alerts").select(sql.lit(1).as("one")).whereRef("alerts.id", "=", "alert_acks.alert_id")))).execute();
  const audit = count(await db.deleteFrom("audit_log").where("at", "<", isoBefore(now, policy.auditDays)).execute());
  const dedupe = count(
    await db
      .deleteFrom("dedupe")
      .where((eb) =>
        eb.or([
          eb.and([eb("key", "like", "capex%"), eb("updated_at", "<", isoBefore(now, CAPEX_MARK_DAYS))]),
          eb.and([eb("key", "like", "mcap_drawdown%"), eb("updated_at", "<", isoBefore(now, DRAWDOWN_MARK_DAYS))]),
          eb.and([eb("key", "not like", "capex%"), eb("key", "not like", "mcap_drawdown%"), eb("updated_at", "<", isoBefore(now, DAY_MARK_DAYS))]),
        ]),
      )
      .execute(),
  );
  const documents = count(await db.deleteFrom("ingested_documents").where("received_at", "<", isoBefore(now, CAPEX_MARK_DAYS)).execute());
  const requests = count(await db.deleteFrom("seen_requests").where("expires_at", "<", now.toISOString()).execute());
  // Quote history is kept a month whatever the alerts' retention: charts show at most that.
  const quoteDays = count(await db.deleteFrom("quote_history").where("day", "<", isoBefore(now, QUOTE_HISTORY_DAYS).slice(0, 10)).execute());
  // A move links to a cause raised on or after its reference close's day (alerts/causes.ts), a few
  // trading days back at most: a cause a day mark's age stops mattering (the "After" line and the thread).
  const causes = count(await db.deleteFrom("alert_causes").where("updated_at", "<", isoBefore(now, DAY_MARK_DAYS)).execute());
  return { alerts, outbox, audit, dedupe, documents, requests, quoteDays, causes };
}
