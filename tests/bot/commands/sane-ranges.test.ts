// Every number a person types has a sane range, and the answer names it (issue 13: absurd values
// such as `mcap-usd 1e-320`, 10,000 tickers in one `watch add`, `mute … until 9999-12-31` passed).
import { beforeEach, describe, expect, it } from "vitest";
import { parseEvent } from "../../../src/sources/events.js";
import { episodeDesk, type EpisodeDesk } from "../../helpers/desk.js";

let d: EpisodeDesk;
beforeEach(async () => {
  d = await episodeDesk();
});

describe("threshold values out of range", () => {
  it.each([
    ["thresholds set mcap-usd 1e-320", /mcap-usd must be from \$1M to \$100T, not 1e-320/i],
    ["thresholds set mcap-usd 500", /mcap-usd 500 needs a unit: write 500B for \$500B \(or 500M, 500T\)/i],
    ["thresholds set mcap-usd $500", /mcap-usd must be from \$1M to \$100T/i],
    ["thresholds set mcap-usd 1000T", /mcap-usd must be from \$1M to \$100T/i],
    ["thresholds set mcap-pct 500", /at most 100%/],
    ["thresholds set capex-pct 5000", /at most 1000%/],
  ])("GIVEN %s THEN refused with the range, and the thresholds stay", async (command, message) => {
    const before = (await d.ask("watch list")).fields;
    const r = await d.ask(command);
    expect(r.tone).toBe("error");
    expect(r.text).toMatch(message);
    expect((await d.ask("watch list")).fields).toEqual(before);
  });

  it("GIVEN values at the edges of the ranges THEN they are taken", async () => {
    const r = await d.ask("thresholds set mcap-pct 100 mcap-usd 1M capex-pct 1000");
    expect(r.tone).toBe("success");
    expect(r.text).toContain("market-cap alerts from 100% or $1M; capex surprises from 1000%");
  });

  it("GIVEN a replay watchlist line with an absurd threshold THEN the line is refused with the bound", () => {
    const r = parseEvent({ type: "watchlist", channel: "#m", tickers: ["MSFT"], thresholds: { mcapDropUsd: 1e-320 } });
    expect(r).toEqual({ ok: false, reason: "thresholds.mcapDropUsd must be at least 1000000" });
  });
});

describe("list sizes", () => {
  it("GIVEN 10,000 tickers in one watch add THEN refused at once, and nothing is watched", async () => {
    const before = (await d.ask("watch list")).fields;
    const tickers = Array.from({ length: 10_000 }, (_, i) => `T${i}`).join(" ");
    const r = await d.ask(`watch add ${tickers}`);
    expect(r.tone).toBe("error");
    expect(r.text).toMatch(/takes at most 100 tickers at a time; got 10000/);
    expect((await d.ask("watch list")).fields).toEqual(before);
  });

  it("GIVEN a channel at 500 tickers THEN one more is refused with what to do; a known one still changes nothing", async () => {
    const watched = [...(d.desk.engine.routing.watchlistOf("#markets")?.tickers as ReadonlySet<string>)];
    const fill = Array.from({ length: 500 - watched.length }, (_, i) => `W${i}`);
    // watch add takes known tickers only: the store learns of these companies first.
    for (const ticker of fill) await d.desk.engine.handle({ type: "company", ts: 0, ticker });
    for (let i = 0; i < fill.length; i += 100) {
      const added = await d.ask(`watch add ${fill.slice(i, i + 100).join(",")}`);
      expect(added.tone, added.text).toBe("success");
    }
    const r = await d.ask("watch add ZZZZ");
    expect(r.title).toBe("Watchlist full");
    expect(r.text).toMatch(/at most 500 tickers.*watch remove/);
    expect((await d.ask("watch remove ZZZZ")).title).toBe("Nothing changed");
  });
});

describe("dates", () => {
  it.each(["9999-12-31", "2101-01-01", "1900-01-01"])("GIVEN mute MSFT until %s THEN refused with the range, not an internal error", async (date) => {
    const r = await d.ask(`mute MSFT until ${date}`);
    expect(r.tone).toBe("error");
    expect(r.title).not.toMatch(/went wrong/);
    expect(r.text).toContain(`"${date}" is out of range; give a date from 1990-01-01 to 2100-12-31.`);
  });

  it("GIVEN mute MSFT until a date more than 90 days ahead THEN refused with the latest date allowed", async () => {
    const r = await d.ask("mute MSFT until 2100-12-31");
    expect(r.title).toBe("Not muted");
    expect(r.text).toMatch(/^the longest mute is 90 days: until 2026-05-1\d at the latest/);
  });

  it("GIVEN mute NVDA until 2026-03-01 THEN the end shown is the stored midnight after that day, 00:00 ET, not 24:00", async () => {
    const r = await d.ask("mute NVDA until 2026-03-01");
    expect(r.text).toContain("not posted until Mon, Mar 2, 2026, 00:00 ET.");
  });
});
