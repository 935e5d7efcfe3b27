// A PostgreSQL URL that names its schema (options=-c search_path=…), as an operator running
// several instance groups on one database would write it: the store migrates into that schema
// even when another group's schema already has Kysely's migration tables.
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, admin } from "../helpers/postgres.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";

const other = `capwatch_path_other_${process.pid}_${Date.now()}`;
const mine = `capwatch_path_mine_${process.pid}_${Date.now()}`;

afterAll(async () => {
  if (PG_URL) for (const schema of [other, mine]) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

describe.skipIf(!PG_URL)("a store URL with a search_path (PostgreSQL)", () => {
  it("GIVEN another schema with its migration tables WHEN a store opens on a fresh schema named in the URL THEN it migrates there and works", async () => {
    await admin((c) => c.query(`create schema ${other}`));
    await admin((c) => c.query(`create schema ${mine}`));
    await (await openPostgresStore(PG_URL as string, undefined, { schema: other })).close();

    const store = await openPostgresStore(`${PG_URL}?options=${encodeURIComponent(`-c search_path=${mine}`)}`);
    await store.saveConsensus({ ticker: "MSFT", period: "FY2026", value: 1e11, ts: "2026-01-01T00:00:00.000Z" });
    expect((await store.consensusFor("MSFT")).map((c) => c.period)).toEqual(["FY2026"]);
    await store.close();
    const tables = await admin(async (c) => (await c.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = $1", [mine])).rows.map((r) => r.table_name));
    expect(tables).toEqual(expect.arrayContaining(["kysely_migration", "kysely_migration_lock", "outbox"]));
  });
});
