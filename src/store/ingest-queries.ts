// The documents pushed to capwatch (POST /ingest/documents, `capwatch ingest`), by key: a document
// already seen is a duplicate and raises nothing again, across restarts and instances.
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { DocumentKey } from "./store.js";

/** Inserts the keys not seen before; returns those (a key another request holds is not returned). */
export async function claimDocuments(db: Kysely<Database>, documents: DocumentKey[], now: string): Promise<Set<string>> {
  const unique = [...new Map(documents.map((d) => [d.key, d])).values()];
  if (unique.length === 0) return new Set();
  const rows = await db
    .insertInto("ingested_documents")
    .values(unique.map((d) => ({ key: d.key, ticker: d.ticker, url: d.url ?? null, received_at: now })))
    .onConflict((oc) => oc.column("key").doNothing())
    .returning("key")
    .execute();
  return new Set(rows.map((r) => r.key));
}

/** Forgets claimed keys whose documents could not be applied, so a retry is not a duplicate. */
export async function releaseDocuments(db: Kysely<Database>, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom("ingested_documents").where("key", "in", keys).execute();
}
