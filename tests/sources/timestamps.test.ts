import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTimestamp } from "../../src/sources/timestamps.js";

describe("parseTimestamp", () => {
  it.each([
    ["2026-01-29T14:30:00Z", "2026-01-29T14:30:00.000Z"],
    ["2026-01-29T14:30Z", "2026-01-29T14:30:00.000Z"],
    ["2026-01-29T09:30:00-05:00", "2026-01-29T14:30:00.000Z"],
    ["2026-01-29T09:30:00-0500", "2026-01-29T14:30:00.000Z"],
    ["2026-01-30T00:15:00+05:30", "2026-01-29T18:45:00.000Z"],
    ["2026-01-29T14:30:00.123456Z", "2026-01-29T14:30:00.123Z"],
    ["2024-02-29T23:59:59Z", "2024-02-29T23:59:59.000Z"],
  ])("GIVEN %s THEN %s", (text, iso) => {
    const r = parseTimestamp(text);
    expect(r.ok && new Date(r.ms).toISOString()).toBe(iso);
  });

  it.each([["2026-01-29"], ["2026-01-29T14:30:00"], ["2026-01-29 14:30:00Z"], ["2026-1-29T14:30:00Z"], ["2026-01-29T14:30:00.Z"], ["2026-01-29T14:30:00+5:00"], ["x"], [""]])(
    "GIVEN %j THEN a format error",
    (text) => expect(parseTimestamp(text)).toEqual({ ok: false, reason: "format" }),
  );

  it.each([["2026-02-30T14:30:00Z"], ["2025-02-29T00:00:00Z"], ["2026-01-29T24:00:00Z"], ["2026-01-29T14:60:00Z"], ["2026-13-01T00:00:00Z"], ["2026-01-29T14:30:00+24:00"]])(
    "GIVEN %s THEN not a real time",
    (text) => expect(parseTimestamp(text)).toEqual({ ok: false, reason: "impossible" }),
  );

  it("GIVEN any instant from 1970 to 2100 written by toISOString THEN it reads back the same, with any offset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (ms, offset) => {
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? "-" : "+";
        const abs = Math.abs(offset);
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
        const r = parseTimestamp(`${local}${zone}`);
        expect(r).toEqual({ ok: true, ms });
      }),
      { numRuns: 2000 },
    );
  });
});
