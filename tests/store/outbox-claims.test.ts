// Several instances deliver from one PostgreSQL outbox: each row goes to one of them (claimed with
// FOR UPDATE SKIP LOCKED and a lease), and a dead instance's rows move on when its lease ends.
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, admin } from "../helpers/postgres.js";
import type { Alert } from "../../src/alerts/types.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Store } from "../../src/store/store.js";

const schemas: string[] = [];
const NOW = new Date("2026-11-26T12:00:00Z");
const LEASE_MS = 30_000;

/** Two instances' stores on one fresh schema. */
async function twoInstances(): Promise<[Store, Store]> {
  const schema = `capwatch_claims_${process.pid}_${schemas.length}_${Date.now()}`;
  await admin((c) => c.query(`create schema ${schema}`));
  schemas.push(schema);
  const open = (instance: string) => openPostgresStore(PG_URL as string, () => NOW, { schema, instance, outboxLeaseMs: LEASE_MS });
  // Both at once, as two instances starting together: the migrations must not trip over each other.
  const [a, b] = await Promise.all([open("a"), open("b")]);
  return [a, b];
}

afterAll(async () => {
  if (PG_URL) for (const schema of schemas) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

const alert = (channel: string, level: number): Alert => ({ channel, kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-29T14:30:00.000Z", level, marketCap: 3.27e12, referenceMarketCap: 3.58e12, changeUsd: -3.09e11, changePct: -8.64 });

async function recordRows(store: Store, count: number, channels = 5, first = 0): Promise<void> {
  const rows = Array.from({ length: count }, (_, n) => n + first).map((i) => ({ alert: alert(`#c${i % channels}`, i + 1), dedupe: { channel: `#c${i % channels}`, key: `k${i}`, value: 1 } }));
  await store.recordAlerts(rows);
}

describe.skipIf(!PG_URL)("outbox claims on PostgreSQL", () => {
  it("GIVEN a channel's first row locked by another instance's claim under way when this one reads, and this one takes the channel's lease THEN its later row waits, and the next claim takes both, in order", async () => {
    const [, b] = await twoInstances();
    await recordRows(b, 2, 1); // one channel, rows 1 and 2
    const schema = schemas[schemas.length - 1] as string;
    const during = await admin(async (other) => {
      // Another instance's claim, still in its transaction: row 1 locked, the channel's lease not yet written.
      await other.query("begin");
      await other.query(`select id from ${schema}.outbox order by id limit 1 for update`);
      try {
        return await b.pendingOutbox(10, NOW);
      } finally {
        await other.query("rollback");
      }
    });
    // Row 2 alone would have gone out before row 1 (seen in CI, Dec 6: a channel posted 151 before 1).
    expect(during).toEqual([]);
    const after = await b.pendingOutbox(10, NOW);
    expect(after.map((e) => (e.alert as { level: number }).level)).toEqual([1, 2]);
  });

  it("GIVEN two instances reading the outbox of 40 channels at the same time THEN they get disjoint rows, and all of them between them", async () => {
    const [a, b] = await twoInstances();
    await recordRows(a, 40, 40);
    const seen: number[][] = [[], []];
    // Several concurrent reads each, as two delivery loops would make.
    await Promise.all(
      [a, b].flatMap((store, i) =>
        Array.from({ length: 4 }, async () => {
          const rows = await store.pendingOutbox(7, NOW);
          seen[i]!.push(...rows.map((r) => r.id));
        }),
      ),
    );
    const [ofA, ofB] = seen as [number[], number[]];
    expect(ofA.filter((id) => ofB.includes(id))).toEqual([]);
    expect(ofA.length).toBeGreaterThan(0);
    expect(ofB.length).toBeGreaterThan(0);
    // Reading on, each gets its own rows again (its retries) and the rest; still no row for both.
    const restA = (await a.pendingOutbox(100, NOW)).map((r) => r.id);
    const restB = (await b.pendingOutbox(100, NOW)).map((r) => r.id);
    expect(restA.filter((id) => restB.includes(id))).toEqual([]);
    expect(new Set([...restA, ...restB]).size).toBe(40);
    await Promise.all([a.close(), b.close()]);
  });

  it("GIVEN an instance holds a channel's rows THEN the other gets none of that channel's, new ones included, until its lease lapses; other channels it gets", async () => {
    const [a, b] = await twoInstances();
    await recordRows(a, 2, 2); // #c0, #c1
    const ofA = await a.pendingOutbox(1, NOW); // a takes #c0
    expect(ofA.map((r) => r.channel)).toEqual(["#c0"]);
    await a.markDelivered([ofA[0]!.id], NOW);
    await recordRows(a, 2, 2, 2); // one more for each channel
    // b: #c1's two rows, not #c0's new one (a posted there a moment ago, and paces it).
    const ofB = await b.pendingOutbox(10, NOW);
    expect(ofB.map((r) => r.channel)).toEqual(["#c1", "#c1"]);
    expect((await a.pendingOutbox(10, NOW)).map((r) => r.channel)).toEqual(["#c0"]);
    // Busy in #c0 (its worker excludes it), a renews the channel's lease as it reads the outbox.
    await a.pendingOutbox(10, new Date(NOW.getTime() + LEASE_MS - 1000), undefined, ["#c0"]);
    expect((await b.pendingOutbox(10, new Date(NOW.getTime() + LEASE_MS))).map((r) => r.channel)).toEqual(["#c1", "#c1"]);
    // Lapsed (a died): b takes #c0 over.
    expect((await b.pendingOutbox(10, new Date(NOW.getTime() + 2 * LEASE_MS))).map((r) => r.channel)).toEqual(["#c1", "#c0", "#c1"]); // outbox order
    await Promise.all([a.close(), b.close()]);
  });

  it("GIVEN two instances reserving rate slots THEN they share one schedule: the second's start after the first's", async () => {
    const [a, b] = await twoInstances();
    const before = Date.now();
    const first = await a.reserveSlots("discord", 10, 20);
    const second = await b.reserveSlots("discord", 10, 20);
    // 200 ms of a's slots, less the time between the two statements (however slow the machine; CI once took 51 ms).
    const between = Date.now() - before;
    expect(first).toBeLessThan(20);
    expect(second).toBeGreaterThanOrEqual(200 - between - 1);
    expect(second).toBeLessThanOrEqual(200);
    await Promise.all([a.close(), b.close()]);
  });

  it("GIVEN an instance claimed rows and died THEN the other gets none before the lease ends and the unfinished ones after", async () => {
    const [a, b] = await twoInstances();
    await recordRows(a, 3);
    const claimed = await a.pendingOutbox(10, NOW);
    expect(claimed).toHaveLength(3);
    await a.markDelivered([claimed[0]!.id], NOW);
    // a dies with two rows claimed, not delivered: it renews nothing from here on, and it is not
    // closed (a clean close would end its claims at once; see the last test).

    expect(await b.pendingOutbox(10, new Date(NOW.getTime() + LEASE_MS - 1))).toEqual([]);
    const takenOver = await b.pendingOutbox(10, new Date(NOW.getTime() + LEASE_MS));
    expect(takenOver.map((r) => r.id)).toEqual([claimed[1]!.id, claimed[2]!.id]);
    await Promise.all([a.close(), b.close()]);
  });

  it("GIVEN an instance holds rows THEN it reads them again itself (a retry), renewing its lease", async () => {
    const [a, b] = await twoInstances();
    await recordRows(a, 2);
    expect(await a.pendingOutbox(10, NOW)).toHaveLength(2);
    const later = new Date(NOW.getTime() + LEASE_MS - 1000);
    expect(await a.pendingOutbox(10, later)).toHaveLength(2);
    // Renewed at `later`: still a's when the first lease would have ended.
    expect(await b.pendingOutbox(10, new Date(NOW.getTime() + LEASE_MS))).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });

  it("GIVEN an instance holds a channel and rows it has not sent THEN when it closes cleanly the other gets them at once, not a lease later", async () => {
    const [a, b] = await twoInstances();
    await recordRows(a, 3, 1); // #c0
    const ofA = await a.pendingOutbox(1, NOW); // a takes #c0 and its first row
    expect(ofA).toHaveLength(1);
    await a.markDelivered([ofA[0]!.id], NOW);
    expect(await b.pendingOutbox(10, NOW)).toEqual([]); // a's channel, while a runs
    await a.close(); // a stops (a restart): its lease and its claims end with it
    expect((await b.pendingOutbox(10, NOW)).map((r) => r.channel)).toEqual(["#c0", "#c0"]);
    await b.close();
  });
});
