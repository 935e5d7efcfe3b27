import { describe, expect, it } from "vitest";
import { boundedStep, stopSignals } from "../../src/app/shutdown.js";

describe("shutdown steps", () => {
  it("GIVEN a step that finishes THEN true and nothing logged", async () => {
    const logged: string[] = [];
    expect(await boundedStep("closing the store", () => Promise.resolve(), (l) => logged.push(l), 100)).toBe(true);
    expect(logged).toEqual([]);
  });

  it("GIVEN a step that hangs THEN capwatch goes on after the bound, saying which step", async () => {
    const logged: string[] = [];
    const started = Date.now();
    expect(await boundedStep("finishing deliveries in flight", () => new Promise(() => undefined), (l) => logged.push(l), 100)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(logged).toEqual(["shutdown: finishing deliveries in flight did not finish within 100 ms; going on"]);
  });

  it("GIVEN a step that fails THEN false with its reason", async () => {
    const logged: string[] = [];
    expect(await boundedStep("saving the engine's state", () => Promise.reject(new Error("disk full")), (l) => logged.push(l), 100)).toBe(false);
    expect(logged).toEqual(["shutdown: saving the engine's state: disk full"]);
  });

  it("GIVEN SIGTERM THEN a stop is requested; a second signal while stopping exits at once with 130", async () => {
    const exits: number[] = [];
    const signals = stopSignals((code) => exits.push(code));
    try {
      expect(signals.stopping).toBe(false);
      process.emit("SIGTERM", "SIGTERM");
      expect(await signals.requested).toBe("SIGTERM");
      expect(signals.stopping).toBe(true);
      expect(exits).toEqual([]);
      process.emit("SIGINT", "SIGINT");
      expect(exits).toEqual([130]);
    } finally {
      signals.dispose();
    }
  });
});
