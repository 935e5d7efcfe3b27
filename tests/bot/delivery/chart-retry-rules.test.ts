// Which chart failures are tried again: on a platform that retries charts (Slack, Discord) an
// upload classified `retry_later` keeps its row pending for the chart alone while the channel's
// next alerts go on; a refusal, or any failure where the platform does not retry charts (the
// terminal's file), is logged and the alert is delivered without it. A scripted platform over
// the real delivery loop and an in-memory store.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Failure } from "../../../src/bot/delivery/chat-platform.js";
import { ChannelStates } from "../../../src/bot/delivery/channel-states.js";
import { DeliveryLoop } from "../../../src/bot/delivery/delivery-loop.js";
import { MEMORY_STORE, openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { fakePlatform, Scripted, seed } from "./fake-platform.js";

const FAR = new Date("2100-01-01T00:00:00Z");
const IMAGE = { png: Buffer.from("png"), filename: "MSFT.png", title: "MSFT", altText: "MSFT market cap" };
let store: Store;
beforeEach(async () => {
  store = await openStore(MEMORY_STORE);
});
afterEach(async () => {
  await store.close();
});

/** A loop whose platform uploads charts, failing the first upload with `first`. */
async function chartLoop(first: Failure, retriesCharts: boolean) {
  const fake = fakePlatform();
  const charts: number[] = [];
  let uploads = 0;
  const platform = {
    ...fake.platform,
    retriesCharts,
    postChart: ({ alertId }: { alertId?: number }) => {
      if (uploads++ === 0) throw new Scripted(first);
      charts.push(alertId ?? -1);
    },
  };
  const logs: string[] = [];
  const states = await ChannelStates.load("slack", platform.words, store, () => fake.clock().getTime());
  const loop = new DeliveryLoop({ outbox: store, platform, states, log: (l) => logs.push(l), clock: fake.clock, sleep: fake.sleep, chartFor: () => Promise.resolve(IMAGE) });
  return { fake, loop, logs, charts };
}

describe("a chart upload that fails", () => {
  it("GIVEN a platform that retries charts and a 503 THEN the row waits for its chart alone, the channel's next alert goes on, and the chart follows after the backoff", async () => {
    await seed(store, ["C1"], 2);
    const run = await chartLoop({ kind: "retry_later", reason: "HTTP 503" }, true);
    await run.loop.flush();
    expect(run.fake.posted.map((p) => p.title)).toEqual(["MARKET-CAP DROP · MSFT · level 1", "MARKET-CAP DROP · MSFT · level 2"]);
    expect(run.charts).toEqual([2]);
    const [waiting] = await store.pendingOutbox(10, FAR, "slack");
    expect(waiting?.alertId).toBe(1);
    expect(waiting?.textPostedAt).toBeDefined();
    expect(run.logs.some((l) => l.includes("(HTTP 503); its text is posted, the chart is tried again in 1 s"))).toBe(true);

    run.fake.advance(1_000);
    await run.loop.flush();
    expect(run.fake.posted).toHaveLength(2);
    expect(run.charts).toEqual([2, 1]);
    expect(await store.pendingOutbox(10, FAR, "slack")).toEqual([]);
    await run.loop.stop();
  });

  it("GIVEN a refusal THEN it is logged and the alert is delivered without its chart", async () => {
    await seed(store, ["C1"], 1);
    const run = await chartLoop({ kind: "refused", reason: "413 Payload Too Large" }, true);
    await run.loop.flush();
    expect(run.charts).toEqual([]);
    expect(run.logs.some((l) => l.includes("posted without its chart (413 Payload Too Large)"))).toBe(true);
    expect(await store.pendingOutbox(10, FAR, "slack")).toEqual([]);
    await run.loop.stop();
  });

  it("GIVEN a platform that does not retry charts (the terminal's file) THEN even a retry_later is logged and the alert is delivered", async () => {
    await seed(store, ["C1"], 1);
    const run = await chartLoop({ kind: "retry_later", reason: "ENOSPC" }, false);
    await run.loop.flush();
    expect(run.logs.some((l) => l.includes("posted without its chart (ENOSPC)"))).toBe(true);
    expect(await store.pendingOutbox(10, FAR, "slack")).toEqual([]);
    await run.loop.stop();
  });
});

describe("a chart upload that never answers", () => {
  it("GIVEN an upload still open after the chart deadline THEN the alert counts as delivered without it, said in the log, and the channel goes on", async () => {
    await seed(store, ["C1"], 2);
    const fake = fakePlatform();
    const platform = { ...fake.platform, retriesCharts: true, postChart: () => new Promise<void>(() => undefined) };
    const logs: string[] = [];
    const states = await ChannelStates.load("slack", platform.words, store, () => fake.clock().getTime());
    const loop = new DeliveryLoop({ outbox: store, platform, states, log: (l) => logs.push(l), clock: fake.clock, sleep: fake.sleep, chartFor: () => Promise.resolve(IMAGE) });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const flushed = loop.flush();
      await vi.advanceTimersByTimeAsync(15_000);
      await vi.advanceTimersByTimeAsync(15_000);
      await flushed;
    } finally {
      vi.useRealTimers();
    }
    expect(fake.posted.map((p) => p.title)).toEqual(["MARKET-CAP DROP · MSFT · level 1", "MARKET-CAP DROP · MSFT · level 2"]);
    expect(await store.pendingOutbox(10, FAR, "slack")).toEqual([]);
    expect(logs.filter((l) => l.includes("posted without its chart (the chart took over 15 s)"))).toHaveLength(2);
    await loop.stop();
  });
});
