// Signed requests already answered are remembered until their window closes, in the store every
// instance shares: a replayed Slack or Discord request is refused by whichever instance gets it.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { MEMORY_STORE, openSqliteStore } from "../../src/store/open-store.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";

const PG_URL = process.env.TEST_DATABASE_URL;
const schema = `capwatch_seen_${process.pid}_${Date.now()}`;
let now = new Date("2026-11-26T12:00:00Z");
const clock = () => now;

afterAll(async () => {
  if (!PG_URL) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
});

describe("claimSignedRequest", () => {
  it("GIVEN a key claimed once THEN a second claim is refused until the key expires, then it is free again", async () => {
    const store = await openSqliteStore(MEMORY_STORE, clock);
    const expires = new Date("2026-11-26T12:05:00Z");
    expect(await store.claimSignedRequest("k1", expires)).toBe(true);
    expect(await store.claimSignedRequest("k1", expires)).toBe(false);
    expect(await store.claimSignedRequest("k2", expires)).toBe(true);
    now = new Date("2026-11-26T12:06:00Z");
    expect(await store.claimSignedRequest("k1", new Date("2026-11-26T12:11:00Z"))).toBe(true);
    now = new Date("2026-11-26T12:00:00Z");
    await store.close();
  });

  it.skipIf(!PG_URL)("GIVEN two instances on one PostgreSQL THEN a key one claimed is refused to the other", async () => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    const a = await openPostgresStore(PG_URL as string, clock, { schema });
    const b = await openPostgresStore(PG_URL as string, clock, { schema });
    const expires = new Date("2026-11-26T12:05:00Z");
    expect(await a.claimSignedRequest("shared", expires)).toBe(true);
    expect(await b.claimSignedRequest("shared", expires)).toBe(false);
    await a.close();
    await b.close();
  });
});
