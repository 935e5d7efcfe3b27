// The bot-wide request pace (Discord's 50 a second): slots evenly apart on one schedule, texts
// before charts, and a store that cannot be reached does not stop posting.
import { describe, expect, it } from "vitest";
import { GlobalPacer } from "../../../src/bot/delivery/global-pacer.js";
import { LocalSlots } from "../../../src/store/rate-slots.js";

describe("GlobalPacer", () => {
  it("GIVEN 30 requests at once THEN none goes before its slot 10 ms after the last, and the texts asked after the charts go first", async () => {
    const slots = new LocalSlots();
    const pacer = new GlobalPacer(10, async (count, intervalMs) => slots.reserve("b", count, intervalMs, Date.now()));
    const went: Array<[string, number]> = [];
    const start = Date.now();
    await Promise.all([
      ...Array.from({ length: 10 }, () => pacer.take("chart").then(() => void went.push(["chart", Date.now() - start]))),
      ...Array.from({ length: 20 }, () => pacer.take("text").then(() => void went.push(["text", Date.now() - start]))),
    ]);
    expect(went.map(([kind]) => kind)).toEqual([...Array(20).fill("text"), ...Array(10).fill("chart")]);
    // None before its slot, counted from when the schedule began (a late timer, the first's too,
    // may let a few go together: still none early; measured from the first release, a late first
    // one made the next look early on a loaded CI machine).
    went.forEach(([, at], i) => expect(at).toBeGreaterThanOrEqual(i * 10 - 2));
  });

  it("GIVEN two pacers on one schedule (two instances) THEN the 30 requests keep to one schedule, none before its slot", async () => {
    const shared = new LocalSlots();
    const reserve = async (count: number, intervalMs: number) => shared.reserve("b", count, intervalMs, Date.now());
    const [a, b] = [new GlobalPacer(10, reserve), new GlobalPacer(10, reserve)];
    const times: number[] = [];
    const start = Date.now();
    await Promise.all([a, b].flatMap((pacer) => Array.from({ length: 15 }, () => pacer.take("text").then(() => void times.push(Date.now() - start)))));
    times.sort((x, y) => x - y);
    times.forEach((at, i) => expect(at).toBeGreaterThanOrEqual(i * 10 - 2));
  });

  it("GIVEN the store failing THEN requests are paced by the process alone and the failure is logged once", async () => {
    const lines: string[] = [];
    const pacer = new GlobalPacer(5, () => Promise.reject(new Error("connection refused")), Date.now, (line) => lines.push(line));
    await Promise.all(Array.from({ length: 12 }, () => pacer.take("text")));
    expect(lines).toEqual(["rate slots: could not reserve them in the store (connection refused); pacing this instance alone meanwhile"]);
  });
});
