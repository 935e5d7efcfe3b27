import { describe, expect, it } from "vitest";
import { detectMcapMove, mcapMoveLevel } from "../../../src/alerts/detectors/mcap-move.js";
import { DEFAULT_THRESHOLDS } from "../../../src/alerts/types.js";

const MSFT_SHARES = 7_433_000_000;
const msft = (price: number) => ({ marketCap: price * MSFT_SHARES, referenceMarketCap: 481.63 * MSFT_SHARES });

describe("mcapMoveLevel", () => {
  it("GIVEN a move under both thresholds THEN level 0", () => {
    expect(mcapMoveLevel(4.9, 99e9, DEFAULT_THRESHOLDS)).toBe(0);
  });
  it("GIVEN exactly one threshold met THEN level 1", () => {
    expect(mcapMoveLevel(5, 1e9, DEFAULT_THRESHOLDS)).toBe(1);
    expect(mcapMoveLevel(0.1, 100e9, DEFAULT_THRESHOLDS)).toBe(1);
  });
  it("GIVEN r doubles THEN the level goes up by one", () => {
    expect(mcapMoveLevel(10, 0, DEFAULT_THRESHOLDS)).toBe(2);
    expect(mcapMoveLevel(19.99, 0, DEFAULT_THRESHOLDS)).toBe(2);
    expect(mcapMoveLevel(20, 0, DEFAULT_THRESHOLDS)).toBe(3);
  });
});

describe("detectMcapMove on Microsoft, Jan 29 2026", () => {
  it("GIVEN the open at 440.00 THEN a level-2 drop of $309.4B (-8.64 %)", () => {
    const move = detectMcapMove(msft(440), DEFAULT_THRESHOLDS, 0, "mcap_drop");
    expect(move).toMatchObject({ kind: "mcap_drop", level: 2, changePct: -8.64 });
    expect(move?.changeUsd).toBeCloseTo(-309_435_790_000, -3);
  });
  it("GIVEN the low at 421.02 after level 2 fired THEN level 3", () => {
    expect(detectMcapMove(msft(421.02), DEFAULT_THRESHOLDS, 2, "mcap_drop")).toMatchObject({ level: 3, changePct: -12.58 });
  });
  it("GIVEN the close at 433.50 after level 3 fired THEN nothing: level 2 is not higher", () => {
    expect(detectMcapMove(msft(433.5), DEFAULT_THRESHOLDS, 3, "mcap_drop")).toBeNull();
  });
  it("GIVEN a fall THEN the gain detector stays quiet, and a rise is not a drop", () => {
    expect(detectMcapMove(msft(433.5), DEFAULT_THRESHOLDS, 0, "mcap_gain")).toBeNull();
    expect(detectMcapMove(msft(530), DEFAULT_THRESHOLDS, 0, "mcap_drop")).toBeNull();
    expect(detectMcapMove(msft(530), DEFAULT_THRESHOLDS, 0, "mcap_gain")).toMatchObject({ kind: "mcap_gain", level: 2 });
  });
  it("GIVEN a channel with a 15 % / $500B threshold THEN the open does not fire there", () => {
    expect(detectMcapMove(msft(440), { ...DEFAULT_THRESHOLDS, mcapDropPct: 15, mcapDropUsd: 500e9 }, 0, "mcap_drop")).toBeNull();
  });
});

describe("percentage-only moves (no share count known)", () => {
  it("GIVEN no dollar figure THEN r = pct / mcapDropPct alone", () => {
    expect(mcapMoveLevel(4.99, null, DEFAULT_THRESHOLDS)).toBe(0);
    expect(mcapMoveLevel(7, null, DEFAULT_THRESHOLDS)).toBe(1);
    expect(mcapMoveLevel(10, null, DEFAULT_THRESHOLDS)).toBe(2);
  });
  it("GIVEN prices 100 → 93 measured price-only THEN a level-1 drop of -7% with marketCap, referenceMarketCap and changeUsd null", () => {
    expect(detectMcapMove({ marketCap: 93, referenceMarketCap: 100 }, DEFAULT_THRESHOLDS, 0, "mcap_drop", true)).toEqual({
      kind: "mcap_drop", level: 1, marketCap: null, referenceMarketCap: null, changeUsd: null, changePct: -7,
    });
  });
  it("GIVEN a huge dollar threshold that a price could not meet THEN the price never counts as dollars", () => {
    expect(detectMcapMove({ marketCap: 400, referenceMarketCap: 1000e9 }, { ...DEFAULT_THRESHOLDS, mcapDropPct: 100 }, 0, "mcap_drop", true)).toBeNull();
  });
});

