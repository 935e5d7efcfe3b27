// Two instances deliver from one PostgreSQL outbox at the same time: every alert is posted, and
// none twice (each row is claimed by one of them); a channel is served by one of them, in order.
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, admin } from "../helpers/postgres.js";
import type { Alert } from "../../src/alerts/types.js";
import { localDelivery, sinkPlatform } from "../../src/bot/terminal/terminal-platform.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";

const schema = `capwatch_two_${process.pid}_${Date.now()}`;
const ALERTS = 300;
const CHANNELS = 150;

afterAll(async () => {
  if (PG_URL) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

const alert = (channel: string, level: number): Alert => ({ channel, kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-29T14:30:00.000Z", level, marketCap: 3.27e12, referenceMarketCap: 3.58e12, changeUsd: -3.09e11, changePct: -8.64 });

describe.skipIf(!PG_URL)("two instances delivering from one outbox (PostgreSQL)", () => {
  it(`GIVEN ${ALERTS} alerts across ${CHANNELS} channels and two delivery loops draining at once THEN each is posted exactly once, both posted, and each channel by one of them in order`, async () => {
    await admin((c) => c.query(`create schema ${schema}`));
    const [a, b] = await Promise.all(["a", "b"].map((instance) => openPostgresStore(PG_URL as string, undefined, { schema, instance })));
    await a!.recordAlerts(Array.from({ length: ALERTS }, (_, i) => ({ alert: alert(`#c${i % CHANNELS}`, i + 1), dedupe: { channel: `#c${i % CHANNELS}`, key: `k${i}`, value: 1 } })));

    const posted: Array<[string, string]> = [];
    const loop = (name: string, store: typeof a) =>
      localDelivery(store!, sinkPlatform({ deliver: async (x) => {
        posted.push([name, `${x.channel}/${"level" in x ? x.level : ""}`]);
        await new Promise((r) => setImmediate(r));
      } }));
    const [loopA, loopB] = [loop("a", a), loop("b", b)];
    await Promise.all([loopA.drain(), loopB.drain(), loopA.drain(), loopB.drain()]);
    // Whatever a pass left (rows another instance held at that moment) the next passes take.
    await Promise.all([loopA.drain(), loopB.drain()]);

    const keys = posted.map(([, key]) => key);
    expect(new Set(keys).size).toBe(ALERTS);
    expect(keys).toHaveLength(ALERTS); // none twice
    expect(new Set(posted.map(([name]) => name))).toEqual(new Set(["a", "b"]));
    const byChannel = new Map<string, Array<[string, number]>>();
    for (const [name, key] of posted) {
      const [channel, level] = key.split("/") as [string, string];
      byChannel.set(channel, [...(byChannel.get(channel) ?? []), [name, Number(level)]]);
    }
    for (const posts of byChannel.values()) {
      expect(new Set(posts.map(([name]) => name)).size).toBe(1);
      expect(posts.map(([, level]) => level)).toEqual(posts.map(([, level]) => level).sort((x, y) => x - y));
    }
    expect(await a!.pendingOutbox(10, new Date())).toEqual([]);
    await Promise.all([a!.close(), b!.close()]);
  });
});
