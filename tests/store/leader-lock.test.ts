// One leader at a time on PostgreSQL: the advisory lock goes to one instance, and to another when
// the first one's connection dies (a crash, kill -9, a terminated backend).
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, admin } from "../helpers/postgres.js";
import { PostgresLeaderLock, leaderLockFor } from "../../src/store/leader-lock.js";
import { startLeadership } from "../../src/app/leadership.js";

const schemas: string[] = [];

async function freshSchema(): Promise<string> {
  const schema = `capwatch_leader_${process.pid}_${schemas.length}_${Date.now()}`;
  await admin((c) => c.query(`create schema ${schema}`));
  schemas.push(schema);
  return schema;
}

afterAll(async () => {
  if (PG_URL) for (const schema of schemas) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

describe("the leader lock without PostgreSQL", () => {
  it("GIVEN a SQLite store THEN this instance always leads", async () => {
    const lock = leaderLockFor("data/capwatch.db");
    expect(await lock.tryAcquire()).toBe(true);
    expect(lock.held).toBe(true);
  });
});

describe.skipIf(!PG_URL)("the leader lock on PostgreSQL", () => {
  it("GIVEN two lockers on one schema THEN one gets it, the other not, and closing the first's connection lets the second take it", async () => {
    const schema = await freshSchema();
    const first = new PostgresLeaderLock(PG_URL as string, { schema });
    const second = new PostgresLeaderLock(PG_URL as string, { schema });
    expect(await first.tryAcquire()).toBe(true);
    expect(await second.tryAcquire()).toBe(false);
    expect(await first.tryAcquire()).toBe(true); // the leader keeps it
    await first.release();
    expect(await second.tryAcquire()).toBe(true);
    expect(await first.tryAcquire()).toBe(false);
    await first.release();
    await second.release();
  });

  it("GIVEN the leader's connection is killed on the server THEN it knows it lost the lead and the other takes it", async () => {
    const schema = await freshSchema();
    const logs: string[] = [];
    const applicationName = `capwatch_leader_${process.pid}`;
    const first = new PostgresLeaderLock(PG_URL as string, { schema, log: (l) => logs.push(l), applicationName });
    const second = new PostgresLeaderLock(PG_URL as string, { schema });
    expect(await first.tryAcquire()).toBe(true);
    expect(await second.tryAcquire()).toBe(false);
    // The leader's session ends as if its process had died.
    const killed = await admin(async (c) => (await c.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1", [applicationName])).rowCount);
    expect(killed).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(first.held).toBe(false);
    expect(await second.tryAcquire()).toBe(true);
    expect(await first.tryAcquire()).toBe(false);
    expect(logs.some((l) => /leader lock: .*connection|terminat/.test(l))).toBe(true);
    await first.release();
    await second.release();
  });

  it("GIVEN two instances' leadership loops THEN one leads; stopping it makes the other take over within one retry, reloading", async () => {
    const schema = await freshSchema();
    const events: string[] = [];
    const loop = (name: string) =>
      startLeadership({
        lock: new PostgresLeaderLock(PG_URL as string, { schema }),
        retryMs: 100,
        log: () => undefined,
        onLead: async (takeover) => void events.push(`${name} leads${takeover ? " (takeover)" : ""}`),
        onStandby: async () => void events.push(`${name} stands by`),
      });
    const a = loop("a");
    await new Promise((r) => setTimeout(r, 150));
    const b = loop("b");
    await new Promise((r) => setTimeout(r, 300));
    expect(a.leading).toBe(true);
    expect(b.leading).toBe(false);
    await a.stop();
    await new Promise((r) => setTimeout(r, 300));
    expect(b.leading).toBe(true);
    expect(events).toEqual(["a leads", "a stands by", "b leads (takeover)"]);
    await b.stop();
  });
});
