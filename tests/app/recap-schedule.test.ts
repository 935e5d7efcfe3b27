// The live recap schedule: 16:15 ET of each trading day, from the injected clock.
import { describe, expect, it } from "vitest";
import { startRecapSchedule } from "../../src/app/recap-schedule.js";

describe("startRecapSchedule", () => {
  it("GIVEN Friday Jan 30 2026 at 17:00 ET THEN the recap is timed for Monday 16:15 ET, runs for that instant, and the next is planned; stop clears it", async () => {
    let now = Date.parse("2026-01-30T22:00:00Z");
    const timers: Array<{ run: () => void; ms: number; cleared: boolean }> = [];
    const ran: string[] = [];
    const stop = startRecapSchedule(
      { runDailyRecap: (at) => void ran.push(new Date(at).toISOString()) },
      { now: () => now, log: () => undefined, setTimer: (run, ms) => { const t = { run, ms, cleared: false }; timers.push(t); return { clear: () => void (t.cleared = true) }; } },
    );
    expect(new Date(now + timers[0]!.ms).toISOString()).toBe("2026-02-02T21:15:00.000Z");
    now += timers[0]!.ms;
    timers[0]!.run();
    await new Promise((r) => setImmediate(r));
    expect(ran).toEqual(["2026-02-02T21:15:00.000Z"]);
    expect(new Date(now + timers[1]!.ms).toISOString()).toBe("2026-02-03T21:15:00.000Z");
    stop();
    expect(timers[1]!.cleared).toBe(true);
  });
});
