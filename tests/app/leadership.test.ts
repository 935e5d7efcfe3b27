// The leadership loop without a database: a lock that is taken, lost, or a start that fails.
import { describe, expect, it } from "vitest";
import { startLeadership } from "../../src/app/leadership.js";
import type { LeaderLock } from "../../src/store/leader-lock.js";

/** A lock the test hands out and takes back. */
function fakeLock(free: () => boolean): LeaderLock & { releases: number } {
  let held = false;
  return {
    releases: 0,
    get held() {
      return held;
    },
    async tryAcquire() {
      held = free();
      return held;
    },
    async release() {
      held = false;
      this.releases++;
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 80));

describe("the leadership loop", () => {
  it("GIVEN the lock is lost THEN the work stops (standby), and taken again THEN it restarts as a takeover", async () => {
    let free = true;
    const events: string[] = [];
    const leadership = startLeadership({ lock: fakeLock(() => free), retryMs: 10, log: () => undefined, onLead: async (t) => void events.push(t ? "takeover" : "lead"), onStandby: async () => void events.push("standby") });
    await settle();
    free = false;
    await settle();
    free = true;
    await settle();
    await leadership.stop();
    expect(events).toEqual(["lead", "standby", "takeover", "standby"]);
  });

  it("GIVEN starting the work fails THEN the lock is let go and the next try starts again", async () => {
    let failures = 1;
    const lines: string[] = [];
    const lock = fakeLock(() => true);
    const leadership = startLeadership({
      lock,
      retryMs: 10,
      log: (l) => lines.push(l),
      onLead: async () => {
        if (failures-- > 0) throw new Error("store down");
      },
      onStandby: async () => undefined,
    });
    await settle();
    expect(lines.some((l) => /starting failed \(store down\); letting go of the lock/.test(l))).toBe(true);
    expect(lock.releases).toBe(1);
    expect(leadership.leading).toBe(true);
    await leadership.stop();
  });
});
