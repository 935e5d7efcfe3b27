// Retention: the live store keeps delivered alerts, audit entries and marks for a set time, never
// prunes an undelivered alert, and loads at start-up only the dedupe marks still in force.
import { describe, expect, it } from "vitest";
import type { Alert } from "../../src/alerts/types.js";
import { MEMORY_STORE, openSqliteStore } from "../../src/store/open-store.js";
import { CAPEX_MARK_DAYS, DAY_MARK_DAYS } from "../../src/store/retention.js";

const DAY = 86_400_000;
const start = new Date("2026-01-01T12:00:00Z");

const drop = (channel: string, ticker: string): Alert =>
  ({ channel, kind: "mcap_drop", ticker, ts: start.toISOString(), level: 1, marketCap: 1e12, referenceMarketCap: 1.1e12, changeUsd: -1e11, changePct: -9.1, referenceDay: "2025-12-31" }) as unknown as Alert;

async function storeAt(now: { t: Date }) {
  return openSqliteStore(MEMORY_STORE, () => now.t);
}

describe("pruning by age", () => {
  it("GIVEN alerts, audit entries and marks of various ages THEN only the old delivered ones go; an undelivered alert stays however old", async () => {
    const now = { t: start };
    const store = await storeAt(now);
    await store.recordAlerts([
      { alert: drop("#a", "MSFT"), dedupe: { channel: "#a", key: "mcap_drop|MSFT|2025-12-31", value: 1 }, muted: false, platform: "terminal" },
      { alert: drop("#a", "NVDA"), dedupe: { channel: "#a", key: "capex_guidance|NVDA|FY2026|1|2", value: 1 }, muted: false, platform: "terminal" },
      { alert: drop("#a", "META"), dedupe: { channel: "#a", key: "mcap_drop|META|2025-12-31", value: 1 }, muted: true, platform: "terminal" },
    ]);
    const pending = await store.pendingOutbox(10, now.t);
    expect(pending).toHaveLength(2);
    await store.markDelivered([(pending[0] as { id: number }).id], now.t); // MSFT delivered; NVDA never
    await store.saveConsensus({ ticker: "ORCL", period: "FY2026", value: 5e10, ts: start.toISOString() }, { at: start.toISOString(), channel: "#a", userId: "U1", action: "consensus set", details: {} });

    now.t = new Date(start.getTime() + 400 * DAY);
    const counts = await store.prune(now.t, { alertsDays: 365, auditDays: 730 });
    expect(counts).toMatchObject({ outbox: 1, alerts: 2, audit: 0, dedupe: 2 });
    const left = await store.recentAlerts("#a", 10);
    expect(left.map((a) => (a.alert as { ticker: string }).ticker)).toEqual(["NVDA"]);
    expect(await store.pendingOutbox(10, now.t)).toHaveLength(1);
    expect(await store.recentAudit("#a", 10)).toHaveLength(1);

    now.t = new Date(start.getTime() + 800 * DAY);
    expect((await store.prune(now.t, { alertsDays: 365, auditDays: 730 })).audit).toBe(1);
    await store.close();
  });
});

describe("quote history is kept 30 days", () => {
  it("GIVEN days of quote history 31 and 29 days old THEN a prune deletes the older only, whatever the alerts' retention", async () => {
    const now = { t: new Date("2026-03-02T12:00:00Z") };
    const store = await storeAt(now);
    await store.saveQuoteDays([
      { ticker: "MSFT", day: "2026-01-30", prices: "114:440" },
      { ticker: "MSFT", day: "2026-02-01", prices: "114:441" },
    ]);
    const counts = await store.prune(now.t, { alertsDays: 365, auditDays: 730 });
    expect(counts.quoteDays).toBe(1);
    expect((await store.quoteDays("MSFT", "2026-01-01", "2026-03-02")).map((d) => d.day)).toEqual(["2026-02-01"]);
    await store.close();
  });
});

describe("start-up loads only the marks in force", () => {
  it("GIVEN a day mark past two weeks and a capex mark within three years THEN only the capex mark is loaded", async () => {
    const now = { t: start };
    const store = await storeAt(now);
    await store.recordAlerts([
      { alert: drop("#a", "MSFT"), dedupe: { channel: "#a", key: "mcap_drop|MSFT|2025-12-31", value: 2 }, muted: true, platform: "terminal" },
      { alert: drop("#a", "NVDA"), dedupe: { channel: "#a", key: "capex_guidance|NVDA|FY2026|1|2", value: 1 }, muted: true, platform: "terminal" },
    ]);
    now.t = new Date(start.getTime() + (DAY_MARK_DAYS - 1) * DAY);
    expect((await store.loadEngineState()).dedupe.map((d) => d.key).sort()).toEqual(["capex_guidance|NVDA|FY2026|1|2", "mcap_drop|MSFT|2025-12-31"]);
    now.t = new Date(start.getTime() + (DAY_MARK_DAYS + 1) * DAY);
    expect((await store.loadEngineState()).dedupe.map((d) => d.key)).toEqual(["capex_guidance|NVDA|FY2026|1|2"]);
    now.t = new Date(start.getTime() + (CAPEX_MARK_DAYS + 1) * DAY);
    expect((await store.loadEngineState()).dedupe).toEqual([]);
    await store.close();
  });
});

describe("kept causes are pruned once no move can follow them", () => {
  it("GIVEN a channel's results alert kept as a cause THEN a prune within two weeks keeps it and one after drops it, so a restarted engine loads none", async () => {
    const now = { t: start };
    const store = await storeAt(now);
    const results = { channel: "#a", kind: "earnings_result", ticker: "MSFT", ts: start.toISOString(), eps: 3.1, revenue: 8e10 } as unknown as Alert;
    await store.recordAlerts([{ alert: results, dedupe: { channel: "#a", key: "earnings_result|MSFT|2026-01-01", value: 1 }, muted: false, platform: "terminal", cause: results as never }]);
    expect((await store.loadEngineState()).causes).toHaveLength(1);

    now.t = new Date(start.getTime() + (DAY_MARK_DAYS - 1) * DAY);
    expect((await store.prune(now.t, { alertsDays: 365, auditDays: 730 })).causes).toBe(0);
    now.t = new Date(start.getTime() + (DAY_MARK_DAYS + 1) * DAY);
    expect((await store.prune(now.t, { alertsDays: 365, auditDays: 730 })).causes).toBe(1);
    expect((await store.loadEngineState()).causes).toEqual([]);
    await store.close();
  });
});
