// The one race against a timer that Discord answers, chart uploads and shutdown steps share.
import { describe, expect, it } from "vitest";
import { withinDeadline } from "../../../src/bot/delivery/within-deadline.js";

describe("withinDeadline", () => {
  it("GIVEN work that settles before the deadline THEN its value, done", async () => {
    expect(await withinDeadline(Promise.resolve(42), 1_000)).toEqual({ done: true, value: 42 });
  });

  it("GIVEN work slower than the deadline THEN not done, and the promise to wait on still gives the value", async () => {
    let finish!: (v: string) => void;
    const work = new Promise<string>((resolve) => (finish = resolve));
    const timed = await withinDeadline(work, 10);
    expect(timed.done).toBe(false);
    if (timed.done) return;
    finish("late answer");
    expect(await timed.later).toBe("late answer");
  });

  it("GIVEN work that fails before the deadline THEN the failure, not a timeout", async () => {
    await expect(withinDeadline(Promise.reject(new Error("refused")), 1_000)).rejects.toThrow("refused");
  });
});
