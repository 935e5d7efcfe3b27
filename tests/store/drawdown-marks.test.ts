// A drawdown's dedupe mark names a peak that stays in a window of up to 250 trading days: it is
// kept (and loaded at start-up) for a year, where a one-day move's mark goes after two weeks.
import { describe, expect, it } from "vitest";
import type { Alert } from "../../src/alerts/types.js";
import { MEMORY_STORE, openStore } from "../../src/store/open-store.js";

describe("drawdown dedupe marks", () => {
  it("GIVEN a drawdown mark and a drop mark 30 days old THEN only the drawdown's is still in force; after a year it goes too", async () => {
    let now = Date.parse("2026-01-27T20:00:00Z");
    const store = await openStore(MEMORY_STORE, () => new Date(now));
    const alert = { channel: "C1", kind: "mcap_drop", ticker: "MSFT", ts: "2026-01-27T20:00:00.000Z", level: 1, marketCap: 1, referenceMarketCap: 2, changeUsd: -1, changePct: -50 } as Alert;
    await store.recordAlerts([
      { alert, dedupe: { channel: "C1", key: "mcap_drop|MSFT|2026-01-26", value: 1 } },
      { alert: { ...alert, kind: "mcap_drawdown", peakDate: "2026-01-20", days: 20 } as Alert, dedupe: { channel: "C1", key: "mcap_drawdown|MSFT|2026-01-20", value: 1 } },
    ]);
    now += 30 * 86_400_000;
    expect((await store.loadEngineState()).dedupe.map((d) => d.key)).toEqual(["mcap_drawdown|MSFT|2026-01-20"]);
    now += 340 * 86_400_000;
    expect((await store.loadEngineState()).dedupe).toEqual([]);
    await store.close();
  });
});
