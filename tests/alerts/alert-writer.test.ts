// One failed store write must not silence alerting: the alerts stay queued in order, the write is
// tried again, later alerts go in after them, and alerting resumes by itself when the store does.
import { describe, expect, it } from "vitest";
import { AlertWriter, BOUNDED_RETRY, persistentRetry } from "../../src/alerts/alert-writer.js";
import type { AlertToRecord } from "../../src/alerts/store-roles.js";
import type { Alert } from "../../src/alerts/types.js";

const alert = (n: number): AlertToRecord => ({
  alert: { channel: "#m", kind: "earnings_upcoming", ts: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(), items: [] } as Alert,
  dedupe: { channel: "#m", key: `k${n}`, value: 1 },
});

/** A store that refuses `failures` writes (the disk is full), then takes every one. */
function flakyStore(failures: number) {
  const written: string[] = [];
  let refused = 0;
  return {
    written,
    get refused() {
      return refused;
    },
    async recordAlerts(batch: AlertToRecord[]) {
      if (refused < failures) {
        refused++;
        throw new Error("SQLITE_FULL: database or disk is full");
      }
      written.push(...batch.map((a) => a.alert.ts));
    },
    async recentAlerts() {
      return [];
    },
  };
}

describe("a store that fails writes", () => {
  it("GIVEN a live bot and a store down for 5 writes THEN every alert is written once, in order, the listeners hear each once, and the log says down and back", async () => {
    const store = flakyStore(5);
    const lines: string[] = [];
    const waits: number[] = [];
    const writer = new AlertWriter(store, persistentRetry((l) => lines.push(l)), async (ms) => void waits.push(ms));
    const heard: string[] = [];
    writer.onRecorded((alerts) => void heard.push(...alerts.map((a) => a.ts)));
    const first = writer.write([alert(1), alert(2)]);
    expect(writer.storeProblem).toBeUndefined();
    // Raised while the store is down: they join the queue behind the first ones.
    const later = writer.write([alert(3)]);
    await first;
    await later;
    await writer.write([alert(4)]);
    await writer.flush();
    const expected = [1, 2, 3, 4].map((n) => alert(n).alert.ts);
    expect(store.written).toEqual(expected);
    expect(heard).toEqual(expected);
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(lines[0]).toBe("store: could not write 3 alert(s) (SQLITE_FULL: database or disk is full); they stay queued, trying again in 0.5 s");
    expect(lines.at(-1)).toBe("store: writing alerts again (3 written after 5 failed tries)");
    expect(writer.storeProblem).toBeUndefined();
  });

  it("GIVEN a replay (bounded tries) and a store that stays down THEN the error stops it after three tries instead of hanging", async () => {
    const store = flakyStore(100);
    const writer = new AlertWriter(store, BOUNDED_RETRY, async () => undefined);
    await expect(writer.write([alert(1)])).rejects.toThrow(/SQLITE_FULL/);
    await expect(writer.flush()).rejects.toThrow(/SQLITE_FULL/);
    expect(store.refused).toBe(3);
  });

  it("GIVEN a store down for a while THEN its problem is reported while it lasts", async () => {
    const store = flakyStore(2);
    let during: string | undefined;
    const writer = new AlertWriter(store, persistentRetry(() => undefined), async () => void (during ??= writer.storeProblem));
    await writer.write([alert(1)]);
    expect(during).toBe("SQLITE_FULL: database or disk is full");
    expect(writer.storeProblem).toBeUndefined();
  });
});
