// A channel's quiet hours, written with their audit entry. Turning them off lets the alerts the
// window holds go at once (still as one summary): an admin who ends the quiet wants to see them.
import type { Kysely } from "kysely";
import { withAudit } from "./audited-changes.js";
import type { Database } from "./schema.js";
import type { AuditEntry, QuietHoursRecord } from "./store.js";

export async function saveQuietHours(db: Kysely<Database>, channel: string, window: QuietHoursRecord | undefined, audit: AuditEntry, now: Date): Promise<void> {
  await withAudit(db, audit, async (trx) => {
    if (window === undefined) {
      await trx.deleteFrom("quiet_hours").where("channel", "=", channel).execute();
      const at = now.toISOString();
      await trx.updateTable("outbox").set({ next_attempt_at: at, held_until: at }).where("channel", "=", channel).where("status", "=", "pending").where("held_until", ">", at).execute();
      return;
    }
    const row = { channel, start_minute: window.startMinute, end_minute: window.endMinute, updated_at: audit.at };
    await trx
      .insertInto("quiet_hours")
      .values(row)
      .onConflict((oc) => oc.column("channel").doUpdateSet({ start_minute: row.start_minute, end_minute: row.end_minute, updated_at: row.updated_at }))
      .execute();
  });
}
