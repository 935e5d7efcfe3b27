// openDesk: the one wiring of store, engine and delivery, and how its delivery follows the engine.
import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/alerts/engine.js";
import { DEFAULT_THRESHOLDS, type Alert } from "../../src/alerts/types.js";
import { openDesk, type DeskConfig } from "../../src/app/desk.js";
import { MEMORY_STORE, openStore } from "../../src/store/open-store.js";

/** Microsoft watched by #desk, a close, then a quote 8.6% lower: one mcap_drop alert. */
async function raiseOneAlert(engine: Engine): Promise<void> {
  await engine.handle({ type: "company", ticker: "MSFT", sharesOutstanding: 7_433_000_000 });
  await engine.routing.setWatchlist({ channel: "#desk", tickers: ["MSFT"], thresholds: { ...DEFAULT_THRESHOLDS }, kinds: ["mcap_drop"] });
  await engine.handle({ type: "quote", ts: Date.parse("2026-01-28T21:00:00Z"), ticker: "MSFT", price: 481.63, session: "regular" });
  await engine.handle({ type: "quote", ts: Date.parse("2026-01-29T14:30:00Z"), ticker: "MSFT", price: 440, session: "regular" });
}

function collecting(follow: DeskConfig["follow"], fail = false) {
  const delivered: Alert[] = [];
  const config: DeskConfig = {
    store: MEMORY_STORE,
    follow,
    sink: () => ({
      deliver(alert) {
        if (fail) throw new Error("destination unavailable");
        delivered.push(alert);
      },
    }),
  };
  return { delivered, config };
}

describe("openDesk", () => {
  it("GIVEN follow await THEN the alert is delivered by the time the engine has handled the quote", async () => {
    const { delivered, config } = collecting("await");
    const desk = await openDesk(config);
    await raiseOneAlert(desk.engine);
    expect(delivered.map((a) => a.kind)).toEqual(["mcap_drop"]);
    expect(await desk.deliver()).toBe(0);
    await desk.close();
  });

  it("GIVEN follow asked THEN nothing is delivered until deliver() is called", async () => {
    const { delivered, config } = collecting("asked");
    const desk = await openDesk(config);
    await raiseOneAlert(desk.engine);
    await desk.engine.flush();
    await new Promise((resolve) => setTimeout(resolve, 100)); // time for a delivery pass that should not run
    expect(delivered).toEqual([]);
    expect(await desk.deliver()).toBe(1);
    expect(delivered.map((a) => a.kind)).toEqual(["mcap_drop"]);
    await desk.close();
  });

  it("GIVEN follow beside THEN the alert is delivered by the next deliver(), once", async () => {
    const { delivered, config } = collecting("beside");
    const desk = await openDesk(config);
    await raiseOneAlert(desk.engine);
    await desk.engine.flush();
    await desk.deliver();
    expect(delivered.map((a) => a.kind)).toEqual(["mcap_drop"]);
    await desk.close();
  });

  it("GIVEN a sink that refuses THEN the alert stays in the outbox", async () => {
    const { config } = collecting("asked", true);
    const desk = await openDesk(config);
    await raiseOneAlert(desk.engine);
    expect(await desk.deliver()).toBe(0);
    expect(await desk.store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"))).toHaveLength(1);
    await desk.close();
  });

  it("GIVEN no sink THEN alerts wait in the outbox; GIVEN an open store THEN close() leaves it open for its owner", async () => {
    const store = await openStore(MEMORY_STORE);
    const desk = await openDesk({ store });
    await raiseOneAlert(desk.engine);
    expect(await desk.deliver()).toBe(0);
    await desk.close();
    expect(await store.pendingOutbox(10, new Date("2100-01-01T00:00:00Z"))).toEqual([expect.objectContaining({ channel: "#desk", alert: expect.objectContaining({ kind: "mcap_drop" }) })]);
    await store.close();
  });
});
