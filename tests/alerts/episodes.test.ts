import { describe, expect, it } from "vitest";
import { Episodes } from "../../src/alerts/episodes.js";

describe("episodes (dedupe marks), on their own: no store, no clock", () => {
  it("GIVEN nothing fired THEN the first alert under a key opens its episode and the same level again does not", () => {
    const episodes = new Episodes();
    expect(episodes.firedLevel("#a", "mcap_drop|MSFT|2026-01-28")).toBe(0);
    expect(episodes.advance("#a", "mcap_drop|MSFT|2026-01-28", 1)).toBe(true);
    expect(episodes.advance("#a", "mcap_drop|MSFT|2026-01-28", 1)).toBe(false);
    expect(episodes.firedLevel("#a", "mcap_drop|MSFT|2026-01-28")).toBe(1);
  });

  it("GIVEN level 2 fired THEN level 1 stays quiet and level 3 escalates", () => {
    const episodes = new Episodes();
    episodes.advance("#a", "k", 2);
    expect(episodes.advance("#a", "k", 1)).toBe(false);
    expect(episodes.advance("#a", "k", 3)).toBe(true);
    expect(episodes.firedLevel("#a", "k")).toBe(3);
  });

  it("GIVEN one channel told THEN another channel and another key are separate episodes", () => {
    const episodes = new Episodes();
    episodes.advance("#a", "k", 1);
    expect(episodes.advance("#b", "k", 1)).toBe(true);
    expect(episodes.advance("#a", "k2", 1)).toBe(true);
  });

  it("GIVEN marks loaded from a store THEN a restart continues the episodes instead of re-posting", () => {
    const episodes = new Episodes();
    episodes.load([{ channel: "#a", key: "k", value: 2 }]);
    expect(episodes.advance("#a", "k", 2)).toBe(false);
    expect(episodes.advance("#a", "k", 3)).toBe(true);
  });
});
