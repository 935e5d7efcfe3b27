// The one delivery loop: what it does for each class of failure, its backoff, its channel states
// and its pacing, against a scripted platform on a real (in-memory) store.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_BACKOFF_MS, retryDelayMs } from "../../../src/bot/delivery/backoff.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { fakePlatform, loopOver, seed } from "./fake-platform.js";

const FAR = new Date("2100-01-01T00:00:00Z");
let store: Store;
beforeEach(async () => {
  store = await openStore(MEMORY_STORE);
});
afterEach(async () => {
  await store.close();
});
const pending = async (channel?: string) => (await store.pendingOutbox(1000, FAR, "slack")).filter((e) => channel === undefined || e.channel === channel);
const titles = (n: number) => Array.from({ length: n }, (_, i) => `MARKET-CAP DROP · MSFT · level ${i + 1}`);

describe("backoff", () => {
  it("GIVEN the attempts recorded THEN 1 s, 2 s, 4 s … capped at 5 minutes", async () => {
    expect(await Promise.all([0, 1, 2, 3].map(retryDelayMs))).toEqual([1000, 2000, 4000, 8000]);
    expect(await retryDelayMs(9)).toBe(MAX_BACKOFF_MS);
    expect(await retryDelayMs(500)).toBe(MAX_BACKOFF_MS);
  });
});

describe("a failure class per outcome", () => {
  it("GIVEN retry later with no wait given THEN the row is marked with the backoff, the channel shows retrying, and the same alert goes out after the wait, once", async () => {
    const fake = fakePlatform({}, (_c, n) => (n === 0 ? { kind: "retry_later", reason: "HTTP 503" } : undefined));
    // What the channel shows, and what the outbox holds, while its worker waits.
    let during = "";
    let waitingRow: unknown;
    const sleep = fake.sleep;
    fake.sleep = async (ms) => {
      during = run.loop.describe("C1");
      [waitingRow] = await pending("C1");
      await sleep(ms);
    };
    const run = await loopOver(store, fake);
    await seed(store, ["C1"], 2);
    await run.loop.flush();
    expect(fake.sleeps).toEqual([1000]);
    expect(during).toBe("delivering (retrying: HTTP 503)");
    expect(waitingRow).toMatchObject({ attempts: 1, alert: { level: 1 } });
    expect(fake.posted.map((p) => p.title)).toEqual(titles(2));
    expect(await pending()).toEqual([]);
    expect(run.loop.describe("C1")).toBe("delivering");
    expect(run.logs).toEqual(["slack: C1: HTTP 503; retrying in 1 s"]);
  });

  it("GIVEN retry later with the platform's wait (429) THEN that wait, not the backoff", async () => {
    const fake = fakePlatform({}, (_c, n) => (n === 0 ? { kind: "retry_later", reason: "ratelimited", afterMs: 7000 } : undefined));
    const { loop } = await loopOver(store, fake);
    await seed(store, ["C1"], 1);
    await loop.flush();
    expect(fake.sleeps).toEqual([7000]);
    expect(fake.posted).toHaveLength(1);
  });

  it("GIVEN channel gone for one channel THEN it is paused (kept in the store), its alerts wait, the other channel gets all of its", async () => {
    const fake = fakePlatform({}, (c) => (c === "C_GONE" ? { kind: "channel_gone", reason: "not_in_channel" } : undefined));
    const { loop, logs } = await loopOver(store, fake);
    await seed(store, ["C_GONE", "C_OK"], 3);
    await loop.flush();
    expect(fake.posted.map((p) => p.channel)).toEqual(["C_OK", "C_OK", "C_OK"]);
    expect(await pending("C_GONE")).toHaveLength(3);
    expect((await store.channelStatuses("slack")).map(({ channel, state, reason }) => ({ channel, state, reason }))).toEqual([{ channel: "C_GONE", state: "paused", reason: "not_in_channel" }]);
    expect(loop.describe("C_GONE")).toBe("paused: not_in_channel (fix it)");
    expect(logs).toEqual(["slack: C_GONE: not_in_channel; delivery paused (invite it); its alerts stay in the outbox"]);

    // A later pass leaves it alone; the platform saying it is back resumes it.
    await loop.flush();
    expect(fake.posted).toHaveLength(3);
  });

  it("GIVEN a paused channel and a probe interval THEN it is tried once per interval and resumes when it takes an alert", async () => {
    let gone = true;
    const fake = fakePlatform({ probePausedMs: 60_000 }, () => (gone ? { kind: "channel_gone", reason: "Missing Access (50001)" } : undefined));
    const { loop, logs } = await loopOver(store, fake);
    await seed(store, ["C1"], 2);
    await loop.flush();
    await loop.flush();
    expect(fake.posted).toHaveLength(0);
    gone = false;
    await loop.flush(); // not yet due for a probe
    expect(fake.posted).toHaveLength(0);
    fake.advance(60_000);
    await loop.flush();
    expect(fake.posted).toHaveLength(2);
    expect(loop.describe("C1")).toBe("delivering");
    expect(logs).toContain("slack: C1 accepts alerts again; delivery resumed");
    expect(await store.channelStatuses("slack")).toEqual([expect.objectContaining({ channel: "C1", state: "active" })]);
  });

  it("GIVEN token bad THEN the loop halts once, says what to replace, and every alert stays in the outbox", async () => {
    const fake = fakePlatform({}, () => ({ kind: "token_bad", reason: "invalid_auth" }));
    const { loop, logs, halts } = await loopOver(store, fake);
    await seed(store, ["C1", "C2"], 2);
    await loop.flush();
    await loop.flush();
    expect(halts).toEqual(["token refused (invalid_auth)"]);
    expect(logs.filter((l) => l.includes("token refused"))).toHaveLength(1);
    expect(await pending()).toHaveLength(4);
    expect(loop.describe("C2")).toBe("stopped: invalid_auth (the token was refused)");
  });

  it("GIVEN token bad with a token per workspace THEN only that workspace's channels stop", async () => {
    let revoked = true;
    const fake = fakePlatform({}, (c) => (c === "C_A" && revoked ? { kind: "token_bad", reason: "token_revoked" } : undefined), true);
    const { loop } = await loopOver(store, fake, [{ channel: "C_A", workspace: "T_A" }, { channel: "C_B", workspace: "T_B" }]);
    await seed(store, ["C_A", "C_B"], 2);
    await loop.flush();
    expect(fake.posted.map((p) => [p.channel, p.workspace])).toEqual([["C_B", "T_B"], ["C_B", "T_B"]]);
    expect(loop.describe("C_A")).toBe("stopped: token_revoked (re-install the app in that workspace)");
    expect(await pending("C_A")).toHaveLength(2);
    revoked = false;
    expect(await loop.resumeWorkspace("T_A")).toBe(1);
    await loop.flush();
    expect(loop.describe("C_A")).toBe("delivering");
    expect(await pending()).toEqual([]);
  });

  it("GIVEN refused for good THEN that alert is set aside (kept in the outbox, due later) and the channel goes on", async () => {
    const fake = fakePlatform({}, (_c, n) => (n === 0 ? { kind: "refused", reason: "msg_too_long" } : undefined));
    const { loop, logs } = await loopOver(store, fake);
    await seed(store, ["C1"], 3);
    await loop.flush();
    expect(fake.posted.map((p) => p.title)).toEqual(titles(3).slice(1));
    const [aside] = await pending("C1");
    expect(aside).toMatchObject({ attempts: 1, alert: { level: 1 } });
    expect(await store.pendingOutbox(10, fake.clock(), "slack")).toEqual([]);
    expect(logs[0]).toMatch(/msg_too_long.*tried again in 5 min, the channel goes on/);
  });

  it("GIVEN a message refused every time THEN after three refusals minutes apart it is parked with its reason, shown by alerts, never tried again, and the channel's later alerts go on", async () => {
    const fake = fakePlatform();
    // Level 1 is refused whenever it is tried; everything else is taken.
    fake.platform.classify = () => ({ kind: "refused", reason: "invalid_blocks" });
    const post = fake.platform.post;
    fake.platform.post = (target, message) => {
      if ((target.alert as { level?: number }).level === 1) throw new Error("invalid_blocks");
      return post(target, message);
    };
    const { loop, logs } = await loopOver(store, fake);
    await seed(store, ["C1"], 3);
    for (let pass = 0; pass < 4; pass++) {
      await loop.flush();
      fake.advance(MAX_BACKOFF_MS);
    }
    expect(fake.posted.map((p) => p.title)).toEqual(titles(3).slice(1));
    expect(await pending("C1")).toEqual([]);
    expect(logs.filter((l) => l.includes("parked"))).toEqual(["slack: C1: the message was refused 3 times (invalid_blocks); parked (see alerts), the channel goes on"]);
    const [oldest] = (await store.recentAlerts("C1", 10)).slice(-1);
    expect(oldest).toMatchObject({ alert: { level: 1 }, parked: "invalid_blocks" });
    expect((await store.recentAlerts("C1", 10)).filter((a) => a.parked !== undefined)).toHaveLength(1);
  });
});

