// Settings changed on one instance reach the others within a second (LISTEN/NOTIFY): a `watch add`
// on instance A is in instance B's routing, and so are mutes and consensus figures.
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, admin } from "../helpers/postgres.js";
import { Engine } from "../../src/alerts/engine.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { followSettings } from "../../src/app/settings-sync.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";

const schemas: string[] = [];

afterAll(async () => {
  if (PG_URL) for (const schema of schemas) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

/** Polls `check` until it holds or `withinMs` passes; how long it took. */
async function within(withinMs: number, check: () => boolean): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - start;
}

const audit = { at: "2026-11-26T12:00:00.000Z", channel: "C1", userId: "U1", action: "test", details: {} };

describe("settings sync without PostgreSQL", () => {
  it("GIVEN a SQLite store THEN there is nothing to follow", async () => {
    const listener = await followSettings("data/capwatch.db", undefined as never);
    await listener.close();
  });
});

describe.skipIf(!PG_URL)("settings changed on one instance reach the others (PostgreSQL)", () => {
  it("GIVEN two instances WHEN A adds a watch, mutes and sets a consensus THEN B's engine has each within a second", async () => {
    const schema = `capwatch_notify_${process.pid}_${Date.now()}`;
    await admin((c) => c.query(`create schema ${schema}`));
    schemas.push(schema);
    const other = `capwatch_notify_other_${process.pid}_${Date.now()}`;
    await admin((c) => c.query(`create schema ${other}`));
    schemas.push(other);

    const storeA = await openPostgresStore(PG_URL as string, undefined, { schema });
    const storeB = await openPostgresStore(PG_URL as string, undefined, { schema });
    const storeElsewhere = await openPostgresStore(PG_URL as string, undefined, { schema: other });
    const [a, b, elsewhere] = await Promise.all([Engine.open(storeA), Engine.open(storeB), Engine.open(storeElsewhere)]);
    const listenB = await followSettings(PG_URL as string, b, { schema });
    const listenElsewhere = await followSettings(PG_URL as string, elsewhere, { schema: other });

    await a.routing.setWatchlist({ channel: "C1", platform: "slack", workspace: "T1", tickers: ["NVDA"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: [...DEFAULT_KINDS] }, audit);
    const tookMs = await within(1000, () => b.routing.watchlistOf("C1") !== undefined);
    expect(b.routing.watchlistOf("C1")?.tickers).toEqual(new Set(["NVDA"]));

    const until = Date.parse("2030-01-01T00:00:00Z");
    await a.routing.mute("C1", "NVDA", until, audit);
    await within(1000, () => b.routing.mutesOf("C1", Date.parse("2026-11-26T12:00:00Z")).length === 1);
    await a.routing.unmute("C1", "NVDA", audit);
    await within(1000, () => b.routing.mutesOf("C1", Date.parse("2026-11-26T12:00:00Z")).length === 0);

    await a.capex.setConsensus({ ticker: "NVDA", period: "FY2027", value: 5e10, tenant: "T1", ts: "2026-11-26T12:00:00.000Z" }, audit);
    await within(1000, () => b.capex.capexBaselines("NVDA", "FY2027", { low: 6e10, high: 6e10 }, "T1").consensus === 5e10);

    // Another instance group on the same server (another schema) hears nothing of it.
    await new Promise((r) => setTimeout(r, 100));
    expect(elsewhere.routing.watchlistOf("C1")).toBeUndefined();
    expect(tookMs).toBeLessThan(1000);

    await Promise.all([listenB.close(), listenElsewhere.close()]);
    await Promise.all([storeA.close(), storeB.close(), storeElsewhere.close()]);
  });
});
