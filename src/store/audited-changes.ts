// Writes that commands make: each change commits together with its audit entry.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";
import type { AuditEntry } from "./store.js";

export type Executor = Kysely<Database> | Transaction<Database>;

export async function writeAudit(db: Executor, audit: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({ at: audit.at, channel: audit.channel, user_id: audit.userId, action: audit.action, details: JSON.stringify(audit.details) })
    .execute();
}

/** Runs `change` and, when given, the audit entry in one transaction: both or neither. */
export async function withAudit(db: Kysely<Database>, audit: AuditEntry | undefined, change: (trx: Executor) => Promise<void>): Promise<void> {
  if (audit === undefined) {
    await change(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    await change(trx);
    await writeAudit(trx, audit);
  });
}
