import { afterEach, describe, expect, it, vi } from "vitest";
import { startRetention } from "../../src/store/retention-job.js";

afterEach(() => vi.useRealTimers());

describe("the retention job", () => {
  it("GIVEN a running bot THEN it prunes a minute after start and every six hours; a failure is logged and the next turn runs", async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    let calls = 0;
    const store = {
      prune: async () => {
        calls++;
        if (calls === 1) throw new Error("database is locked");
        return { alerts: 3, outbox: 3, audit: 0, dedupe: 1, documents: 0, requests: 0, quoteDays: 0, causes: 0 };
      },
    };
    const stop = startRetention(store, { alertsDays: 365, auditDays: 730 }, (l) => lines.push(l));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lines).toEqual(["retention: pruning failed (database is locked); trying again in 6 h"]);
    await vi.advanceTimersByTimeAsync(6 * 3_600_000);
    expect(lines[1]).toBe("retention: pruned 3 alerts, 3 outbox, 1 dedupe");
    stop();
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(calls).toBe(2);
  });
});
