// Alerts acknowledged from their buttons: the first click on an alert is kept (the alert id is
// the key, so two clicks at once, on any instance, keep one); a later click reads it back.
import type { Kysely } from "kysely";
import type { Alert } from "../alerts/types.js";
import type { Database } from "./schema.js";
import type { AcknowledgeResult, Acknowledgement } from "./store.js";

export async function acknowledgeAlert(db: Kysely<Database>, ack: Acknowledgement): Promise<AcknowledgeResult> {
  const alert = await db.selectFrom("alerts").select(["payload"]).where("id", "=", ack.alertId).where("channel", "=", ack.channel).executeTakeFirst();
  if (alert === undefined) return { outcome: "unknown" };
  const inserted = await db
    .insertInto("alert_acks")
    .values({ alert_id: ack.alertId, channel: ack.channel, user_id: ack.userId, user_name: ack.userName, at: ack.at })
    .onConflict((oc) => oc.column("alert_id").doNothing())
    .returning("alert_id")
    .execute();
  const row = await db.selectFrom("alert_acks").selectAll().where("alert_id", "=", ack.alertId).executeTakeFirstOrThrow();
  return { outcome: inserted.length === 1 ? "first" : "already", alert: JSON.parse(alert.payload) as Alert, userId: row.user_id, userName: row.user_name, at: row.at };
}