describe("pacing and order", () => {
  it("GIVEN one message a second per channel THEN each channel's posts are a second apart and channels do not wait for each other", async () => {
    const fake = fakePlatform({ channelIntervalMs: 1000 });
    const { loop } = await loopOver(store, fake);
    await seed(store, ["C1", "C2"], 3);
    await loop.flush();
    for (const channel of ["C1", "C2"]) {
      const at = fake.posted.filter((p) => p.channel === channel).map((p) => p.at);
      expect(at).toHaveLength(3);
      expect(at.slice(1).map((t, i) => t - at[i]!).every((gap) => gap >= 1000)).toBe(true);
    }
  });

  it("GIVEN serial delivery THEN outbox order across channels, and a failing channel waits for a later pass while the others go on", async () => {
    const fake = fakePlatform({ channels: "serial" }, (c) => (c === "C2" ? { kind: "retry_later", reason: "busy" } : undefined));
    const { loop } = await loopOver(store, fake);
    await seed(store, ["C1", "C2", "C3"], 2);
    expect(await loop.drain()).toBe(4);
    expect(fake.posted.map((p) => p.channel)).toEqual(["C1", "C3", "C1", "C3"]);
    expect(fake.sleeps).toEqual([]);
    const waiting = await pending("C2");
    expect(waiting.map((e) => e.attempts)).toEqual([1, 0]);
  });

  it("GIVEN a global rate THEN posts across channels are spaced by it", async () => {
    const fake = fakePlatform({ globalPerSecond: 20 });
    const stamps: number[] = [];
    const post = fake.platform.post.bind(fake.platform);
    fake.platform.post = (target, message) => {
      stamps.push(performance.now());
      return post(target, message);
    };
    const { loop } = await loopOver(store, fake);
    await seed(store, ["C1", "C2", "C3"], 1);
    await loop.flush();
    expect(stamps).toHaveLength(3);
    const sorted = [...stamps].sort((a, b) => a - b);
    // Two gaps of 50 ms; unpaced posts would be a few ms apart. The bound leaves room for timer
    // slack on a loaded machine (85 ms was seen), which is not what this test is about.
    expect(sorted[2]! - sorted[0]!).toBeGreaterThanOrEqual(70);
    await loop.stop();
  });
});
