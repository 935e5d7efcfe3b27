// The App Home's membership answers, kept a minute per workspace and user and candidate list.
import { describe, expect, it } from "vitest";
import { MembershipCache } from "../../../src/bot/slack/membership-cache.js";

describe("MembershipCache", () => {
  it("GIVEN a Home opened again within a minute THEN Slack is not asked again; after the minute it is", async () => {
    let now = 0;
    let asked = 0;
    const cache = new MembershipCache(() => now);
    const ask = async () => (asked++, ["C1"]);
    expect(await cache.channels("T1", "U1", ["C1", "C2"], ask)).toEqual(["C1"]);
    now = 59_000;
    expect(await cache.channels("T1", "U1", ["C1", "C2"], ask)).toEqual(["C1"]);
    expect(asked).toBe(1);
    now = 60_000;
    await cache.channels("T1", "U1", ["C1", "C2"], ask);
    expect(asked).toBe(2);
  });

  it("GIVEN another user, another workspace or other candidate channels THEN each is asked on its own", async () => {
    let asked = 0;
    const cache = new MembershipCache(() => 0);
    const ask = async () => (asked++, []);
    await cache.channels("T1", "U1", ["C1"], ask);
    await cache.channels("T1", "U2", ["C1"], ask);
    await cache.channels("T2", "U1", ["C1"], ask);
    await cache.channels("T1", "U1", ["C1", "C3"], ask); // a watch added since
    expect(asked).toBe(4);
  });

  it("GIVEN more answers than the bound THEN the oldest go", async () => {
    let asked = 0;
    const cache = new MembershipCache(() => 0, 60_000, 2);
    const ask = async () => (asked++, []);
    for (const user of ["U1", "U2", "U3"]) await cache.channels("T1", user, ["C1"], ask);
    await cache.channels("T1", "U3", ["C1"], ask); // kept
    await cache.channels("T1", "U1", ["C1"], ask); // went
    expect(asked).toBe(4);
  });
});
