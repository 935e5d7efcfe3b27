import { describe, expect, it } from "vitest";
import { formatQuietWindow, parseQuietWindow, quietLengthMinutes, quietUntil } from "../../src/alerts/quiet-hours.js";

const NIGHT = { startMinute: 22 * 60, endMinute: 7 * 60 };
const LUNCH = { startMinute: 12 * 60, endMinute: 13 * 60 + 30 };
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe("quietUntil", () => {
  it("GIVEN 22:00–07:00 ET and 23:15 ET on a Thursday THEN held until 07:00 ET Friday", () => {
    expect(iso(quietUntil(NIGHT, at("2026-01-30T04:15:00Z")))).toBe("2026-01-30T12:00:00.000Z");
  });
  it("GIVEN 22:00–07:00 ET and 05:00 ET (after midnight) THEN held until 07:00 the same morning", () => {
    expect(iso(quietUntil(NIGHT, at("2026-01-30T10:00:00Z")))).toBe("2026-01-30T12:00:00.000Z");
  });
  it("GIVEN the window's edges THEN the start is inside, the end outside", () => {
    expect(quietUntil(NIGHT, at("2026-01-30T03:00:00Z"))).toBeDefined(); // 22:00 ET
    expect(quietUntil(NIGHT, at("2026-01-30T12:00:00Z"))).toBeUndefined(); // 07:00 ET
    expect(quietUntil(NIGHT, at("2026-01-30T02:59:00Z"))).toBeUndefined(); // 21:59 ET
  });
  it("GIVEN a window within one day THEN only its hours hold, until its end", () => {
    expect(iso(quietUntil(LUNCH, at("2026-01-29T17:30:00Z")))).toBe("2026-01-29T18:30:00.000Z");
    expect(quietUntil(LUNCH, at("2026-01-29T19:00:00Z"))).toBeUndefined();
  });
  it("GIVEN a Saturday night THEN weekends are held too, until 07:00 ET Sunday", () => {
    expect(iso(quietUntil(NIGHT, at("2026-02-01T03:30:00Z")))).toBe("2026-02-01T12:00:00.000Z");
  });
  it("GIVEN the night the clocks spring forward (Mar 8 2026) THEN the window still ends at 07:00 EDT", () => {
    expect(iso(quietUntil(NIGHT, at("2026-03-08T04:00:00Z")))).toBe("2026-03-08T11:00:00.000Z");
  });
});

describe("parseQuietWindow / formatQuietWindow", () => {
  it("GIVEN 22:00-07:00 or 9:30–16:00 THEN the minutes; formatted back with an en dash", () => {
    expect(parseQuietWindow("22:00-07:00")).toEqual({ ok: true, window: NIGHT });
    expect(parseQuietWindow("9:30–16:00")).toEqual({ ok: true, window: { startMinute: 570, endMinute: 960 } });
    expect(formatQuietWindow(NIGHT)).toBe("22:00–07:00 ET");
    expect(quietLengthMinutes(NIGHT)).toBe(9 * 60);
  });
  it.each(["24:00-07:00", "22:60-07:00", "22-07", "22:00", "22:00-07:00-08:00", "07:00-07:00"])("GIVEN %s THEN a reason, never a window", (text) => {
    expect(parseQuietWindow(text).ok).toBe(false);
  });
});
