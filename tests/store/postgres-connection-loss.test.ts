// PostgreSQL dropping connections (a restart, a failover, pg_terminate_backend) must not end the
// process: the lost connection is reported and the next operation reconnects (issue 13).
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, admin } from "../helpers/postgres.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";

const schema = `capwatch_loss_${process.pid}_${Date.now()}`;

afterAll(async () => {
  if (PG_URL) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

describe.skipIf(!PG_URL)("PostgreSQL connections terminated under a running store", () => {
  it("GIVEN every connection of the store is terminated THEN the loss is logged, nothing crashes, and the next write and read work", async () => {
    await admin((c) => c.query(`create schema ${schema}`));
    const lines: string[] = [];
    const applicationName = `capwatch_loss_${process.pid}`;
    const store = await openPostgresStore(PG_URL as string, () => new Date("2026-11-26T12:00:00Z"), { schema, log: (l) => lines.push(l), applicationName });
    await store.saveConsensus({ ticker: "MSFT", period: "FY2026", value: 1e11, ts: "2026-01-01T00:00:00.000Z" });

    const killed = await admin(async (c) => (await c.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1", [applicationName])).rowCount);
    expect(killed).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(lines.some((l) => /a connection was lost .*the next query reconnects/.test(l))).toBe(true);

    await store.saveConsensus({ ticker: "MSFT", period: "FY2027", value: 2e11, ts: "2026-01-02T00:00:00.000Z" });
    expect((await store.consensusFor("MSFT")).map((c) => c.period).sort()).toEqual(["FY2026", "FY2027"]);
    await store.close();
  });
});
