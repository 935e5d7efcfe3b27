// On PostgreSQL an alert burst is written in one statement (alert-writes-postgres.ts) instead of
// the portable BEGIN / one statement per table / COMMIT. The rows it leaves must be the ones the
// portable writer leaves, and what the portable writer could not do (the same mark twice in a
// burst) must come out as a row-by-row upsert would.
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { Alert, CauseAlert } from "../../src/alerts/types.js";
import { recordAlerts } from "../../src/store/alert-writes.js";
import { recordAlertsInOneStatement } from "../../src/store/alert-writes-postgres.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Database } from "../../src/store/schema.js";
import type { AlertToRecord } from "../../src/store/store.js";
import { PG_URL, admin } from "../helpers/postgres.js";

const NOW = "2026-11-26T12:00:00.000Z";
const schemas: string[] = [];
const opened: Array<Kysely<Database>> = [];

/** A migrated schema of its own, and a Kysely on it. */
async function freshSchema(): Promise<{ db: Kysely<Database>; schema: string }> {
  const schema = `capwatch_alert_writes_${process.pid}_${schemas.length}_${Date.now()}`;
  await admin((c) => c.query(`create schema ${schema}`));
  schemas.push(schema);
  await (await openPostgresStore(PG_URL as string, undefined, { schema, log: () => undefined })).close();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: PG_URL, max: 1, options: `-c search_path=${schema}` }) }) });
  opened.push(db);
  return { db, schema };
}

afterAll(async () => {
  for (const db of opened) await db.destroy();
  if (PG_URL) for (const schema of schemas) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

const move = (channel: string, level: number, ticker = "MSFT"): Alert => ({ channel, kind: "mcap_drop", ticker, ts: "2026-01-29T14:30:00.000Z", level, marketCap: 3.27e12, referenceMarketCap: 3.58e12, changeUsd: -3.09e11, changePct: -8.64 });
const cause = (channel: string, ticker: string, eps: number) => ({ channel, kind: "earnings_result", ticker, ts: "2026-01-28T21:05:00.000Z", eps }) as unknown as CauseAlert;

/** A burst with each kind of row: posted, muted, held in quiet hours, on three platforms, with causes. */
function burst(): AlertToRecord[] {
  return [
    { alert: move("C1", 1), platform: "slack", dedupe: { channel: "C1", key: "mcap:MSFT", value: 1 } },
    { alert: move("C2", 1), platform: "discord", dedupe: { channel: "C2", key: "mcap:MSFT", value: 1 }, muted: true },
    { alert: move("#t", 2, "AMZN"), dedupe: { channel: "#t", key: "mcap:AMZN", value: 2 }, heldUntil: "2026-01-29T22:00:00.000Z" },
    { alert: move("C1", 2), platform: "slack", dedupe: { channel: "C1", key: "mcap:META", value: 2 }, cause: cause("C1", "META", 8.88) },
    { alert: move("C1", 3), platform: "slack", dedupe: { channel: "C1", key: "mcap:NVDA", value: 3 }, cause: cause("C1", "NVDA", 1.1) },
  ];
}

async function tables(db: Kysely<Database>) {
  return {
    alerts: await db.selectFrom("alerts").select(["id", "channel", "kind", "ticker", "ts", "payload", "created_at", "muted"]).orderBy("id").execute(),
    outbox: await db.selectFrom("outbox").select(["id", "alert_id", "channel", "platform", "status", "attempts", "created_at", "next_attempt_at", "held_until"]).orderBy("id").execute(),
    dedupe: await db.selectFrom("dedupe").selectAll().orderBy("channel").orderBy("key").execute(),
    causes: await db.selectFrom("alert_causes").selectAll().orderBy("channel").orderBy("ticker").execute(),
  };
}

describe.skipIf(!PG_URL)("an alert burst written in one statement on PostgreSQL", () => {
  it("GIVEN the same bursts written by the portable writer and by the one-statement writer THEN every table holds the same rows, ids and order included", async () => {
    const portable = await freshSchema();
    const single = await freshSchema();
    const later: AlertToRecord[] = [{ alert: move("C1", 4), platform: "slack", dedupe: { channel: "C1", key: "mcap:MSFT", value: 4 }, cause: cause("C1", "META", 9.5) }];
    for (const rows of [burst(), later]) {
      await recordAlerts(portable.db, rows, NOW);
      await recordAlertsInOneStatement(single.db, rows, NOW);
    }
    const expected = await tables(portable.db);
    expect(expected.outbox.map((r) => r.alert_id)).toEqual([1, 3, 4, 5, 6]); // the muted alert (2) is not posted
    expect(await tables(single.db)).toEqual(expected);
  });

  it("GIVEN one mark twice in a burst THEN the burst is written and the later value is kept, as a row-by-row upsert leaves it", async () => {
    const { db } = await freshSchema();
    await recordAlertsInOneStatement(db, [
      { alert: move("C1", 1), dedupe: { channel: "C1", key: "mcap:MSFT", value: 1 } },
      { alert: move("C1", 2), dedupe: { channel: "C1", key: "mcap:MSFT", value: 2 } },
    ], NOW);
    expect(await db.selectFrom("dedupe").select(["key", "value"]).execute()).toEqual([{ key: "mcap:MSFT", value: 2 }]);
    expect((await db.selectFrom("outbox").select("alert_id").orderBy("id").execute()).map((r) => r.alert_id)).toEqual([1, 2]);
  });

  it("GIVEN a burst of 30,000 alerts across channels THEN it is written whole, each channel's rows in the burst's order", async () => {
    const { db } = await freshSchema();
    const rows = Array.from({ length: 30_000 }, (_, i): AlertToRecord => ({ alert: move(`C${i % 7}`, i + 1), platform: "slack", dedupe: { channel: `C${i % 7}`, key: `k${i}`, value: 1 } }));
    await recordAlertsInOneStatement(db, rows, NOW);
    const outbox = await db.selectFrom("outbox").innerJoin("alerts", "alerts.id", "outbox.alert_id").select(["outbox.id", "alerts.payload"]).orderBy("outbox.id").execute();
    expect(outbox).toHaveLength(30_000);
    expect(outbox.map((r) => (JSON.parse(r.payload) as { level: number }).level)).toEqual(rows.map((r) => (r.alert as { level: number }).level));
  });

  it("GIVEN a listener on the outbox channel THEN a burst with a post notifies it once committed, and an all-muted burst does not", async () => {
    const { db, schema } = await freshSchema();
    const heard: string[] = [];
    const listener = new pg.Client({ connectionString: PG_URL });
    await listener.connect();
    try {
      // The channel is shared by every schema on the server, and other test files write alerts at
      // the same time: only this schema's notifications are this test's.
      listener.on("notification", (n) => { if (n.payload === schema) heard.push(n.payload); });
      await listener.query("listen capwatch_outbox");
      await recordAlertsInOneStatement(db, [{ alert: move("C1", 1), muted: true, dedupe: { channel: "C1", key: "a", value: 1 } }], NOW, { notifyOutbox: true });
      await recordAlertsInOneStatement(db, [{ alert: move("C1", 2), dedupe: { channel: "C1", key: "b", value: 1 } }], NOW, { notifyOutbox: true });
      await listener.query("select 1"); // a round trip after both: any notification has arrived
      expect(heard).toEqual([schema]);
    } finally {
      await listener.end();
    }
  });
});
