// A standby's Slack delivery takes the rows the leader wrote at once (LISTEN/NOTIFY on outbox
// inserts), not at its 30 s poll: the leader's alert is in the Slack channel long before that.
import { afterAll, describe, expect, it } from "vitest";
import { PG_URL, admin } from "../helpers/postgres.js";
import type { Alert } from "../../src/alerts/types.js";
import { followOutbox } from "../../src/app/settings-sync.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import { slackHarness } from "../fakes/slack/slack-harness.js";
import { testDesk } from "../helpers/desk.js";

const schema = `capwatch_wake_${process.pid}_${Date.now()}`;

afterAll(async () => {
  if (PG_URL) await admin((c) => c.query(`drop schema if exists ${schema} cascade`));
});

const alert = (level: number): Alert => ({ channel: "C_WAKE", kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-29T14:30:00.000Z", level, marketCap: 3.27e12, referenceMarketCap: 3.58e12, changeUsd: -3.09e11, changePct: -8.64 });

describe("outbox wake-ups without PostgreSQL", () => {
  it("GIVEN a SQLite store THEN there is nothing to follow", async () => {
    const listener = await followOutbox("data/capwatch.db", () => undefined);
    await listener.close();
  });
});

describe.skipIf(!PG_URL)("a standby's delivery wakes on outbox inserts (PostgreSQL)", () => {
  it("GIVEN a standby delivering to Slack on a 30 s poll WHEN the leader writes two alerts THEN both are in the channel within 5 s, in order, once each", async () => {
    await admin((c) => c.query(`create schema ${schema}`));
    const leader = await openPostgresStore(PG_URL as string, undefined, { schema, instance: "leader" });
    const standbyStore = await openPostgresStore(PG_URL as string, undefined, { schema, instance: "standby" });
    const standby = await testDesk({ store: standbyStore, delivers: false });
    const h = await slackHarness(standby.commands()); // its poll: every 30 s, after one pass at start
    const wakes: number[] = [];
    const listener = await followOutbox(PG_URL as string, () => {
      wakes.push(Date.now());
      h.slack.wake();
    }, { schema });
    try {
      await h.api.waitFor(() => h.api.calls.some((c) => c.method === "auth.test"));
      await new Promise((r) => setTimeout(r, 200)); // the start-up pass is over: only a wake-up can deliver now

      await leader.recordAlerts([1, 2].map((level) => ({ alert: alert(level), platform: "slack" as const, dedupe: { channel: "C_WAKE", key: `k${level}`, value: level } })));
      const posted = await h.api.waitFor(() => (h.api.channels.get("C_WAKE")?.length === 2 ? h.api.channels.get("C_WAKE") : undefined), 5_000);
      expect(wakes.length).toBeGreaterThan(0);
      expect(posted.map((m) => m.metadata?.event_payload?.alert_id)).toHaveLength(2);
      expect(h.api.posts().map((c) => c.params.text)).toEqual(posted.map((m) => m.text)); // once each
      expect(posted[0]!.text).not.toEqual(posted[1]!.text);
      // Marked delivered once Slack answered: the post lands in the fake a moment before the mark.
      for (let i = 0; i < 50 && (await leader.pendingOutbox(10, new Date("2100-01-01"))).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await leader.pendingOutbox(10, new Date("2100-01-01"))).toEqual([]);
    } finally {
      await listener.close();
      await h.close();
      await Promise.all([leader.close(), standbyStore.close()]);
    }
  });
});
