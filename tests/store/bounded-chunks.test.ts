import { describe, expect, it } from "vitest";
import { boundedChunks } from "../../src/store/bounded-chunks.js";

describe("boundedChunks", () => {
  it("GIVEN 600 rows and a cap of 256 THEN 256, 256, then powers of two for the rest, in order", () => {
    const rows = Array.from({ length: 600 }, (_, i) => i);
    const chunks = boundedChunks(rows, 256);
    expect(chunks.map((c) => c.length)).toEqual([256, 256, 64, 16, 8]);
    expect(chunks.flat()).toEqual(rows);
  });

  it("GIVEN no rows THEN no chunks; one row THEN one chunk", () => {
    expect(boundedChunks([], 256)).toEqual([]);
    expect(boundedChunks(["a"], 256)).toEqual([["a"]]);
  });
});
