// The leader dies: another instance takes over within one retry, loading the engine's state from
// the store, so the next quote still alerts and nothing the old leader raised is raised again.
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, admin } from "../helpers/postgres.js";
import { Engine } from "../../src/alerts/engine.js";
import { DEFAULT_KINDS, DEFAULT_THRESHOLDS } from "../../src/alerts/types.js";
import { startLeadership, type Leadership } from "../../src/app/leadership.js";
import { PostgresLeaderLock } from "../../src/store/leader-lock.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Store } from "../../src/store/store.js";

const schema = `capwatch_takeover_${process.pid}_${Date.now()}`;

afterAll(async () => {
  if (PG_URL) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

const quote = (ts: string, price: number) => ({ type: "quote" as const, ts: Date.parse(ts), ticker: "ACME", price, session: "regular" as const });

async function until(check: () => boolean, withinMs: number): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!PG_URL)("the leader dies (PostgreSQL)", () => {
  it("GIVEN two instances WHEN the leader's connection dies THEN the other leads within one retry, and the next quote alerts once, at the next level", async () => {
    await admin((c) => c.query(`create schema ${schema}`));
    const instance = async (name: string) => {
      const store: Store = await openPostgresStore(PG_URL as string, undefined, { schema, instance: name });
      const engine = await Engine.open(store);
      const state = { leading: false, took: false };
      const applicationName = `capwatch_takeover_${name}_${process.pid}`;
      const leadership: Leadership = startLeadership({
        lock: new PostgresLeaderLock(PG_URL as string, { schema, applicationName }),
        retryMs: 100,
        log: () => undefined,
        async onLead(takeover) {
          if (takeover) await engine.reload();
          state.took = takeover;
          state.leading = true;
        },
        async onStandby() {
          state.leading = false;
        },
      });
      return { store, engine, state, leadership, applicationName };
    };
    const a = await instance("a");
    await until(() => a.state.leading, 2000);
    const b = await instance("b");
    await new Promise((r) => setTimeout(r, 250));
    expect([a.state.leading, b.state.leading]).toEqual([true, false]);

    // The leader runs detection: ACME ($100B at Wednesday's close) falls 4%, #desk (3%) is told.
    await a.engine.handle({ type: "company", ts: 0, ticker: "ACME", sharesOutstanding: 1e9 });
    await a.engine.routing.setWatchlist({ channel: "#desk", tickers: ["ACME"], thresholds: { ...DEFAULT_THRESHOLDS, mcapDropPct: 3 }, kinds: [...DEFAULT_KINDS] });
    await a.engine.handle(quote("2026-01-28T20:59:00Z", 100));
    await a.engine.handle(quote("2026-01-29T14:31:00Z", 96));
    await a.engine.checkpoint();

    // The leader dies: its lock connection ends on the server and it tries no more.
    await admin((c) => c.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1", [a.applicationName]));
    const died = Date.now();
    await a.leadership.stop();
    await until(() => b.state.leading, 1000);
    expect(Date.now() - died).toBeLessThan(1000);
    expect(b.state.took).toBe(true);

    // The new leader continues: the same level is not raised again; the next one is.
    await b.engine.handle(quote("2026-01-29T14:40:00Z", 96));
    await b.engine.handle(quote("2026-01-29T15:00:00Z", 93));
    await b.engine.flush();
    const rows = await b.store.pendingOutbox(10, new Date("2026-01-29T16:00:00Z"));
    expect(rows.map((r) => [r.channel, "level" in r.alert ? r.alert.level : undefined])).toEqual([
      ["#desk", 1],
      ["#desk", 2],
    ]);

    await b.leadership.stop();
    await Promise.all([a.store.close(), b.store.close()]);
  });
});
