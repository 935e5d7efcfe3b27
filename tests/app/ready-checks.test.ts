import { describe, expect, it } from "vitest";
import { checkReadiness } from "../../src/bot/http/readiness.js";
import { readinessChecks, type ReadyParts } from "../../src/app/ready-checks.js";
import { MEMORY_STORE, openSqliteStore } from "../../src/store/open-store.js";

const parts = (over: Partial<ReadyParts> = {}): ReadyParts => ({
  store: { ping: () => Promise.resolve() },
  engine: { storeProblem: undefined },
  sources: () => undefined,
  platforms: () => [],
  now: () => 1_000_000,
  ...over,
});

describe("what /readyz checks", () => {
  it("GIVEN a replay with no platform THEN only the store is checked, and a real SQLite store answers", async () => {
    const store = await openSqliteStore(MEMORY_STORE);
    try {
      expect(await checkReadiness(readinessChecks(parts({ store })))).toEqual({ ready: true, checks: [{ name: "store", ok: true }] });
    } finally {
      await store.close();
    }
  });

  it("GIVEN a closed store THEN the store check fails", async () => {
    const store = await openSqliteStore(MEMORY_STORE);
    await store.close();
    const report = await checkReadiness(readinessChecks(parts({ store })));
    expect(report.ready).toBe(false);
    expect(report.checks[0]).toMatchObject({ name: "store", ok: false });
  });

  it("GIVEN the alert writer failing to write THEN the store check says the store refuses alert writes", async () => {
    const report = await checkReadiness(readinessChecks(parts({ engine: { storeProblem: "SQLITE_FULL: database or disk is full" } })));
    expect(report.checks).toEqual([{ name: "store", ok: false, problem: "refuses alert writes: SQLITE_FULL: database or disk is full" }]);
  });

  it("GIVEN live sources, one stale, and two platforms, one disconnected THEN each is its own check with its reason", async () => {
    const report = await checkReadiness(
      readinessChecks(
        parts({
          sources: () => [
            { source: "finnhub", stale: false, lastSuccessMs: 990_000 },
            { source: "sec", stale: true, lastSuccessMs: 100_000, lastError: "HTTP 503" },
            { source: "yahoo-rss", stale: true },
          ],
          platforms: () => [{ platform: "slack", problem: () => undefined }, { platform: "discord", problem: () => "the gateway is not connected" }],
        }),
      ),
    );
    expect(report).toEqual({
      ready: false,
      checks: [
        { name: "store", ok: true },
        { name: "source:finnhub", ok: true },
        { name: "source:sec", ok: false, problem: "stale (last fresh 900 s ago; last error: HTTP 503)" },
        { name: "source:yahoo-rss", ok: false, problem: "stale (no fresh data since start)" },
        { name: "platform:slack", ok: true },
        { name: "platform:discord", ok: false, problem: "the gateway is not connected" },
      ],
    });
  });
});
