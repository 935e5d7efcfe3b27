// Feeds admins add per ticker (`feeds add|remove|list`): each change commits with its audit entry.
import type { Kysely } from "kysely";
import { writeAudit } from "./audited-changes.js";
import type { Database } from "./schema.js";
import type { AuditEntry, NewsFeedRecord } from "./store.js";

export async function addNewsFeed(db: Kysely<Database>, feed: NewsFeedRecord, audit: AuditEntry): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("news_feeds")
      .values({ ticker: feed.ticker, url: feed.url, added_by: feed.addedBy ?? null, added_at: feed.addedAt })
      .onConflict((oc) => oc.columns(["ticker", "url"]).doNothing())
      .returning("ticker")
      .execute();
    if (inserted.length === 0) return false;
    await writeAudit(trx, audit);
    return true;
  });
}

export async function removeNewsFeed(db: Kysely<Database>, ticker: string, url: string, audit: AuditEntry): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const removed = await trx.deleteFrom("news_feeds").where("ticker", "=", ticker).where("url", "=", url).returning("ticker").execute();
    if (removed.length === 0) return false;
    await writeAudit(trx, audit);
    return true;
  });
}

export async function newsFeeds(db: Kysely<Database>, ticker?: string): Promise<NewsFeedRecord[]> {
  let query = db.selectFrom("news_feeds").selectAll().orderBy("ticker").orderBy("url");
  if (ticker !== undefined) query = query.where("ticker", "=", ticker);
  const rows = await query.execute();
  return rows.map((r) => ({ ticker: r.ticker, url: r.url, addedAt: r.added_at, ...(r.added_by !== null ? { addedBy: r.added_by } : {}) }));
}
