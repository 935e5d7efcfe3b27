// The delivery loop's wait: cut short by a stop, and leaving nothing behind when it ends on time.
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { realSleep } from "../../../src/bot/delivery/sleep.js";

describe("realSleep", () => {
  it("GIVEN a hundred waits that end on time THEN the signal keeps no listener of theirs (a long-running bot added one per paced post)", async () => {
    const stop = new AbortController();
    await Promise.all(Array.from({ length: 100 }, () => realSleep(1, stop.signal)));
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(0);
  });

  it("GIVEN a stop during a wait THEN the wait ends at once, rejected, and a wait asked after the stop is refused", async () => {
    const stop = new AbortController();
    const started = Date.now();
    const waiting = realSleep(60_000, stop.signal);
    stop.abort();
    await expect(waiting).rejects.toThrow("aborted");
    expect(Date.now() - started).toBeLessThan(30_000);
    await expect(realSleep(10, stop.signal)).rejects.toThrow("aborted");
  });
});
