// An alert burst's rows (history, outbox, dedupe marks, the causes moves refer to) in one transaction, each table written
// in bounded multi-row statements: any number of alerts in one burst fits.
import type { Kysely } from "kysely";
import { boundedChunks } from "./bounded-chunks.js";
import type { Database } from "./schema.js";
import { notifyOutboxInserted } from "./settings-channel.js";
import type { AlertToRecord } from "./store.js";

/** `notifyOutbox`: PostgreSQL with several instances, whose delivery loops wake on the notification. */
export async function recordAlerts(db: Kysely<Database>, alerts: AlertToRecord[], now: string, options: { notifyOutbox?: boolean } = {}): Promise<void> {
  if (alerts.length === 0) return;
  await db.transaction().execute(async (trx) => {
    let posts = 0;
    for (const chunk of boundedChunks(alerts)) {
      const ids = await trx
        .insertInto("alerts")
        .values(
          chunk.map(({ alert, muted }) => ({
            channel: alert.channel,
            kind: alert.kind,
            ticker: "ticker" in alert ? alert.ticker : null,
            ts: alert.ts,
            payload: JSON.stringify(alert),
            created_at: now,
            muted: muted ? 1 : 0,
          })),
        )
        .returning("id")
        .execute();
      // A held row is not due before its quiet hours end (next_attempt_at), and says it was held.
      const posted = chunk.flatMap(({ alert, muted, platform, heldUntil }, i) =>
        muted
          ? []
          : [{ alert_id: (ids[i] as { id: number }).id, channel: alert.channel, platform: platform ?? "terminal", status: "pending" as const, attempts: 0, created_at: now, next_attempt_at: heldUntil ?? null, held_until: heldUntil ?? null }],
      );
      for (const rows of boundedChunks(posted)) await trx.insertInto("outbox").values(rows).execute();
      posts += posted.length;
      await trx
        .insertInto("dedupe")
        .values(chunk.map(({ dedupe }) => ({ ...dedupe, updated_at: now })))
        .onConflict((oc) => oc.columns(["channel", "key"]).doUpdateSet((eb) => ({ value: eb.ref("excluded.value"), updated_at: now })))
        .execute();
    }
    await saveCauses(trx, alerts, now);
    if (options.notifyOutbox && posts > 0) await notifyOutboxInserted(trx);
  });
}

/** Each channel's latest cause per ticker in the burst (one row per pair: PostgreSQL refuses a pair twice in one upsert). */
export function latestCauses(alerts: readonly AlertToRecord[]): Array<{ channel: string; ticker: string; payload: string }> {
  const latest = new Map<string, { channel: string; ticker: string; payload: string }>();
  for (const { cause } of alerts) {
    if (cause !== undefined) latest.set(`${cause.channel}\u0000${cause.ticker}`, { channel: cause.channel, ticker: cause.ticker, payload: JSON.stringify(cause) });
  }
  return [...latest.values()];
}

/** The burst's latest causes, replacing the ones kept. */
async function saveCauses(trx: Kysely<Database>, alerts: AlertToRecord[], now: string): Promise<void> {
  for (const rows of boundedChunks(latestCauses(alerts).map((c) => ({ ...c, updated_at: now })))) {
    await trx
      .insertInto("alert_causes")
      .values(rows)
      .onConflict((oc) => oc.columns(["channel", "ticker"]).doUpdateSet((eb) => ({ payload: eb.ref("excluded.payload"), updated_at: eb.ref("excluded.updated_at") })))
      .execute();
  }
}
